// The edge-safe half of the Auth.js configuration: no database, no hashing.
// proxy.ts imports only this; lib/auth.ts adds the credentials provider.
import type { Role } from "./domain/roles";
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is there only on sign-in (Auth.js types it as always present).
      if ((user as typeof user | undefined) !== undefined) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.regionIds = user.regionIds;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      session.user.regionIds = token.regionIds ?? [];
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
