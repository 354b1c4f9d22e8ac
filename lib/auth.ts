// Auth.js with email + password. Sessions are JWTs carrying id, role and
// region ids; every page and action still re-reads the user (lib/authz.ts).
import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordFailure, recordSuccess, retryAfter } from "./auth-throttle";
import { authConfig } from "./auth.config";
import { findUserForLogin } from "./data/users";
import { verifyPassword } from "./password";
import { loginSchema } from "./schemas/auth";

// Compared against when the email is unknown, so a missing account takes as
// long to reject as a wrong password.
const DUMMY_HASH = "$2b$11$SfUp3vM4/M1oECyiZN4FmuihBPVaCYr.a3ZzqP3GvBQO97jtFcAEy";

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        // The sign-in form checks this first and says how long to wait; this
        // guards direct posts to the Auth.js endpoint as well.
        if ((await retryAfter(email, address)) > 0) return null;
        const user = await findUserForLogin(email);
        const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !user.active || !ok) {
          await recordFailure(email, address);
          return null;
        }
        await recordSuccess(email);
        return { id: String(user.id), email: user.email, name: user.name, role: user.role, regionIds: user.regionIds };
      },
    }),
  ],
});
