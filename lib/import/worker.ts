// The child process a spreadsheet's check or commit runs in (started by
// lib/import/worker-run.ts from its bundle, .next/import-worker.mjs). Its own
// heap, capped, holds the file and its rows while they are read, planned and
// written; the web process waits for the answer and passes on the progress.
// In: one {type: "run"}, then perhaps {type: "cancel"}. Out: progress as the
// work goes, then {type: "answer"} (or {type: "failed"}), and the process ends.
import {
  commitImportCommand,
  importPlanCommand,
  reviseImportCommand,
  startImportCommand,
  type CommitResult,
  type ImportResult,
} from "../commands/imports";
import { db } from "../db";
import { bytesOf, type SpooledFile } from "./spooled-file";
import type { SessionUser } from "../domain/session-user";
import type { Failure } from "../errors";

export type WorkerJob =
  | {
      op: "start";
      user: SessionUser;
      file: SpooledFile;
      raw: Parameters<typeof startImportCommand>[2];
    }
  | { op: "revise"; user: SessionUser; id: string; raw: unknown }
  | { op: "plan"; user: SessionUser; id: string }
  | { op: "commit"; user: SessionUser; id: string; skipBad?: boolean };

export type WorkerRequest = { type: "run"; job: WorkerJob } | { type: "cancel" };

export type WorkerAnswer =
  | { op: "start" | "revise"; result: ImportResult | Failure }
  | { op: "plan"; result: Awaited<ReturnType<typeof importPlanCommand>> }
  | { op: "commit"; result: CommitResult };

export type WorkerMessage =
  | { type: "checked"; done: number; total: number }
  | { type: "planned"; total: number }
  | { type: "written"; done: number }
  | { type: "answer"; answer: WorkerAnswer; peakRssMB: number }
  | { type: "failed"; message: string };

const send = (m: WorkerMessage) => new Promise<void>((resolve) => process.send?.(m, undefined, {}, () => resolve()));
const abort = new AbortController();

async function answerOf(job: WorkerJob): Promise<WorkerAnswer> {
  switch (job.op) {
    case "start": {
      const checked = (_: string, done: number, total: number) => void send({ type: "checked", done, total });
      return { op: job.op, result: await startImportCommand(job.user, await bytesOf(job.file), job.raw, checked) };
    }
    case "revise":
      return { op: job.op, result: await reviseImportCommand(job.user, job.id, job.raw) };
    case "plan":
      return { op: job.op, result: await importPlanCommand(job.user, job.id) };
    case "commit": {
      const progress = {
        signal: abort.signal,
        onPlanned: (total: number) => void send({ type: "planned", total }),
        onRow: (done: number) => void send({ type: "written", done }),
      };
      return { op: job.op, result: await commitImportCommand(job.user, job.id, progress, job.skipBad) };
    }
  }
}

async function run(job: WorkerJob) {
  try {
    const answer = await answerOf(job);
    // maxRSS is in KiB: the most this process held at once, the file and its rows included.
    await send({ type: "answer", answer, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
  } catch (e) {
    await send({ type: "failed", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    await db.$disconnect();
    if (process.connected) process.disconnect();
  }
}

process.on("message", (m: WorkerRequest) => {
  if (m.type === "cancel") abort.abort();
  else void run(m.job);
});
