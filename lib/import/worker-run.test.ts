// Spreadsheet checks and commits in the import worker, a child process run
// from the same bundle `npm run build` makes (SQLite here, PostgreSQL in CI):
// the same answers as the commands give in process, progress passed on,
// "Cancel" reaching the child, and this process's writes waiting for the
// child's transaction instead of failing.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInput } from "../testing/event-input";
import { csv, eventAndHistoryCounts, HEADER, titledRows } from "../testing/import-files";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let run: typeof import("./worker-run");
let imports: typeof import("../commands/imports");
let coordinator: SessionUser;
// Inside the project, so that the bundle finds the packages it leaves out.
mkdirSync("node_modules/.cache", { recursive: true });
const dir = mkdtempSync(path.resolve("node_modules/.cache/import-worker-"));

beforeAll(async () => {
  t = await seededDatabase();
  const outfile = path.join(dir, "import-worker.mjs");
  execFileSync(process.execPath, ["scripts/build-import-worker.mjs", outfile]);
  process.env.IMPORT_WORKER = outfile;
  run = await import("./worker-run");
  imports = await import("../commands/imports");
  coordinator = await sessionUserOf(t.db, "coordinator@demo.kz");
}, 60_000);
afterAll(async () => {
  delete process.env.IMPORT_WORKER;
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

const counts = () => eventAndHistoryCounts(t.db);
// An upload as the route hands it on: spooled to a file, read by whichever process checks it.
let spools = 0;
const spooled = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, `upload-${++spools}`);
  writeFileSync(file, bytes);
  return { name, path: file };
};
const upload = async (bytes: Uint8Array) => {
  const r = await run.startImport(coordinator, spooled("plan.csv", bytes), {});
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
};

describe("the import worker", () => {
  it("checks and commits a file, with progress, each event's history naming the file and row", async () => {
    const r = await run.startImport(
      coordinator,
      spooled("plan.csv", csv([HEADER, ...titledRows(3, "В отдельном процессе ")])),
      {},
    );
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.plan.rows.map((x) => x.kind)).toEqual(["create", "create", "create"]);
    expect(r.plan.cells).toBeInstanceOf(Map);
    const before = await counts();
    let planned = 0;
    const written = await run.commitImport(coordinator, r.id, { onPlanned: (n) => (planned = n) });
    expect(written).toEqual({
      ok: true,
      counts: { rows: 3, creates: 3, updates: 0, unchanged: 0, conflicts: 0, errors: 0 },
    });
    expect(planned).toBe(3);
    expect((await counts()).events).toBe(before.events + 3);
    const history = await t.db.auditEntry.findMany({ where: { via: { contains: "plan.csv" } }, select: { via: true } });
    expect(history.map((h) => h.via)).toHaveLength(3);
    expect(run.lastWorkerPeak.rssMB).toBeGreaterThan(0);
  });

  it("answers as the commands do: a row to fix, its CSV plan, a revised mapping, a second commit refused", async () => {
    const bad = [["не дата", "Без даты", "KZ-31", "", "", "", "", "", ""]];
    const r = await upload(csv([HEADER, ...titledRows(1, "Хорошая строка "), ...bad]));
    expect(r.plan.rows.map((x) => x.kind)).toEqual(["create", "error"]);
    const plan = await run.importPlan(coordinator, r.id);
    expect(plan).toEqual(await imports.importPlanCommand(coordinator, r.id));
    const before = await counts();
    expect(await run.commitImport(coordinator, r.id)).toMatchObject({ ok: false, message: "import.errors.fixRows" });
    expect(await counts()).toEqual(before);
    const revised = await run.reviseImport(coordinator, r.id, { mapping: ["date", "title", "region"] });
    expect(revised).toEqual(
      await imports.reviseImportCommand(coordinator, r.id, { mapping: ["date", "title", "region"] }),
    );
    expect(await run.commitImport(coordinator, r.id, {}, true)).toMatchObject({ ok: true, counts: { creates: 1 } });
    expect(await run.commitImport(coordinator, r.id)).toMatchObject({ ok: false, code: "conflict" });
    expect(await run.startImport(null, spooled("a.csv", csv([HEADER])), {})).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });

  it("stops the child's commit on Cancel, writing nothing; the upload stays to commit", async () => {
    const r = await upload(csv([HEADER, ...titledRows(250, "Отмена в процессе импорта ")]));
    const before = await counts();
    let cancelled: unknown = null;
    const result = await run.commitImport(coordinator, r.id, {
      onRow: (n) => {
        cancelled ??= imports.discardImportCommand(coordinator, r.id);
        expect(n).toBeGreaterThan(0);
      },
    });
    expect(await cancelled).toEqual({ ok: true, cancelled: true });
    expect(result).toMatchObject({ ok: false, message: "import.errors.cancelled" });
    expect(await counts()).toEqual(before);
    expect(await run.commitImport(coordinator, r.id)).toMatchObject({ ok: true, counts: { creates: 250 } });
  });

  it("refuses a small workbook whose cells unpack to more text than the worker holds, telling the user to split it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Events");
    sheet.addRow(HEADER);
    const long = "Ж".repeat(5000);
    for (let i = 0; i < 20_000; i++) sheet.addRow(["2026-03-10", `${long}${i}`, "KZ-31"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(bytes.byteLength).toBeLessThan(2 * 1024 ** 2); // 200 MB of text once unpacked
    const r = await run.startImport(coordinator, spooled("bomb.xlsx", bytes), {});
    expect(r).toMatchObject({ ok: false, code: "invalid", message: "import.errors.tooMuchText" });
  }, 120_000);

  it("lets a write of this process wait for the child's commit, then land", async () => {
    const r = await upload(csv([HEADER, ...titledRows(250, "Параллельная запись ")]));
    const events = await import("../commands/events");
    let edit: unknown = null;
    const result = await run.commitImport(coordinator, r.id, {
      onRow: () => {
        edit ??= events.createEventCommand(
          coordinator,
          eventInput({ title: "Сохранено во время импорта", region: "KZ-31" }),
        );
      },
    });
    expect(result).toMatchObject({ ok: true, counts: { creates: 250 } });
    expect(await edit).toMatchObject({ ok: true });
    expect(await t.db.event.count({ where: { title: "Сохранено во время импорта" } })).toBe(1);
  });
});
