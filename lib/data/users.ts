// Users as the auth layer needs them. Never returns a password hash except to
// the one function that verifies it.
import "server-only";
import { db } from "../db";
import type { SessionUser } from "../domain/session-user";

export async function findUserForLogin(email: string) {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      passwordHash: true,
      regions: { select: { regionId: true } },
    },
  });
  return user && { ...user, regionIds: user.regions.map((r) => r.regionId) };
}

/** The signed-in user as stored now (role, regions and deactivation apply at once). */
export async function findActiveUser(id: number): Promise<SessionUser | null> {
  if (!Number.isSafeInteger(id)) return null;
  const user = await db.user.findFirst({
    where: { id, active: true },
    select: { id: true, email: true, name: true, role: true, regions: { select: { regionId: true } } },
  });
  return (
    user && {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      regionIds: user.regions.map((r) => r.regionId),
    }
  );
}

/** Every account, active first, for the admin page (no password hashes). */
export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      version: true,
      regions: { select: { region: { select: { iso: true, nameEn: true, nameRu: true, nameKk: true } } } },
    },
  });
}
