// Where a spreadsheet's check and commit run. With the worker built (`npm run
// build` bundles lib/import/worker.ts), in a child process whose heap is
// capped: a 50,000-row file no longer grows the web process by hundreds of
// megabytes for good (V8 keeps the heap it has grown), and its minute of
// planning does not take the web process's CPU. Without the bundle (`next
// dev`, where a bundle could be older than the code, and unit tests), in
// this process. Same commands, same answers.
import "server-only";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  commitImportCommand,
  importPlanCommand,
  reviseImportCommand,
  startImportCommand,
  type CommitResult,
} from "../commands/imports";
import { trackRunningImport } from "../data/import-writes";
import { holdingWrites } from "../data/transaction";
import { failure } from "../errors";
import { bytesOf, type SpooledFile } from "./spooled-file";
import type { PlanProgress } from "./plan";
import type { WorkerAnswer, WorkerJob, WorkerMessage, WorkerRequest } from "./worker";
import type { SessionUser } from "../domain/session-user";

// The bundle of a production build (next start), or one a test or benchmark names.
const bundle = () =>
  process.env.IMPORT_WORKER ??
  (process.env.NODE_ENV === "production" ? path.join(process.cwd(), ".next", "import-worker.mjs") : "");
const inWorker = () => bundle() !== "" && existsSync(/* turbopackIgnore: true */ bundle());

// The worker's own limits, so that the whole process stays under 300 MB for
// the largest file accepted (20 MB, 50,000 rows): the heap the rows are
// planned in and a small young generation; two malloc arenas, which give
// back what they free above 128 KiB.
const EXEC_ARGV = ["--conditions=react-server", "--max-old-space-size=128", "--max-semi-space-size=4"];
const MALLOC_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_TRIM_THRESHOLD_: "131072", MALLOC_MMAP_THRESHOLD_: "131072" };
// After "Cancel", the worker has this long to roll back and answer before it is stopped.
const CANCEL_GRACE_MS = 10_000;

type Progress = { signal?: AbortSignal; onPlanned?: (total: number) => void; onRow?: (done: number) => void };
type Listeners = Progress & { onChecked?: PlanProgress };

/** A new upload, checked and kept (startImportCommand). */
export async function startImport(
  user: SessionUser | null,
  file: SpooledFile,
  raw: Parameters<typeof startImportCommand>[2],
  onChecked?: PlanProgress,
) {
  if (!user || !inWorker()) return startImportCommand(user, await bytesOf(file), raw, onChecked);
  const a = await holdingWrites(() => run({ op: "start", user, file, raw }, { onChecked }));
  return a.op === "start" ? a.result : unexpected(a);
}

/** The same upload with other choices (reviseImportCommand). */
export async function reviseImport(user: SessionUser | null, id: string, raw: unknown) {
  if (!user || !inWorker()) return reviseImportCommand(user, id, raw);
  const a = await holdingWrites(() => run({ op: "revise", user, id, raw }));
  return a.op === "revise" ? a.result : unexpected(a);
}

/** The upload's plan, for the download of its rows with problems (importPlanCommand). */
export async function importPlan(user: SessionUser | null, id: string) {
  if (!user || !inWorker()) return importPlanCommand(user, id);
  const a = await run({ op: "plan", user, id });
  return a.op === "plan" ? a.result : unexpected(a);
}

/** The upload written (commitImportCommand); "Cancel" reaches it as it reaches one run here. */
export async function commitImport(
  user: SessionUser | null,
  id: string,
  progress: Progress = {},
  skipBad?: boolean,
): Promise<CommitResult> {
  if (!user || !inWorker()) return commitImportCommand(user, id, progress, skipBad);
  const { signal, release } = trackRunningImport(user.id, id, progress.signal);
  try {
    const a = await holdingWrites(() => run({ op: "commit", user, id, skipBad }, { ...progress, signal }));
    return a.op === "commit" ? a.result : unexpected(a);
  } finally {
    release();
  }
}

/** The job's answer when the worker could not give one: nothing was written. */
function refused(job: WorkerJob, message: string): WorkerAnswer {
  const result = failure("invalid", { message });
  switch (job.op) {
    case "start":
    case "revise":
      return { op: job.op, result };
    case "plan":
      return { op: job.op, result };
    case "commit":
      return { op: job.op, result };
  }
}

const unexpected = (a: WorkerAnswer): never => {
  throw new Error(`the import worker answered a ${a.op} request`);
};

/** The worker's peak memory for the last job it ran (for the benchmark). */
export const lastWorkerPeak = { rssMB: 0 };

function run(job: WorkerJob, on: Listeners = {}): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    // spawn with an IPC channel, not fork: Turbopack's build takes fork's
    // path for a module to bundle (vercel/next.js#97952).
    const child = spawn(process.execPath, [...EXEC_ARGV, bundle()], {
      env: { ...process.env, ...MALLOC_ENV },
      serialization: "advanced", // a plan holds a Map, an upload its bytes
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    // Passed on as it comes; a file whose cells unpack to more text than the
    // worker's heap holds (a small XLSX can) ends it with V8's heap message.
    let outOfMemory = false;
    child.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      outOfMemory ||= chunk.toString().includes("heap out of memory");
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      on.signal?.removeEventListener("abort", cancel);
      f();
    };
    const cancel = () => {
      child.send({ type: "cancel" } satisfies WorkerRequest);
      // Stopped, its transaction is never committed: nothing is written.
      setTimeout(() => child.kill("SIGKILL"), CANCEL_GRACE_MS).unref();
    };
    on.signal?.addEventListener("abort", cancel);
    child.on("message", (m: WorkerMessage) => {
      if (m.type === "checked") on.onChecked?.("check", m.done, m.total);
      else if (m.type === "planned") on.onPlanned?.(m.total);
      else if (m.type === "written") on.onRow?.(m.done);
      else if (m.type === "answer") {
        lastWorkerPeak.rssMB = m.peakRssMB;
        settle(() => resolve(m.answer));
      } else settle(() => reject(new Error(`the import worker failed: ${m.message}`)));
    });
    child.on("error", (e) => settle(() => reject(e)));
    child.on("exit", (code, sig) =>
      settle(() => {
        if (on.signal?.aborted && job.op === "commit") resolve(refused(job, "import.errors.cancelled"));
        else if (outOfMemory) resolve(refused(job, "import.errors.tooMuchText"));
        else reject(new Error(`the import worker stopped (${sig ?? `exit code ${code}`}) without an answer`));
      }),
    );
    child.send({ type: "run", job } satisfies WorkerRequest);
    if (on.signal?.aborted) cancel();
  });
}
