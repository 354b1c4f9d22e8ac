// The edge-safe half of the Auth.js configuration: no database, no hashing.
// proxy.ts imports only this; lib/auth.ts adds the credentials provider.
import type { Role } from "./domain/roles";
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/login" },
  // The cookie's own lifetime; the session's row decides sooner (idle and
  // absolute limits, sign-out, lib/data/sessions.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is there only on sign-in (Auth.js types it as always present).
      if ((user as typeof user | undefined) !== undefined) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.regionIds = user.regionIds;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      session.user.regionIds = token.regionIds ?? [];
      session.user.sid = token.sid;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error.
    error(error) {
      if ("type" in error && error.type === "CredentialsSignin") return;
      console.error("[auth]", error.name, error.message);
    },
  },
} satisfies NextAuthConfig;
