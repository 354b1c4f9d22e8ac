// Who is asking and what they may see. Pages, actions and route handlers call
// these themselves; nothing is decided in a layout.
import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { findActiveUser } from "./data/users";
import type { SessionUser } from "./domain/session-user";

export { scopeOf } from "./domain/scope";

/** The signed-in, still active user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user.id);
  return session?.user ? findActiveUser(id) : null;
}

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
