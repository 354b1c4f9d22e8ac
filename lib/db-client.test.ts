import { describe, expect, it } from "vitest";
import { dialectOf, sqliteFilePath, absoluteUrl } from "./db-url";

describe("db-url", () => {
  it("picks the dialect from DATABASE_URL alone", () => {
    expect(dialectOf("file:./data/x.db")).toBe("sqlite");
    expect(dialectOf("postgresql://u@h/db")).toBe("postgres");
    expect(dialectOf("postgres://u@h/db")).toBe("postgres");
    expect(() => dialectOf("mysql://u@h/db")).toThrow(/DATABASE_URL/);
  });
  it("resolves relative SQLite paths against the project root", () => {
    expect(sqliteFilePath("file:./data/x.db", "/srv/app")).toBe("/srv/app/data/x.db");
    expect(absoluteUrl("file:data/x.db", "/srv/app")).toBe("file:/srv/app/data/x.db");
    expect(absoluteUrl("postgresql://u@h/db")).toBe("postgresql://u@h/db");
  });
});

describe("embedded database settings", () => {
  it("opens SQLite in WAL mode with full sync, a busy timeout and foreign keys on", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { createDb } = await import("./db-client");
    const dir = mkdtempSync(`${tmpdir()}/outreach-pragma-`);
    const { db } = createDb(`file:${dir}/x.db`);
    try {
      const one = async (pragma: string) =>
        Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0] ?? {})[0];
      expect(await one("journal_mode")).toBe("wal");
      expect(Number(await one("synchronous"))).toBe(2); // FULL
      expect(Number(await one("foreign_keys"))).toBe(1);
      expect(Number(await one("busy_timeout"))).toBeGreaterThanOrEqual(5000);
    } finally {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
