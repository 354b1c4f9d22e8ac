// Cancelling a spreadsheet import's commit (SQLite here, PostgreSQL in CI):
// whether by the caller's signal, by DELETE while it runs, or by a request
// that arrives while it writes, nothing is written and the upload stays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csv, eventAndHistoryCounts, HEADER, startImport, titledRows } from "../testing/import-files";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let imports: typeof import("./imports");
let coordinator: SessionUser;
// Creates are written in batches; progress is reported after each one.
let IMPORT_BATCH: number;
let ROWS: number;

beforeAll(async () => {
  t = await seededDatabase();
  imports = await import("./imports");
  ({ IMPORT_BATCH } = await import("../data/import-writes"));
  ROWS = IMPORT_BATCH * 2 + 30;
  coordinator = await sessionUserOf(t.db, "coordinator@demo.kz");
});
afterAll(() => t.drop());

const counts = () => eventAndHistoryCounts(t.db);

const start = (user: SessionUser, bytes: Uint8Array) => startImport(imports, user, bytes);

describe("cancelling an import's commit", () => {
  it("writes nothing when cancelled part-way", async () => {
    const rows = titledRows(ROWS, "Отменённый импорт ");
    const r = await start(coordinator, csv([HEADER, ...rows]));
    const before = await counts();
    const abort = new AbortController();
    const result = await imports.commitImportCommand(coordinator, r.id, {
      signal: abort.signal,
      onRow: (n) => n === IMPORT_BATCH && abort.abort(),
    });
    expect(result).toMatchObject({ ok: false, message: "import.errors.cancelled" });
    expect(await counts()).toEqual(before);
  });

  it("stops a running commit when its upload is cancelled (DELETE), writing nothing; the upload stays", async () => {
    const r = await start(coordinator, csv([HEADER, ...titledRows(ROWS, "Отмена с другой вкладки ")]));
    const before = await counts();
    let cancelled: unknown = null;
    const result = await imports.commitImportCommand(coordinator, r.id, {
      onRow: (n) => {
        if (n === IMPORT_BATCH) cancelled = imports.discardImportCommand(coordinator, r.id);
      },
    });
    expect(await cancelled).toEqual({ ok: true, cancelled: true });
    expect(result).toMatchObject({ ok: false, message: "import.errors.cancelled" });
    expect(await counts()).toEqual(before);
    // Not running any more: the upload is still there, to commit or discard.
    expect(await imports.commitImportCommand(coordinator, r.id)).toMatchObject({ ok: true, counts: { creates: ROWS } });
  });

  it("answers other requests while it commits: a cancel sent by another request stops it", async () => {
    const r = await start(coordinator, csv([HEADER, ...titledRows(ROWS, "Отмена по запросу ")]));
    const before = await counts();
    const cancels: Array<Promise<unknown>> = [];
    const result = await imports.commitImportCommand(coordinator, r.id, {
      onRow: (n) => {
        // A request that arrives now is a callback of the event loop, like this timer.
        if (n !== IMPORT_BATCH) return;
        cancels.push(
          new Promise((resolve) => {
            setTimeout(() => {
              resolve(imports.discardImportCommand(coordinator, r.id));
            }, 0);
          }),
        );
      },
    });
    expect(await cancels[0]).toEqual({ ok: true, cancelled: true });
    expect(result).toMatchObject({ ok: false, message: "import.errors.cancelled" });
    expect(await counts()).toEqual(before);
  });
});
