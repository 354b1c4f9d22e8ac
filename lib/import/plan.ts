// The import pipeline, read → map → resolve → validate, over a whole file:
// what each row would do (create, update, nothing, conflict, error) and why.
// The preview shows this plan; the commit computes it again from the stored
// file against the data as it is then, and writes it (lib/data/import-writes).
import "server-only";
import { createHash } from "node:crypto";
import { eventsByImportKey, importReference, storedEventsForImport } from "../data/imports";
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
  rows: PlannedRow[];
  /** The file's cells, for the download of the rows with errors. */
  cells: Cell[][];
  /** Regions and districts by code and id, for naming them in the preview. */
  regions: Awaited<ReturnType<typeof importReference>>["regions"];
};

export function countsOf(rows: PlannedRow[]) {
  const n = (k: RowKind) => rows.filter((r) => r.kind === k).length;
  return {
    rows: rows.length,
    creates: n("create"),
    updates: n("update"),
    unchanged: n("unchanged"),
    conflicts: n("conflict"),
    errors: n("error"),
  };
}

/** How far the check has got: rows read from the file, then rows checked. */
export type PlanProgress = (phase: "read" | "check", done: number, total: number) => void;
const PROGRESS_EVERY = 1000;
/** Reports progress and lets the event loop run (the answer streams while a large file is checked). */
async function step(progress: PlanProgress | undefined, phase: "read" | "check", done: number, total: number) {
  progress?.(phase, done, total);
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A row's identity without an externalId: its mapped cells, so the same row imported again is recognised. */
function rowKey(cells: string[]): string {
  return `row:${createHash("sha256").update(JSON.stringify(cells)).digest("base64url").slice(0, 32)}`;
}

export async function planImport(
  user: SessionUser,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  saved: Record<string, ImportField | null> = {},
  progress?: PlanProgress,
): Promise<ImportPlan> {
  const table = await readTable(bytes, fileName, options);
  const headerRow = findHeaderRow(table.rows);
  const headers = (table.rows[headerRow] ?? []).map(headerText);
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), headers.length);
  while (headers.length < width) headers.push("");
  const auto = autoMapping(headers, saved);
  const mapping = options.mapping && options.mapping.length === headers.length ? options.mapping : auto.mapping;
  const has = (f: ImportField) => mapping.includes(f);

  const ref = await importReference();
  const ctx: ResolveContext = {
    places: placeIndex(ref.regions),
    campaigns: ref.campaigns,
    defaultCampaign: ref.campaigns[0]?.slug ?? "",
    lossy: table.encoding === "windows-1251",
  };
  const regionIdOf = new Map(ref.regions.map((r) => [r.iso, r.id]));

  const total = table.rows.length - headerRow - 1;
  const read: Array<{ row: number; cells: Cell[]; values: RowValues }> = [];
  for (let i = headerRow + 1; i < table.rows.length; i++) {
    const cells = table.rows[i] ?? [];
    if (!isBlank(cells)) read.push({ row: i + 1, cells, values: readRow(cells, mapping, ctx) });
    if ((i - headerRow) % PROGRESS_EVERY === 0) await step(progress, "read", i - headerRow, total);
  }
  const keyOf = (r: (typeof read)[number]) =>
    r.values.externalId !== null
      ? `ext:${r.values.externalId}`
      : rowKey(mapping.flatMap((f, i) => (f && f !== "id" && f !== "version" ? [cellText(r.cells[i] ?? null)] : [])));
  const keys = read.map((r) => (r.values.id === null ? keyOf(r) : null));
  const imported = await eventsByImportKey(keys.filter((k): k is string => k !== null));
  // Rows naming an event (by id, or by an externalId imported before) are compared with it.
  const targetOf = (r: (typeof read)[number], key: string | null) =>
    r.values.id ?? (key?.startsWith("ext:") ? (imported.get(key) ?? null) : null);
  const stored = await storedEventsForImport(
    scopeOf(user),
    read.flatMap((r, i) => targetOf(r, keys[i] ?? null) ?? []),
  );

  const seenIds = new Map<number, number>();
  const seenKeys = new Map<string, number>();
  const planRow = (r: (typeof read)[number], i: number): PlannedRow => {
    const key = keys[i] ?? null;
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
    const target = targetOf(r, key);
    if (key !== null && target === null) {
      // A row imported before (same cells, or same externalId) is not created twice.
      if (imported.has(key)) return { ...plan, kind: "unchanged", id: imported.get(key) ?? null };
      const first = seenKeys.get(key);
      if (first !== undefined) return problem(null, "import.problems.sameAsRow", { row: first });
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
  const rows: PlannedRow[] = [];
  for (const [i, r] of read.entries()) {
    rows.push(planRow(r, i));
    if ((i + 1) % PROGRESS_EVERY === 0) await step(progress, "check", i + 1, read.length);
  }
  return {
    kind: table.kind,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: headerRow + 1,
    headers,
    mapping,
    duplicateColumns: auto.duplicates,
    rows,
    cells: table.rows,
    regions: ref.regions,
  };
}
