// Backup → a new, empty database → restore gives the same rows (both dialects in CI).
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, restore } from "./backup";
import { createDb, type Db } from "./db-client";
import { emptyDatabase, freshDatabase, type TestDatabase } from "./testing/test-db";
import { seed } from "../prisma/seed/run";

let t: TestDatabase;
const file = path.join(tmpdir(), `outreach-backup-${process.pid}-${Date.now()}`);

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
});
afterAll(async () => {
  await t.drop();
  rmSync(file, { force: true });
});

/** Every row of the tables that hold the campaign's data, in a stable order. */
async function contents(db: Db) {
  return {
    events: await db.event.findMany({
      orderBy: { id: "asc" },
      include: { speakers: true, organizations: true, sources: true, audiences: true },
    }),
    people: await db.person.findMany({ orderBy: { id: "asc" }, include: { aliases: true } }),
    organizations: await db.organization.findMany({ orderBy: { id: "asc" }, include: { aliases: true } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ orderBy: { id: "asc" }, include: { regions: true } }),
    audit: await db.auditEntry.findMany({ orderBy: { id: "asc" } }),
    rollup: await db.eventDayStat.count(),
  };
}

describe("backup and restore", () => {
  it("restore of a backup into a new database gives identical rows", async () => {
    await backup(t.url, file);
    const target = await emptyDatabase();
    try {
      await restore(target.url, file);
      const { db } = createDb(target.url);
      try {
        expect(await contents(db)).toEqual(await contents(t.db));
      } finally {
        await db.$disconnect();
      }
    } finally {
      await target.remove();
    }
  });
});
