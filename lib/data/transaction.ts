// Every write transaction of the app goes through here. A transaction that
// the database gives up on for reasons of timing alone (a PostgreSQL deadlock
// or serialization failure, SQLite "database is locked") is run again, a few
// times, after a short random pause: two edits touching the same rollup rows
// in opposite order must both land, never show the user an error. The write
// functions are safe to re-run: they read what they need inside the
// transaction and have no effect outside it. Each transaction raises the data
// version last (lib/data/data-version.ts), so in-memory caches see the write.
import "server-only";
import { db, dialect } from "../db";
import { isTransient } from "../db-errors";
import { holdWrites } from "../db-sqlite-isolation";
import { bumpDataVersion } from "./data-version";
import { AppError } from "../errors";
import type { Tx } from "../db-client";

const OPTIONS = { maxWait: 30_000, timeout: 60_000 };
const ATTEMPTS = 6;

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));

// Prisma's "could not start a transaction in time" (maxWait): on SQLite, one
// writer at a time, a large import can hold the writer for minutes.
const START_TIMED_OUT = "P2028";
const startTimedOut = (e: unknown) => typeof e === "object" && e !== null && "code" in e && e.code === START_TIMED_OUT;

export async function writeTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options: { timeout?: number; maxWait?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          const result = await work(tx);
          await bumpDataVersion(tx);
          return result;
        },
        { ...OPTIONS, ...options },
      );
    } catch (e) {
      // The user is told to try again (429), not shown an error page: nothing was written.
      if (startTimedOut(e)) throw new AppError("rate_limited", { message: "errors.busy" });
      if (attempt >= ATTEMPTS || !isTransient(e)) throw e;
      await pause(attempt);
    }
  }
}

/**
 * Runs `work`, a write transaction of another process (a spreadsheet commit
 * in its worker, lib/import/worker-run.ts). On SQLite this process sends no
 * write meanwhile: its writes wait in the connection (lib/db-sqlite-isolation.ts)
 * instead of for the file's lock inside better-sqlite3, which waits
 * synchronously and would stop every request of the process; its reads go
 * on. PostgreSQL needs no hold.
 */
export async function holdingWrites<T>(work: () => Promise<T>): Promise<T> {
  return dialect === "sqlite" ? holdWrites(work) : work();
}
