// Writing an import: every create and update of the plan in one transaction,
// through the same event writes as the form (permission, version and audit
// checked per row inside that transaction), each history entry saying which
// file and row it came from. Any refusal, or a cancel, rolls everything back.
// The writes come from the file planned again inside the transaction, part by
// part as they are written (lib/import/plan), through lookups that read
// within it.
import "server-only";
import { createEventsIn } from "./event-creates";
import { updateEventIn } from "./event-writes";
import { importLookups, type ImportLookups } from "./imports";
import { writeTransaction } from "./transaction";
import { dialect } from "../db";
import { isTransient } from "../db-errors";
import { AppError } from "../errors";
import type { TxMemo } from "./tx-memo";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";

export type ImportWrite =
  | { row: number; kind: "create"; input: EventInput; key: string | null }
  | { row: number; kind: "update"; id: number; version: number; input: EventInput };

/** A row's write refused inside the transaction: the row, and the refusal. */
export class ImportRowError extends Error {
  constructor(
    readonly row: number,
    readonly cause: unknown,
  ) {
    super(`row ${row}`);
  }
}

export class ImportCancelled extends Error {}

// Creates are written this many at a time (event-creates.ts); the loop gives
// way to other requests after each batch.
export const IMPORT_BATCH = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

// An import of many thousand rows holds the transaction for a while: far
// longer than a form's save may.
const IMPORT_TX = { timeout: 15 * 60_000 };

// Commits running in this process, by upload id, so "Cancel" can stop one.
// (A closed connection does not reach a route handler whose answer has
// started streaming, so the page cancels with a request of its own.)
// Kept on globalThis: Next bundles each route on its own, and the route that
// cancels is not the one that commits.
type Running = Map<string, { userId: number; abort: AbortController }>;
const shared = globalThis as { __outreachRunningImports?: Running };
const running: Running = (shared.__outreachRunningImports ??= new Map<
  string,
  { userId: number; abort: AbortController }
>());

/**
 * Files a commit of `jobId` as running in this process until `release`: its
 * signal fires on "Cancel" (cancelRunningImport) or when `signal` does.
 */
export function trackRunningImport(userId: number, jobId: string, signal?: AbortSignal) {
  const abort = new AbortController();
  running.set(jobId, { userId, abort });
  return {
    signal: signal ? AbortSignal.any([signal, abort.signal]) : abort.signal,
    release: () => running.delete(jobId),
  };
}

/** Stops the caller's own commit of this upload if this process is running it; true when it was. */
export function cancelRunningImport(userId: number, jobId: string): boolean {
  const r = running.get(jobId);
  if (r?.userId !== userId) return false;
  r.abort.abort();
  return true;
}

/**
 * The writes of one pass over the file, planned through these lookups. Called
 * again if the transaction is retried.
 */
export type ImportWrites = (lookups: ImportLookups) => AsyncIterable<ImportWrite>;

/** Writes the upload; `result` is kept with it once every write is done. */
export async function commitImportWrites(
  user: SessionUser,
  job: { id: string; fileName: string },
  writes: ImportWrites,
  result: () => unknown,
  progress: { signal?: AbortSignal; onRow?: (done: number) => void } = {},
): Promise<void> {
  const { signal, release } = trackRunningImport(user.id, job.id, progress.signal);
  try {
    await write(user, job, writes, result, { ...progress, signal });
  } finally {
    release();
  }
}

async function write(
  user: SessionUser,
  job: { id: string; fileName: string },
  writes: ImportWrites,
  result: () => unknown,
  progress: { signal: AbortSignal; onRow?: (done: number) => void },
): Promise<void> {
  await writeTransaction(async (tx) => {
    // PostgreSQL keeps a generic plan for each foreign-key check once a
    // connection has run it a few times, made while "Event" was small: a
    // scan of the whole table, which grows with every batch this transaction
    // writes (a 10,000-row import took 27 s, the last batches five times as
    // long as the first). Planned for each call, the checks use the key.
    if (dialect === "postgres") await tx.$executeRaw`SET LOCAL plan_cache_mode = force_custom_plan`;
    // The job is claimed first: a second commit of the same upload waits, then finds it done.
    const { count } = await tx.importJob.updateMany({
      where: { id: job.id, userId: user.id, committedAt: null },
      data: { committedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found");
    let done = 0;
    const memo: TxMemo = new Map();
    // A row's refusal names the row; a transient failure is the
    // transaction's to retry, not the row's fault.
    const refusal = (row: number, e: unknown) => (isTransient(e) ? e : new ImportRowError(row, e));
    const step = async (rows: number) => {
      progress.onRow?.((done += rows));
      // Each statement answers at once (better-sqlite3 is synchronous), so
      // without a pause the loop would keep every other request of the
      // process — the user's own "Cancel" among them — waiting until it ends.
      await nextTurn();
      if (progress.signal.aborted) throw new ImportCancelled();
    };
    // Creates go in batches, in file order: an update between them ends one.
    let batch: Array<Extract<ImportWrite, { kind: "create" }>> = [];
    const flush = async () => {
      const b = batch;
      batch = [];
      if (b.length === 0) return;
      // A key another import wrote since this one was checked: that row is refused.
      const wanted = b.flatMap((c) => (c.key ? [c.key] : []));
      const taken = wanted.length
        ? new Set(
            (await tx.importKey.findMany({ where: { key: { in: wanted } }, select: { key: true } })).map((k) => k.key),
          )
        : new Set<string>();
      const clash = b.find((c) => c.key !== null && taken.has(c.key));
      if (clash) throw new ImportRowError(clash.row, new AppError("conflict", { message: "errors.duplicate" }));
      const ids = await createEventsIn(
        tx,
        user,
        b.map((c) => ({ input: c.input, via: { import: job.fileName, row: c.row } })),
        { memo, refused: (index, e) => refusal(b[index]?.row ?? 0, e) },
      );
      const keys = ids.flatMap((eventId, k) => {
        const key = b[k]?.key;
        return key ? [{ key, eventId }] : [];
      });
      try {
        if (keys.length) await tx.importKey.createMany({ data: keys });
      } catch (e) {
        // Another import wrote one of these keys in the moment since.
        throw refusal(b.find((c) => c.key)?.row ?? 0, e);
      }
      await step(b.length);
    };
    if (progress.signal.aborted) throw new ImportCancelled();
    for await (const w of writes(importLookups(tx))) {
      if (w.kind === "create") {
        batch.push(w);
        if (batch.length >= IMPORT_BATCH) await flush();
        continue;
      }
      await flush();
      try {
        await updateEventIn(tx, user, w.id, w.version, w.input, { import: job.fileName, row: w.row }, memo);
      } catch (e) {
        throw refusal(w.row, e);
      }
      await step(1);
    }
    await flush();
    await tx.importJob.update({ where: { id: job.id }, data: { result: JSON.stringify(result()) } });
  }, IMPORT_TX);
}
