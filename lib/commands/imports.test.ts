// Spreadsheet imports against a real database (SQLite here, PostgreSQL in CI):
// preview → commit all or nothing, idempotent re-import, the export → edit →
// import round trip with its version check, scope (cancel: ./import-cancel.test.ts).
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ru from "../../messages/ru.json";
import { csv, eventAndHistoryCounts, HEADER, startImport, titledRows } from "../testing/import-files";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let imports: typeof import("./imports");
let events: typeof import("./events");
let data: typeof import("../data/events");
let writers: typeof import("../export/writers");
let filtersOf: typeof import("../schemas/event-filters");
let coordinator: SessionUser;
let staff: SessionUser;
let viewer: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  imports = await import("./imports");
  events = await import("./events");
  data = await import("../data/events");
  writers = await import("../export/writers");
  filtersOf = await import("../schemas/event-filters");
  coordinator = await sessionUserOf(t.db, "coordinator@demo.kz");
  staff = await sessionUserOf(t.db, "staff@demo.kz");
  viewer = await sessionUserOf(t.db, "viewer@demo.kz");
});
afterAll(() => t.drop());

const counts = () => eventAndHistoryCounts(t.db);
const start = (user: SessionUser, bytes: Uint8Array, name = "plan.csv", options: unknown = {}) =>
  startImport(imports, user, bytes, name, options);
const kinds = (r: { plan: { rows: Array<{ kind: string }> } }) => r.plan.rows.map((x) => x.kind);

describe("import from a file", () => {
  it("previews, refuses while rows have errors, then writes all good rows in one go with their history", async () => {
    const file = csv([
      HEADER,
      [
        "05.03.2026",
        "Встреча с коллективом завода",
        "Жамбылская обл",
        "Кордайский район",
        "Встреча",
        "Трудовой коллектив",
        "120",
        "Иванов И. (аким района)",
        "Акимат Кордайского района",
      ],
      [
        "6 марта 2026",
        "Встреча с молодёжью",
        "Жамбыл облысы",
        "",
        "Форум",
        '"Молодёжь; Студенты"',
        "около 300",
        "",
        "",
      ],
      ["07.03.2026", "Встреча не в своём регионе", "Ұлытау облысы", "", "Встреча", "", "10", "", ""],
      ["31.02.2026", "Плохая дата", "Нарния", "", "", "", "много", "", ""],
      ["", "", "", "", "", "", "", "", ""],
    ]);
    const before = await counts();
    const r = await start(coordinator, file);
    expect(r.plan.mapping).toEqual([
      "date",
      "title",
      "region",
      "district",
      "format",
      "audiences",
      "audienceSize",
      "speakers",
      "hosts",
    ]);
    expect(kinds(r)).toEqual(["create", "create", "error", "error"]);
    expect(r.plan.rows[2]!.problems).toEqual([
      { field: "region", message: "validation.regionForbidden", values: undefined },
    ]);
    expect(r.plan.rows[3]!.problems.map((p) => p.field).sort()).toEqual(["audienceSize", "date", "region"]);
    expect(r.plan.rows[1]!.body).toMatchObject({
      audienceSize: 300,
      audienceEstimate: true,
      audiences: ["youth", "students"],
    });

    const refused = await imports.commitImportCommand(coordinator, r.id);
    expect(refused).toMatchObject({ ok: false, message: "import.errors.fixRows" });
    expect(await counts()).toEqual(before);

    const done = await imports.commitImportCommand(coordinator, r.id, {}, true);
    expect(done).toMatchObject({ ok: true, counts: { creates: 2, errors: 2 } });
    const made = await t.db.event.findFirstOrThrow({
      where: { title: "Встреча с коллективом завода" },
      include: { district: true, region: true, speakers: { include: { person: true } } },
    });
    expect(made.region.iso).toBe("KZ-31");
    expect(made.district?.nameEn).toMatch(/Kord/);
    expect(made.speakers.map((s) => [s.person.fullName, s.role])).toEqual([["Иванов И.", "аким района"]]);
    const history = await t.db.auditEntry.findFirstOrThrow({ where: { entity: "Event", entityId: String(made.id) } });
    expect(JSON.parse(history.via!)).toEqual({ import: "plan.csv", row: 2 });
    expect(history.actorEmail).toBe("coordinator@demo.kz");

    // The same upload cannot be committed twice, and the same file again creates nothing.
    expect(await imports.commitImportCommand(coordinator, r.id, {}, true)).toMatchObject({ ok: false });
    const again = await start(coordinator, file);
    expect(kinds(again)).toEqual(["unchanged", "unchanged", "error", "error"]);
  });

  it("keeps the user's own mapping when the upload is checked again", async () => {
    const file = csv([
      ["Дата", "Название", "Регион", "Заметки"],
      ["2026-03-10", "Встреча", "KZ-31", "Кордай"],
    ]);
    const r = await start(coordinator, file);
    expect(r.plan.mapping).toEqual(["date", "title", "region", null]);
    expect(r.plan.delimiter).toBe(";");
    const revised = await imports.reviseImportCommand(coordinator, r.id, {
      delimiter: ";",
      mapping: ["date", "title", "region", "district"],
    });
    expect(revised).toMatchObject({ ok: true, plan: { mapping: ["date", "title", "region", "district"] } });
    const again = await imports.reviseImportCommand(coordinator, r.id, { delimiter: ";" });
    expect(again).toMatchObject({ ok: true, plan: { mapping: ["date", "title", "region", "district"] } });
    // Another delimiter means other columns: matched afresh.
    const other = await imports.reviseImportCommand(coordinator, r.id, { delimiter: "," });
    expect(other).toMatchObject({ ok: true, plan: { delimiter: "," } });
    if (other.ok) expect(other.plan.mapping).toHaveLength(1);
    expect(await imports.discardImportCommand(coordinator, r.id)).toEqual({ ok: true });
  });

  it("reports how far the check of a large file has got", async () => {
    const rows = titledRows(2500, "Проверка хода ");
    const seen: string[] = [];
    const r = await imports.startImportCommand(
      coordinator,
      { name: "big.csv", bytes: csv([HEADER, ...rows]) },
      {},
      (phase, done, total) => seen.push(`${phase} ${done}/${total}`),
    );
    expect(r.ok).toBe(true);
    expect(seen).toEqual(["check 1000/2500", "check 2000/2500"]);
    if (r.ok) expect(await imports.discardImportCommand(coordinator, r.id)).toEqual({ ok: true });
  });

  it("refuses viewers, and other users' uploads do not exist", async () => {
    const file = csv([HEADER, ["2026-03-10", "x", "KZ-31", "", "", "", "", "", ""]]);
    expect(await imports.startImportCommand(viewer, { name: "a.csv", bytes: file }, {})).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const r = await start(coordinator, file);
    expect(await imports.commitImportCommand(staff, r.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await imports.discardImportCommand(staff, r.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await imports.discardImportCommand(coordinator, r.id)).toEqual({ ok: true });
  });

  it("uses an externalId to make re-imports update instead of duplicating", async () => {
    const head = [...HEADER, "External ID"];
    const row = (size: string) => [
      "2026-03-11",
      "Встреча по внешнему номеру",
      "KZ-31",
      "",
      "",
      "",
      size,
      "",
      "",
      "EXT-77",
    ];
    const first = await start(coordinator, csv([head, row("50")]));
    expect(await imports.commitImportCommand(coordinator, first.id)).toMatchObject({
      ok: true,
      counts: { creates: 1 },
    });
    const second = await start(coordinator, csv([head, row("60")]));
    expect(kinds(second)).toEqual(["update"]);
    expect(second.plan.rows[0]!.changed).toEqual(["audienceSize"]);
    expect(await imports.commitImportCommand(coordinator, second.id)).toMatchObject({
      ok: true,
      counts: { updates: 1 },
    });
    expect(await t.db.event.count({ where: { title: "Встреча по внешнему номеру" } })).toBe(1);
  });

  it("reports an externalId the file repeats far below the first the same way in the preview and in the commit", async () => {
    // The commit plans inside its transaction, where the first row's key is
    // already written when the rows further down are planned.
    const head = [...HEADER, "External ID"];
    const rows = titledRows(1500, "Дальний повтор ").map((r, i) => [...r, `FAR-${i}`]);
    rows.push([...(titledRows(1, "Повтор первой строки ")[0] ?? []), "FAR-3"]);
    const r = await start(coordinator, csv([head, ...rows]));
    expect(r.plan.rows.at(-1)).toMatchObject({
      kind: "error",
      problems: [{ field: null, message: "import.problems.sameAsRow", values: { row: 5 } }],
    });
    expect(await imports.commitImportCommand(coordinator, r.id)).toMatchObject({
      ok: false,
      message: "import.errors.fixRows",
    });
    expect(await imports.commitImportCommand(coordinator, r.id, {}, true)).toMatchObject({
      ok: true,
      counts: { rows: 1501, creates: 1500, updates: 0, unchanged: 0, errors: 1 },
    });
    expect(await t.db.event.count({ where: { title: { startsWith: "Повтор первой строки" } } })).toBe(0);
  });
});

/** A text as a spreadsheet saves it in Windows-1251 (a letter it lacks becomes "?"). */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

describe("a CSV saved in Windows-1251", () => {
  it("brings our export back unchanged although its Kazakh letters became «?», and refuses such «?» in new text", async () => {
    const translate = createTranslator({ locale: "ru", messages: ru });
    const ctx = { t: translate as unknown as (k: string) => string, locale: "ru" as const };
    const scope = { userId: coordinator.id, role: "coordinator" as const, regionIds: coordinator.regionIds };
    const filters = filtersOf.parseEventFilters(new URLSearchParams("region=KZ-31")).filters;
    const exported = await new Response(writers.csvStream(data.streamExportRowsForScope(scope, filters), ctx)).text();
    // As Excel on a Russian Windows saves "CSV": semicolons, Windows-1251.
    const { parse } = await import("csv-parse/sync");
    const records: string[][] = parse(exported.replace(/^\uFEFF/, ""), { relax_column_count: true });
    expect(records.some((r) => /[әғқңөұүһі]/i.test(r.join(" ")))).toBe(true);
    const semicolons = records.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(";")).join("\r\n");
    const r = await start(coordinator, cp1251(semicolons), "excel.csv");
    expect(r.plan).toMatchObject({ encoding: "windows-1251", delimiter: ";" });
    expect(new Set(kinds(r))).toEqual(new Set(["unchanged"]));

    const fresh = await start(
      coordinator,
      cp1251(["Дата;Название;Регион", "2026-03-10;Встреча в ТОО «?аза?мыс»;KZ-31"].join("\r\n")),
      "new.csv",
    );
    expect(fresh.plan.rows[0]).toMatchObject({
      kind: "error",
      problems: [{ field: "title", message: "import.problems.lostLetters" }],
    });
  });
});

describe("export → edit in Excel → import", () => {
  it("updates the edited rows field by field, creates new rows, and reports a conflicting edit instead of overwriting it", async () => {
    const translate = createTranslator({ locale: "en", messages: en });
    const ctx = { t: translate as unknown as (k: string) => string, locale: "en" as const };
    const filters = { ...filtersOf.parseEventFilters(new URLSearchParams("region=KZ-31")).filters };
    const stream = writers.xlsxStream(
      data.streamExportRowsForScope(
        { userId: coordinator.id, role: "coordinator", regionIds: coordinator.regionIds },
        filters,
      ),
      ctx,
      "Events",
    );
    const exported = new Uint8Array(await new Response(stream).arrayBuffer());

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.buffer);
    const ws = book.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => headers.indexOf(name) + 1;
    const [a, b, c] = [ws.getRow(2), ws.getRow(3), ws.getRow(4)];
    const idOf = (r: ExcelJS.Row) => Number(r.getCell(col("ID")).value);
    a.getCell(col("Audience size")).value = 4321;
    b.getCell(col("Audience size")).value = 1234;
    const added = ws.addRow([]);
    added.getCell(col("Date")).value = new Date(Date.UTC(2026, 2, 12));
    added.getCell(col("Title")).value = "A row added in Excel";
    added.getCell(col("Region code")).value = "KZ-31";
    const edited = new Uint8Array(await book.xlsx.writeBuffer());

    const r = await start(coordinator, edited, "export.xlsx");
    expect(r.plan.mapping).toContain("version");
    const byKind = (k: string) => r.plan.rows.filter((x) => x.kind === k);
    expect(byKind("update").map((x) => x.id)).toEqual([idOf(a), idOf(b)]);
    expect(byKind("update").map((x) => x.changed)).toEqual([["audienceSize"], ["audienceSize"]]);
    expect(byKind("create")).toHaveLength(1);
    expect(byKind("error")).toEqual([]);
    expect(r.plan.rows.filter((x) => x.kind === "unchanged").length).toBe(r.plan.rows.length - 3);

    // Someone edits the second event after the export: its row becomes a conflict.
    const current = await t.db.event.findUniqueOrThrow({
      where: { id: idOf(b) },
      select: { version: true, title: true },
    });
    const stored = await data.findEventForScope(
      { userId: coordinator.id, role: "coordinator", regionIds: coordinator.regionIds },
      idOf(b),
    );
    const { bodyOfStored } = await import("../schemas/event-stored");
    const saved = await events.updateEventCommand(coordinator, idOf(b), current.version, {
      ...bodyOfStored(stored!),
      audienceSize: 999,
    });
    expect(saved.ok).toBe(true);
    expect(await imports.commitImportCommand(coordinator, r.id)).toMatchObject({
      ok: false,
      message: "import.errors.fixRows",
    });
    const done = await imports.commitImportCommand(coordinator, r.id, {}, true);
    expect(done).toMatchObject({ ok: true, counts: { updates: 1, creates: 1, conflicts: 1 } });
    expect((await t.db.event.findUniqueOrThrow({ where: { id: idOf(a) } })).audienceSize).toBe(4321);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: idOf(b) } })).audienceSize).toBe(999);
    expect(await t.db.event.count({ where: { title: "A row added in Excel" } })).toBe(1);
    const c0 = await t.db.event.findUniqueOrThrow({ where: { id: idOf(c) }, select: { version: true } });
    expect(c0.version).toBe(1);
  });
});
