// The import pipeline, read → map → resolve → validate, over a whole file:
// what each row would do (create, update, nothing, conflict, error) and why.
// Rows are planned a thousand at a time, each part looked up together, and
// handed on one by one: the preview keeps what it shows (the counts, the
// problems, the first rows), and the commit plans the stored file again
// inside its transaction, against the data as it is there, writing each part
// as it goes (lib/data/import-writes), so neither holds a large file's
// resolved rows all at once.
import "server-only";
import { createHash } from "node:crypto";
import { importLookups, importReference, type ImportLookups } from "../data/imports";
import { scopeOf } from "../domain/scope";
import { can } from "../permissions";
import { autoMapping, findHeaderRow, headerText, type ImportField, type Mapping } from "./header-map";
import { placeIndex } from "./places";
import { readTable, type Cell, type Delimiter } from "./read";
import {
  bodyFor,
  isBlank,
  readRow,
  validateBody,
  type ResolveContext,
  type RowProblem,
  type RowValues,
} from "./row-resolve";
import { cellText } from "./values";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";
import type { EventBody } from "../schemas/event-fields";

export type ImportOptions = {
  delimiter?: Delimiter;
  sheet?: string;
  /** One entry per column; absent: matched from the headers (and the saved mapping). */
  mapping?: Mapping;
  /** Leave out rows with errors or conflicts and write the rest. */
  skipBad?: boolean;
};

export type RowKind = "create" | "update" | "unchanged" | "conflict" | "error";
export type PlannedRow = {
  /** The row's number as the spreadsheet shows it (1 = the first line of the file). */
  row: number;
  kind: RowKind;
  id: number | null;
  /** For an update: the version it is written against. */
  version: number | null;
  /** What makes the row's create idempotent (ImportKey), for creates. */
  key: string | null;
  input: EventInput | null;
  body: EventBody | null;
  changed: ImportField[];
  problems: RowProblem[];
};

export type ImportPlan = {
  kind: "csv" | "xlsx";
  encoding?: string;
  delimiter?: Delimiter;
  sheets?: string[];
  sheet?: string;
  headerRow: number;
  headers: string[];
  mapping: Mapping;
  duplicateColumns: number[];
  /** Every row; only the first PREVIEW_ROWS keep their body (what the preview shows). */
  rows: PlannedRow[];
  /** The cells of the rows shown or with problems (by row number), for the download of the rows with errors. */
  cells: Map<number, Cell[]>;
  /** Regions and districts by code and id, for naming them in the preview. */
  regions: Awaited<ReturnType<typeof importReference>>["regions"];
};

/** Rows shown as they will be saved in the preview. */
export const PREVIEW_ROWS = 20;

export function countsOf(kinds: RowKind[]) {
  const n = (k: RowKind) => kinds.filter((kind) => kind === k).length;
  return {
    rows: kinds.length,
    creates: n("create"),
    updates: n("update"),
    unchanged: n("unchanged"),
    conflicts: n("conflict"),
    errors: n("error"),
  };
}

/** How far the check has got: rows checked of the rows below the header. */
export type PlanProgress = (phase: "check", done: number, total: number) => void;
// Rows planned (and looked up) together.
const PART = 1000;

/** A row's identity without an externalId: its mapped cells, so the same row imported again is recognised. */
function rowKey(cells: string[]): string {
  return `row:${createHash("sha256").update(JSON.stringify(cells)).digest("base64url").slice(0, 32)}`;
}

/** The file read and its columns matched: what each of its rows is planned against. */
export type PreparedImport = Awaited<ReturnType<typeof prepareImport>>;

export async function prepareImport(
  user: SessionUser,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  saved: Record<string, ImportField | null> = {},
) {
  const table = await readTable(bytes, fileName, options);
  const headerRow = findHeaderRow(table.rows);
  const headers = (table.rows[headerRow] ?? []).map(headerText);
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), headers.length);
  while (headers.length < width) headers.push("");
  const auto = autoMapping(headers, saved);
  const mapping = options.mapping && options.mapping.length === headers.length ? options.mapping : auto.mapping;
  const ref = await importReference();
  const ctx: ResolveContext = {
    places: placeIndex(ref.regions),
    campaigns: ref.campaigns,
    defaultCampaign: ref.campaigns[0]?.slug ?? "",
    lossy: table.encoding === "windows-1251",
  };
  return { user, table, headerRow, headers, mapping, duplicateColumns: auto.duplicates, ctx, regions: ref.regions };
}

/** Rows below the header, blank ones included: what progress counts. */
export const rowsBelowHeader = (p: PreparedImport) => Math.max(0, p.table.rows.length - p.headerRow - 1);

type ReadRow = { row: number; cells: Cell[]; values: RowValues };

/**
 * Each non-blank row's plan, in file order, with its cells. A row already
 * planned in this pass (the same cells, externalId or event) is reported
 * against the first, whatever `lookups` say about it since.
 */
export async function* planRows(
  p: PreparedImport,
  lookups: ImportLookups = importLookups(),
  progress?: PlanProgress,
): AsyncGenerator<{ plan: PlannedRow; cells: Cell[] }> {
  const { user, mapping, ctx } = p;
  const has = (f: ImportField) => mapping.includes(f);
  const regionIdOf = new Map(p.regions.map((r) => [r.iso, r.id]));
  const keyOf = (r: ReadRow) =>
    r.values.externalId !== null
      ? `ext:${r.values.externalId}`
      : rowKey(mapping.flatMap((f, i) => (f && f !== "id" && f !== "version" ? [cellText(r.cells[i] ?? null)] : [])));
  const seenIds = new Map<number, number>();
  const seenKeys = new Map<string, number>();
  const total = rowsBelowHeader(p);
  const rows = p.table.rows;

  for (let start = p.headerRow + 1; start < rows.length; start += PART) {
    const end = Math.min(start + PART, rows.length);
    const read: ReadRow[] = [];
    for (let i = start; i < end; i++) {
      const cells = rows[i] ?? [];
      if (!isBlank(cells)) read.push({ row: i + 1, cells, values: readRow(cells, mapping, ctx) });
    }
    const keys = read.map((r) => (r.values.id === null ? keyOf(r) : null));
    const imported = await lookups.importedKeys(keys.filter((k): k is string => k !== null));
    // Rows naming an event (by id, or by an externalId imported before) are compared with it.
    const targetOf = (r: ReadRow, key: string | null) =>
      r.values.id ?? (key?.startsWith("ext:") ? (imported.get(key) ?? null) : null);
    const stored = await lookups.stored(
      scopeOf(user),
      read.flatMap((r, i) => targetOf(r, keys[i] ?? null) ?? []),
    );

    const planRow = (r: ReadRow, key: string | null): PlannedRow => {
      const plan: PlannedRow = {
        row: r.row,
        kind: "error",
        id: null,
        version: null,
        key: null,
        input: null,
        body: null,
        changed: [],
        problems: [...r.values.problems],
      };
      const problem = (field: ImportField | null, message: string, values?: Record<string, string | number>) => {
        plan.problems.push({ field, message, values });
        return plan;
      };
      if (plan.problems.length) return plan;
      // Checked before what is stored: the commit plans inside its own
      // transaction, where the first row's key is already written.
      const first = key === null ? undefined : seenKeys.get(key);
      if (first !== undefined) return problem(null, "import.problems.sameAsRow", { row: first });
      const target = targetOf(r, key);
      if (key !== null && target === null) {
        // A row imported before (same cells, or same externalId) is not created twice.
        if (imported.has(key)) return { ...plan, kind: "unchanged", id: imported.get(key) ?? null };
        seenKeys.set(key, r.row);
      }
      if (target !== null) {
        plan.id = target;
        const first = seenIds.get(target);
        if (first !== undefined) return problem("id", "import.problems.sameEventAs", { row: first });
        seenIds.set(target, r.row);
        const s = stored.get(target);
        if (!s) return problem("id", "import.problems.eventNotFound", { id: target });
        if (!can.editEvent(user, s.facts)) return problem("id", "import.problems.notYours", { id: target });
        const version = r.values.id !== null ? r.values.version : s.version;
        if (version === null) return problem("version", "import.problems.versionMissing");
        if (version !== s.version) {
          plan.kind = "conflict";
          return problem("version", "import.problems.conflict", { id: target, version, current: s.version });
        }
        const b = bodyFor(r.values, s, ctx);
        plan.problems.push(...b.problems);
        if (plan.problems.length) return plan;
        if (b.changed.length === 0) return { ...plan, kind: "unchanged" };
        const v = validateBody(b.body, has);
        if (!v.ok) return { ...plan, problems: v.problems };
        return { ...plan, kind: "update", version: s.version, input: v.input, body: b.body, changed: b.changed };
      }
      const b = bodyFor(r.values, null, ctx);
      plan.problems.push(...b.problems);
      const v = validateBody(b.body, has);
      // A cell already reported (a date that is not one) is not reported again as empty.
      const reported = new Set(plan.problems.map((p) => p.field));
      if (!v.ok) plan.problems.push(...v.problems.filter((p) => !reported.has(p.field)));
      if (plan.problems.length) return plan;
      const regionId = regionIdOf.get(b.body.region);
      if (regionId === undefined || !can.createEventIn(user, regionId)) {
        return problem(has("regionCode") && !has("region") ? "regionCode" : "region", "validation.regionForbidden");
      }
      return { ...plan, kind: "create", key, input: v.ok ? v.input : null, body: b.body, changed: [] };
    };
    for (const [i, r] of read.entries()) yield { plan: planRow(r, keys[i] ?? null), cells: r.cells };
    if (end - start === PART) progress?.("check", end - p.headerRow - 1, total);
    // Lets the event loop run: the answer streams while a large file is checked.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * The whole file's plan for its preview: every row's kind, changes and
 * problems; the first rows' bodies and the cells of the rows with problems.
 */
export async function planImport(
  user: SessionUser,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  saved: Record<string, ImportField | null> = {},
  progress?: PlanProgress,
): Promise<ImportPlan> {
  const p = await prepareImport(user, bytes, fileName, options, saved);
  const rows: PlannedRow[] = [];
  const cells = new Map<number, Cell[]>();
  for await (const { plan, cells: c } of planRows(p, importLookups(), progress)) {
    const shown = rows.length < PREVIEW_ROWS;
    if (shown || plan.problems.length) cells.set(plan.row, c);
    rows.push(shown ? plan : { ...plan, key: null, input: null, body: null });
  }
  const { table } = p;
  return {
    kind: table.kind,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: p.headerRow + 1,
    headers: p.headers,
    mapping: p.mapping,
    duplicateColumns: p.duplicateColumns,
    rows,
    cells,
    regions: p.regions,
  };
}
