// Who is asking and what they may see. Pages, actions and route handlers call
// these themselves; nothing is decided in a layout.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { sessionUser } from "./data/sessions";
import type { SessionUser } from "./domain/session-user";

export { scopeOf } from "./domain/scope";

/**
 * The signed-in user as stored now, or null. The session's row must still be
 * live (not signed out, ended by an admin's change, idle or too old), so a
 * cookie kept from an ended session is refused; role, regions and
 * deactivation apply at once.
 */
// Once per request: the layout and the page both ask (React's cache lasts one
// server render; a route handler asks once anyway).
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user.id);
  const sid = session?.user.sid;
  return sid && Number.isSafeInteger(id) ? sessionUser(sid, id) : null;
});

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
