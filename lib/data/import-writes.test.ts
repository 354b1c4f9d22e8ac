// An import's commit when another import has just written one of its rows'
// keys (after this one was checked): the row is refused by number, nothing
// is written, and the transaction is not retried as if it were busy.
// (SQLite here, PostgreSQL in CI.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInputSchema } from "../schemas/event";
import { eventInput } from "../testing/event-input";
import { eventAndHistoryCounts } from "../testing/import-files";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { ImportWrite } from "./import-writes";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let writes: typeof import("./import-writes");
let imports: typeof import("./imports");
let admin: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  writes = await import("./import-writes");
  imports = await import("./imports");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
});
afterAll(() => t.drop());

describe("an import's keys", () => {
  it("refuses the row whose key another import wrote in between, writing nothing", async () => {
    const taken = await t.db.event.findFirstOrThrow({ select: { id: true } });
    await t.db.importKey.create({ data: { key: "ext:TAKEN-1", eventId: taken.id } });
    const id = await imports.createImportJob(admin, "race.csv", new Uint8Array(), {});
    const before = await eventAndHistoryCounts(t.db);
    const input = eventInputSchema.parse(eventInput({ title: "Raced row" }));
    const commit = writes.commitImportWrites(
      admin,
      { id, fileName: "race.csv" },
      async function* (): AsyncGenerator<ImportWrite> {
        yield { row: 2, kind: "create", input, key: "ext:FREE-1" };
        yield { row: 3, kind: "create", input: { ...input, title: "Raced row 2" }, key: "ext:TAKEN-1" };
      },
      () => ({}),
    );
    await expect(commit).rejects.toBeInstanceOf(writes.ImportRowError);
    await expect(commit).rejects.toMatchObject({ row: 3 });
    expect(await eventAndHistoryCounts(t.db)).toEqual(before);
    expect(await t.db.importKey.count({ where: { key: "ext:FREE-1" } })).toBe(0);
  });
});
