// What a user may read: every region (null) or only these region ids.
import type { SessionUser } from "./session-user";

export type Scope = { userId: number; role: SessionUser["role"]; regionIds: number[] | null };

export function scopeOf(user: SessionUser): Scope {
  // Admins, and viewers given no regions, read the whole country.
  const national = user.role === "admin" || (user.role === "viewer" && user.regionIds.length === 0);
  return { userId: user.id, role: user.role, regionIds: national ? null : user.regionIds };
}
