// The database's data version: a counter every write transaction raises as
// its last statement (see writeTransaction). In-memory copies of derived data
// stay valid while it has not moved. Read before computing what is cached, so
// a copy is never filed under a version older than the data it holds.
import "server-only";
import { db, queryRows } from "../db";
import { Prisma } from "../generated/sqlite/client";
import type { Tx } from "../db-client";

export async function dataVersion(): Promise<number> {
  const [row] = await queryRows(Prisma.sql`SELECT "n" FROM "DataVersion" WHERE "id" = 1`);
  return Number(row?.n ?? 0);
}

/**
 * Raises the version inside `tx`. Last in the transaction: on PostgreSQL the
 * row stays locked until commit, so two writers wait for each other only for
 * the moment between this statement and their commit.
 */
export async function bumpDataVersion(tx: Tx | typeof db): Promise<void> {
  await tx.$executeRaw(Prisma.sql`INSERT INTO "DataVersion" ("id", "n") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "n" = "DataVersion"."n" + 1`);
}
