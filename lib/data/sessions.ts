// Signed-in sessions, one row each. The session JWT names its row (sid); every
// request checks the row (lib/authz.ts), so a session ends on the server when
// its user signs out, signs out everywhere, has their password reset, is
// deactivated or has their role or regions changed, and after SESSION_IDLE_MINUTES
// without a request or SESSION_MAX_HOURS after sign-in. A replayed cookie of an
// ended session is refused wherever it is sent, on any instance.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { sessionLimits } from "../session-limits";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";

// lastSeenAt is written at most this often, so reads stay reads.
const TOUCH_MS = 60_000;

export async function startSession(userId: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const now = new Date();
  await db.session.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  return id;
}

/** The user of a live session, or null when the session has ended or timed out. */
export async function sessionUser(sid: string, userId: number): Promise<SessionUser | null> {
  const { idleMs, maxMs } = sessionLimits();
  const now = Date.now();
  const s = await db.session.findFirst({
    where: {
      id: sid,
      userId,
      endedAt: null,
      createdAt: { gt: new Date(now - maxMs) },
      lastSeenAt: { gt: new Date(now - idleMs) },
      user: { active: true },
    },
    select: {
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, regions: { select: { regionId: true } } } },
    },
  });
  if (!s) return null;
  if (now - s.lastSeenAt.getTime() > TOUCH_MS) {
    await db.session.updateMany({ where: { id: sid, endedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  const u = s.user;
  return { id: u.id, email: u.email, name: u.name, role: u.role, regionIds: u.regions.map((r) => r.regionId) };
}

export async function endSession(sid: string): Promise<void> {
  await db.session.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: new Date() } });
}

/** Ends every session of a user, inside the write that makes them stale (or on its own). */
export async function endSessionsOf(tx: Tx, userId: number): Promise<void> {
  await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}

export const endAllSessions = (userId: number) => endSessionsOf(db, userId);
