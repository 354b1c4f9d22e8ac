"use server";
// Sign-in and sign-out. A failed sign-in says only "wrong email or password";
// repeated failures are throttled (lib/data/login-throttle.ts).
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn, signOut } from "../auth";
import { currentUser } from "../authz";
import { retryAfter } from "../data/login-throttle";
import { endAllSessions } from "../data/sessions";
import { loginSchema, safeCallbackUrl } from "../schemas/auth";
import { clientAddress } from "../session-limits";

export type LoginState = {
  email: string;
  /** Counts submissions, so the page (and its tests) can tell one answer from the next. */
  attempt?: number;
  fieldErrors?: { email?: string; password?: string };
  message?: string;
};

export async function login(prev: LoginState | null, formData: unknown): Promise<LoginState> {
  // A server action is a public endpoint: a body that is not a form is an empty one.
  const answer = await attemptLogin(formData instanceof FormData ? formData : new FormData());
  const attempt = typeof prev?.attempt === "number" ? prev.attempt : 0;
  return { ...answer, attempt: attempt + 1 };
}

async function attemptLogin(formData: FormData): Promise<LoginState> {
  const t = await getTranslations("login");
  const field = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const email = field("email");
  const parsed = loginSchema.safeParse({ email, password: field("password") });
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((i) => i.path[0]));
    return {
      email,
      fieldErrors: {
        email: bad.has("email") ? t("emailInvalid") : undefined,
        password: bad.has("password") ? t("passwordRequired") : undefined,
      },
    };
  }
  const address = clientAddress(await headers());
  const wait = await retryAfter(parsed.data.email, address);
  if (wait > 0) return { email, message: t("throttled", { minutes: Math.max(1, Math.ceil(wait / 60)) }) };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
    return { email };
  } catch (e) {
    if (e instanceof AuthError) return { email, message: t("wrong") };
    throw e; // the redirect that follows a successful sign-in
  }
}

/** Signs out here; Auth.js's signOut event ends this session's row (lib/auth.ts). */
export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, on every device, then signs out here. */
export async function logoutEverywhere(): Promise<void> {
  const user = await currentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: "/login" });
}
