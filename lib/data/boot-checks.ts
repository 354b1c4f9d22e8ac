import "server-only";
import { db } from "../db";
import { verifyPassword } from "../password";

/** Emails of active users whose password is `plain` (used to refuse default credentials). */
export async function activeUsersWithPassword(plain: string): Promise<string[]> {
  const users = await db.user.findMany({ where: { active: true }, select: { email: true, passwordHash: true } });
  const hits = await Promise.all(
    users.map(async (u) => ((await verifyPassword(plain, u.passwordHash)) ? u.email : null)),
  );
  return hits.filter((e): e is string => e !== null);
}
