// Signed-in sessions, one row each. The session JWT names its row (sid); every
// request checks the row (lib/authz.ts), so a session ends on the server when
// its user signs out, signs out everywhere, has their password reset, is
// deactivated or has their role or regions changed, and after SESSION_IDLE_MINUTES
// without a request or SESSION_MAX_HOURS after sign-in. A replayed cookie of an
// ended session is refused wherever it is sent, on any instance.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, dialect, queryRows } from "../db";
import { sessionLimits } from "../session-limits";
import { sqlDate } from "./sql/dialect";
import { date, numOrNull, str } from "./sql/driver-values";
import { ROLES, type Role } from "../domain/roles";
import { Prisma } from "../generated/sqlite/client";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

// lastSeenAt is written at most this often, so reads stay reads.
const TOUCH_MS = 60_000;

export async function startSession(userId: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const now = new Date();
  await db.session.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  return id;
}

/**
 * The user of a live session, or null when the session has ended or timed out.
 * Read on the read-only connection (lib/db-client.ts), not Prisma's: on SQLite
 * Prisma's one connection is held for as long as a write transaction runs (a
 * spreadsheet import's commit takes minutes), and every request — "Cancel"
 * among them — starts here.
 */
export async function sessionUser(sid: string, userId: number): Promise<SessionUser | null> {
  const { idleMs, maxMs } = sessionLimits();
  const now = Date.now();
  const rows = await queryRows(Prisma.sql`
    SELECT s."lastSeenAt" AS "lastSeenAt", u."email" AS "email", u."name" AS "name", u."role" AS "role",
           r."regionId" AS "regionId"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "UserRegion" r ON r."userId" = u."id"
    WHERE s."id" = ${sid} AND s."userId" = ${userId} AND s."endedAt" IS NULL
      AND s."createdAt" > ${sqlDate(dialect, new Date(now - maxMs))}
      AND s."lastSeenAt" > ${sqlDate(dialect, new Date(now - idleMs))}
      AND u."active" = TRUE
    ORDER BY r."regionId"`);
  const [first] = rows;
  const role = str(first?.role);
  if (!first || !isRole(role)) return null;
  if (now - date(first.lastSeenAt).getTime() > TOUCH_MS) {
    // Not awaited: the request needs no answer from it, and on SQLite it waits
    // for any write transaction that is running.
    db.session
      .updateMany({ where: { id: sid, endedAt: null }, data: { lastSeenAt: new Date(now) } })
      .catch(() => undefined);
  }
  return {
    id: userId,
    email: str(first.email),
    name: str(first.name),
    role,
    regionIds: rows.map((r) => numOrNull(r.regionId)).filter((id) => id !== null),
  };
}

export async function endSession(sid: string): Promise<void> {
  await db.session.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: new Date() } });
}

/** Ends every session of a user, inside the write that makes them stale (or on its own). */
export async function endSessionsOf(tx: Tx, userId: number): Promise<void> {
  await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

export const endAllSessions = (userId: number) => endSessionsOf(db, userId);
