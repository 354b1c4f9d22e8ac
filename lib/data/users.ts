// Users as the auth layer needs them. Never returns a password hash except to
// the one function that verifies it.
import "server-only";
import { db } from "../db";

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
