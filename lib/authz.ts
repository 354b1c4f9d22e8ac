// Who is asking and what they may see. Pages, actions and route handlers call
// these themselves; nothing is decided in a layout.
import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { findActiveUser, type SessionUser } from "./data/users";
import { AppError } from "./errors";
import type { Role } from "./roles";

/** What a caller may read: every region (null) or only these region ids. */
export type Scope = { userId: number; role: Role; regionIds: number[] | null };

export function scopeOf(user: SessionUser): Scope {
  // Admins, and viewers given no regions, read the whole country.
  const national = user.role === "admin" || (user.role === "viewer" && user.regionIds.length === 0);
  return { userId: user.id, role: user.role, regionIds: national ? null : user.regionIds };
}

/** The signed-in, still active user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return session?.user ? findActiveUser(id) : null;
}

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export function requireRole(user: SessionUser, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN");
}
