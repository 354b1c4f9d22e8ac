// Auth.js with email + password. Sessions are JWTs carrying the user id, role,
// region ids and the id of the session's row (lib/data/sessions.ts), which
// every page, action and route checks (lib/authz.ts): the JWT alone never
// keeps a session alive.
import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { attemptDelayMs, forgetExpired, recordFailure, recordSuccess, retryAfter } from "./data/login-throttle";
import { endSession, startSession } from "./data/sessions";
import { findUserForLogin } from "./data/users";
import { verifyPassword } from "./password";
import { loginSchema } from "./schemas/auth";
import { clientAddress } from "./session-limits";

// Compared against when the email is unknown, so a missing account takes as
// long to reject as a wrong password.
const DUMMY_HASH = "$2b$11$SfUp3vM4/M1oECyiZN4FmuihBPVaCYr.a3ZzqP3GvBQO97jtFcAEy";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every way in (the sign-in form and a direct post to Auth.js's endpoint)
      // comes here, so there is one throttle for both.
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        if ((await retryAfter(email, address)) > 0) return null;
        await sleep(await attemptDelayMs(email));
        const user = await findUserForLogin(email);
        const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !user.active || !ok) {
          await recordFailure(email, address);
          return null;
        }
        await recordSuccess(email, address);
        if (Math.random() < 0.05) await forgetExpired();
        return {
          id: String(user.id),
          email: user.email,
          name: user.name,
          role: user.role,
          regionIds: user.regionIds,
          sid: await startSession(user.id),
        };
      },
    }),
  ],
  events: {
    // Sign-out through the form or Auth.js's endpoint ends the session's row,
    // so a copy of the cookie kept from before is refused.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(sid);
    },
  },
});
