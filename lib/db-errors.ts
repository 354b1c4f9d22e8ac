// Which database failures are a matter of timing alone, cured by running the
// transaction again (lib/data/transaction.ts): PostgreSQL deadlocks (40P01)
// and serialization failures (40001), SQLite's busy and locked answers, and
// Prisma's own "write conflict or deadlock, please retry" (P2034).
const TRANSIENT_CODES = new Set(["40P01", "40001", "SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED"]);

type DbError = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
};

export function isTransient(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as DbError;
  if (err.code === "P2034") return true;
  const original = err.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string" && TRANSIENT_CODES.has(original)) return true;
  if (typeof err.code === "string" && TRANSIENT_CODES.has(err.code)) return true;
  return (
    typeof err.message === "string" && /database is locked|deadlock detected|could not serialize/i.test(err.message)
  );
}
