// Sessions end on the server (both dialects in CI): a session's row is what
// keeps a cookie alive, so sign-out, password reset, deactivation and role
// changes end it at once, and the idle and absolute limits apply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let sessions: typeof import("./sessions");
let users: typeof import("./user-writes");
let admin: SessionUser;
let staffId: number;

beforeAll(async () => {
  t = await seededDatabase();
  sessions = await import("./sessions");
  users = await import("./user-writes");
  const a = await t.db.user.findUniqueOrThrow({ where: { email: "admin@demo.kz" } });
  admin = { id: a.id, email: a.email, name: a.name, role: a.role, regionIds: [] };
  staffId = (await t.db.user.findUniqueOrThrow({ where: { email: "staff@demo.kz" } })).id;
});
afterAll(() => t.drop());

const live = async (sid: string) => (await sessions.sessionUser(sid, staffId)) !== null;
const version = async () => (await t.db.user.findUniqueOrThrow({ where: { id: staffId } })).version;

describe("sessions", () => {
  it("live until signed out; a second device's session is separate", async () => {
    const a = await sessions.startSession(staffId);
    const b = await sessions.startSession(staffId);
    expect(await sessions.sessionUser(a, staffId)).toMatchObject({ email: "staff@demo.kz", role: "staff" });
    expect(await sessions.sessionUser(a, admin.id)).toBeNull(); // a session is its user's only
    await sessions.endSession(a);
    expect(await live(a)).toBe(false);
    expect(await live(b)).toBe(true);
    await sessions.endAllSessions(staffId);
    expect(await live(b)).toBe(false);
  });

  it("a password reset, a deactivation or a role change ends every session; renaming does not", async () => {
    let s = await sessions.startSession(staffId);
    await users.updateUser(
      admin,
      staffId,
      { name: "Renamed Staff", role: "staff", regions: ["KZ-62"] },
      await version(),
    );
    expect(await live(s)).toBe(true);
    await users.updateUser(
      admin,
      staffId,
      { name: "Renamed Staff", role: "staff", regions: ["KZ-62", "KZ-31"] },
      await version(),
    );
    expect(await live(s)).toBe(false);

    s = await sessions.startSession(staffId);
    await users.resetPassword(admin, staffId, "a-new-long-password");
    expect(await live(s)).toBe(false);

    s = await sessions.startSession(staffId);
    await users.setActive(admin, staffId, false);
    expect(await live(s)).toBe(false);
    await users.setActive(admin, staffId, true);
    expect(await live(s)).toBe(false); // reactivation brings no old session back
    expect(await live(await sessions.startSession(staffId))).toBe(true);
  });

  it("ends after the idle limit and after the absolute limit", async () => {
    const idle = await sessions.startSession(staffId);
    await t.db.session.update({ where: { id: idle }, data: { lastSeenAt: new Date(Date.now() - 121 * 60_000) } });
    expect(await live(idle)).toBe(false);
    const old = await sessions.startSession(staffId);
    await t.db.session.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 13 * 3_600_000) } });
    expect(await live(old)).toBe(false);
    process.env.SESSION_MAX_HOURS = "24";
    expect(await live(old)).toBe(true);
    delete process.env.SESSION_MAX_HOURS;
  });

  it("is read while a write transaction holds the database (an import's commit; SQLite has one writer)", async () => {
    const s = await sessions.startSession(staffId);
    const { db } = await import("../db");
    const seen = await db.$transaction(
      async (tx) => {
        await tx.session.updateMany({ where: { id: "none" }, data: { endedAt: new Date() } });
        return sessions.sessionUser(s, staffId);
      },
      { maxWait: 5_000, timeout: 5_000 },
    );
    expect(seen).toMatchObject({ email: "staff@demo.kz", role: "staff" });
    expect(seen?.regionIds.length).toBeGreaterThan(0);
  });

  it("an unknown or forged session id is refused", async () => {
    expect(await live("not-a-session")).toBe(false);
    expect(await live("")).toBe(false);
  });
});
