// Authorization inside the write: the role that allowed a request was read
// when the request began; a demotion or deactivation committed since must
// refuse the write, not follow it. This re-reads the actor in the write's own
// transaction, and on PostgreSQL holds a share lock on their row until commit,
// so an admin's change to that user waits for the write (or the write sees it).
// SQLite runs one writer at a time, so the read is already in order there.
import "server-only";
import { dialect } from "../db";
import { ROLES } from "../domain/roles";
import { AppError } from "../errors";
import { Prisma } from "../generated/sqlite/client";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";

/** Throws "forbidden" unless the actor is still active and, with their role as it now is, `allowed`. */
export async function requireActorStill(
  tx: Tx,
  actor: SessionUser,
  allowed: (u: SessionUser) => boolean,
): Promise<void> {
  const lock = dialect === "postgres" ? Prisma.sql`FOR SHARE` : Prisma.empty;
  const rows = await tx.$queryRaw<{ role: string; active: boolean | number }[]>`
    SELECT CAST("role" AS TEXT) AS "role", "active" FROM "User" WHERE "id" = ${actor.id} ${lock}`;
  const row = rows[0];
  // SQLite hands booleans back as 0/1.
  const role = ROLES.find((r) => r === row?.role);
  if (!row || !row.active || !role || !allowed({ ...actor, role })) throw new AppError("forbidden");
}
