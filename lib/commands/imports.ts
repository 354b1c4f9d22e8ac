// Spreadsheet imports, for the import page and the JSON API alike: upload →
// plan (preview) → commit or discard. The upload is kept (lib/data/imports)
// and planned again at commit, so the rows written are checked against the
// data as it is at that moment, and written all together or not at all.
import "server-only";
import { z } from "zod";
import {
  cancelRunningImport,
  commitImportWrites,
  ImportCancelled,
  ImportRowError,
  type ImportWrite,
} from "../data/import-writes";
import {
  createImportJob,
  discardImportJob,
  findImportJob,
  findImportMapping,
  saveImportMapping,
  setImportJobOptions,
} from "../data/imports";
import { failure, failureOf, type Failure } from "../errors";
import { IMPORT_FIELDS, isImportField, savedForm, type ImportField } from "../import/header-map";
import {
  countsOf,
  planImport,
  planRows,
  prepareImport,
  rowsBelowHeader,
  type ImportOptions,
  type ImportPlan,
  type PlannedRow,
  type PlanProgress,
  type RowKind,
} from "../import/plan";
import { DELIMITERS, FileError, MAX_FILE_BYTES } from "../import/read";
import { can } from "../permissions";
import type { ImportLookups } from "../data/imports";
import type { SessionUser } from "../domain/session-user";

const optionsSchema = z.object({
  delimiter: z.enum(DELIMITERS as [string, ...string[]]).optional(),
  sheet: z.string().max(100).optional(),
  mapping: z
    .array(z.enum(IMPORT_FIELDS).nullable())
    .max(500)
    .refine((m) => new Set(m.filter(Boolean)).size === m.filter(Boolean).length, {
      message: "import.errors.mappingTwice",
    })
    .optional(),
  skipBad: z.boolean().optional(),
});
const mappingName = z.string().trim().min(1).max(100);

export type ImportResult = { ok: true; id: string; plan: ImportPlan };

function parseOptions(raw: unknown): { ok: true; options: ImportOptions } | Failure {
  const parsed = optionsSchema.safeParse(raw ?? {});
  if (!parsed.success)
    return failure("invalid", {
      message: parsed.error.issues[0]?.message.startsWith("import.")
        ? parsed.error.issues[0].message
        : "import.errors.badOptions",
    });
  return { ok: true, options: parsed.data as ImportOptions };
}

/** What `work` gives, or its refusal of the file (unreadable, too large…) as a failure. */
async function fileFailure<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (e instanceof FileError) return failure("invalid", { message: e.message, values: e.values });
    throw e;
  }
}

async function plan(
  user: SessionUser,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  saved?: Record<string, ImportField | null>,
  progress?: PlanProgress,
): Promise<{ ok: true; plan: ImportPlan } | Failure> {
  const p = await fileFailure(() => planImport(user, bytes, fileName, options, saved, progress));
  return p.ok ? { ok: true, plan: p.value } : p;
}

/**
 * The choices an upload is kept with: the delimiter and sheet that were
 * detected (so a later change of only the mapping is not taken for a change
 * of columns) and the mapping as applied.
 */
const effective = (options: ImportOptions, plan: ImportPlan): ImportOptions => ({
  ...options,
  delimiter: plan.delimiter,
  sheet: plan.sheet,
  mapping: plan.mapping,
});

/** A form field that was filled in (absent, null and "" were not). */
const given = (v: unknown) => v !== undefined && v !== null && v !== "";

const canImport = (user: SessionUser | null): Failure | null =>
  !user ? failure("unauthenticated") : can.createAnyEvent(user) ? null : failure("forbidden");

/** A new upload: read, mapped, checked; kept under the returned id for its commit. */
export async function startImportCommand(
  user: SessionUser | null,
  file: { name: string; bytes: Uint8Array },
  raw: { options?: unknown; mappingName?: unknown; saveMappingAs?: unknown },
  progress?: PlanProgress,
): Promise<ImportResult | Failure> {
  const refused = canImport(user);
  if (refused || !user) return refused ?? failure("unauthenticated");
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    return failure("invalid", { message: "import.errors.tooLarge", values: { mb: MAX_FILE_BYTES >> 20 } });
  }
  const o = parseOptions(raw.options);
  if (!o.ok) return o;
  let saved: Record<string, ImportField | null> | undefined;
  if (given(raw.mappingName)) {
    const name = mappingName.safeParse(raw.mappingName);
    const found = name.success ? await findImportMapping(name.data) : null;
    if (!found) return failure("not_found", { message: "import.errors.noMapping" });
    saved = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, isImportField(v) ? v : null]));
  }
  const p = await plan(user, file.bytes, file.name, o.options, saved, progress);
  if (!p.ok) return p;
  const fileName = file.name.slice(0, 200) || "import";
  const id = await createImportJob(user, fileName, file.bytes, effective(o.options, p.plan));
  if (given(raw.saveMappingAs)) {
    const saved = await saveMappingCommand(user, raw.saveMappingAs, p.plan);
    if (!saved.ok) return saved;
  }
  return { ok: true, id, plan: p.plan };
}

/** The same upload with other choices (delimiter, sheet, mapping). */
export async function reviseImportCommand(
  user: SessionUser | null,
  id: string,
  raw: unknown,
): Promise<ImportResult | Failure> {
  const refused = canImport(user);
  if (refused || !user) return refused ?? failure("unauthenticated");
  const job = await findImportJob(user, id);
  if (!job || job.committedAt) return failure("not_found");
  const o = parseOptions(raw);
  if (!o.ok) return o;
  const stored = parseOptions(job.options);
  const before: ImportOptions = stored.ok ? stored.options : {};
  const next = { ...before, ...o.options };
  // A new delimiter or sheet means new columns: the mapping is matched again.
  // Otherwise a mapping not sent is the one kept with the upload.
  const columnsMoved = next.delimiter !== before.delimiter || next.sheet !== before.sheet;
  const options = { ...next, mapping: columnsMoved ? undefined : (o.options.mapping ?? before.mapping) };
  const p = await plan(user, job.content, job.fileName, options);
  if (!p.ok) return p;
  await setImportJobOptions(user, id, effective(options, p.plan));
  return { ok: true, id, plan: p.plan };
}

/** Keeps a plan's mapping under a name, for the next file of the same shape. */
export async function saveMappingCommand(user: SessionUser, raw: unknown, plan: ImportPlan) {
  const name = mappingName.safeParse(raw);
  if (!name.success) return failure("invalid", { message: "import.errors.badMappingName" });
  await saveImportMapping(user, name.data, savedForm(plan.headers, plan.mapping));
  return { ok: true as const };
}

/** The rows of an upload that have problems (for their CSV download). */
export async function importPlanCommand(user: SessionUser | null, id: string) {
  if (!user) return failure("unauthenticated");
  const job = await findImportJob(user, id);
  if (!job) return failure("not_found");
  const o = parseOptions(job.options);
  if (!o.ok) return o;
  const p = await plan(user, job.content, job.fileName, o.options);
  return p.ok ? { ok: true as const, plan: p.plan, fileName: job.fileName } : p;
}

/**
 * Cancels the upload: a commit of it still running in this process is
 * stopped (it rolls back and writes nothing, the upload stays to commit
 * later); otherwise the upload is discarded.
 */
export async function discardImportCommand(user: SessionUser | null, id: string) {
  if (!user) return failure("unauthenticated");
  if (cancelRunningImport(user.id, id)) return { ok: true as const, cancelled: true };
  return (await discardImportJob(user, id)) ? { ok: true as const } : failure("not_found");
}

export type CommitResult =
  | { ok: true; counts: ReturnType<typeof countsOf> }
  | (Failure & { plan?: ImportPlan; rowErrors?: Array<{ row: number; field: string | null; message: string }> });

/** A row with an error or a conflict, met while committing without leaving such rows out. */
class RowsToFix extends Error {}

/**
 * Writes the upload: planned again inside the transaction, against the data
 * as it is there, and written part by part as it is planned, all in that one
 * transaction. A row with an error or a conflict stops it (nothing is
 * written) unless the upload says to leave those rows out.
 */
export async function commitImportCommand(
  user: SessionUser | null,
  id: string,
  progress: {
    signal?: AbortSignal;
    onPlanned?: (total: number) => void;
    /** Rows planned so far (written, or left as they are), after each part written. */
    onRow?: (done: number) => void;
  } = {},
  skipBad?: boolean,
): Promise<CommitResult> {
  const refused = canImport(user);
  if (refused || !user) return refused ?? failure("unauthenticated");
  const job = await findImportJob(user, id);
  if (!job) return failure("not_found");
  if (job.committedAt) return failure("conflict", { message: "import.errors.alreadyCommitted" });
  const o = parseOptions(job.options);
  if (!o.ok) return o;
  const prepared = await fileFailure(() => prepareImport(user, job.content, job.fileName, o.options));
  if (!prepared.ok) return prepared;
  const leaveOut = skipBad ?? o.options.skipBad ?? false;
  progress.onPlanned?.(rowsBelowHeader(prepared.value));
  const kinds: RowKind[] = [];
  const writes = async function* (lookups: ImportLookups): AsyncGenerator<ImportWrite> {
    kinds.length = 0; // a retried transaction plans again
    for await (const { plan } of planRows(prepared.value, lookups)) {
      kinds.push(plan.kind);
      if ((plan.kind === "error" || plan.kind === "conflict") && !leaveOut) throw new RowsToFix();
      yield* writeOf(plan);
    }
  };
  const counts = () => countsOf(kinds);
  try {
    await commitImportWrites(user, { id, fileName: job.fileName }, writes, counts, {
      signal: progress.signal,
      onRow: () => progress.onRow?.(kinds.length),
    });
  } catch (e) {
    if (e instanceof RowsToFix) {
      // Rolled back: the preview of the file as it now stands says which rows.
      const p = await plan(user, job.content, job.fileName, o.options);
      return p.ok ? { ...failure("invalid", { message: "import.errors.fixRows" }), plan: p.plan } : p;
    }
    if (e instanceof ImportCancelled) return failure("invalid", { message: "import.errors.cancelled" });
    if (e instanceof ImportRowError) {
      const f = failureOf(e.cause);
      const fields = Object.entries(f.fieldErrors ?? {});
      return {
        ...failure(f.code === "conflict" ? "conflict" : "invalid", {
          message: "import.errors.rowRefused",
          values: { row: e.row },
        }),
        rowErrors: fields.length
          ? fields.map(([field, message]) => ({ row: e.row, field, message }))
          : [{ row: e.row, field: null, message: f.message }],
      };
    }
    throw e;
  }
  return { ok: true, counts: counts() };
}

function writeOf(r: PlannedRow): ImportWrite[] {
  if (r.kind === "create" && r.input) return [{ row: r.row, kind: "create", input: r.input, key: r.key }];
  if (r.kind === "update" && r.input && r.id !== null && r.version !== null) {
    return [{ row: r.row, kind: "update", id: r.id, version: r.version, input: r.input }];
  }
  return [];
}
