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

/** A fresh embedded database in a temporary directory, for one test. */
async function withSqlite(test: (db: import("./db-client").Db) => Promise<void>) {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { createDb } = await import("./db-client");
  const dir = mkdtempSync(`${tmpdir()}/outreach-db-`);
  const { db } = createDb(`file:${dir}/x.db`);
  try {
    await test(db);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("embedded database settings", () => {
  it("opens SQLite in WAL mode with full sync, a busy timeout and foreign keys on", () =>
    withSqlite(async (db) => {
      const one = async (pragma: string) =>
        Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0] ?? {})[0];
      expect(await one("journal_mode")).toBe("wal");
      expect(Number(await one("synchronous"))).toBe(2); // FULL
      expect(Number(await one("foreign_keys"))).toBe(1);
      expect(Number(await one("busy_timeout"))).toBeGreaterThanOrEqual(5000);
    }));
});

describe("transactions on the embedded database", () => {
  it("keeps other statements out of an open transaction: no uncommitted reads, no writes rolled back with it", () =>
    withSqlite(async (db) => {
      const ids = async () =>
        (await db.$queryRawUnsafe<Array<{ id: number | bigint }>>("SELECT id FROM t ORDER BY id")).map((r) =>
          Number(r.id),
        );
      await db.$executeRawUnsafe("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      let seen: Promise<number[]> = Promise.resolve([]);
      let wrote: Promise<number> = Promise.resolve(0);
      const failed = db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t (id) VALUES (1)");
        // Another request, while this transaction is open (it then fails).
        seen = ids();
        wrote = db.$executeRawUnsafe("INSERT INTO t (id) VALUES (2)");
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error("refused");
      });
      await expect(failed).rejects.toThrow("refused");
      expect(await seen).toEqual([]);
      expect(await wrote).toBe(1);
      expect(await ids()).toEqual([2]);
    }));
});

describe("prepared statements on the embedded database", () => {
  it("reuses one statement per SQL text, with each call's own arguments", async () => {
    const Database = (await import("better-sqlite3")).default;
    const { reusePreparedStatements } = await import("./db-client");
    const client = new Database(":memory:");
    const prepare = client.prepare.bind(client);
    let prepared = 0;
    client.prepare = (sql: string) => {
      prepared++;
      return prepare(sql);
    };
    reusePreparedStatements(client, 2);
    client.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").run();
    // As the Prisma adapter calls it: prepare(sql).bind(args), then run / raw().all().
    for (const [id, name] of [
      [1, "Қазақмыс"],
      [2, "Kazakhmys"],
    ] as const) {
      client.prepare("INSERT INTO t (id, name) VALUES (?, ?)").bind([id, name]).run();
    }
    const select = "SELECT name FROM t WHERE id = ?";
    const read = (id: number) => {
      const s = client.prepare(select).bind([id]);
      expect(s.reader).toBe(true);
      expect(s.columns().map((c) => c.name)).toEqual(["name"]);
      return s.raw().all();
    };
    expect(read(1)).toEqual([["Қазақмыс"]]);
    expect(read(2)).toEqual([["Kazakhmys"]]);
    expect(prepared).toBe(3); // create, insert, select: each prepared once
    // Bounded: a third distinct text pushes out the least recently used.
    client.prepare("SELECT 1").get();
    client.prepare("SELECT 2").get();
    expect(read(1)).toEqual([["Қазақмыс"]]);
    expect(prepared).toBe(6);
    client.close();
  });
});
