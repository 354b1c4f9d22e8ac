"use server";
// Sign-in and sign-out. A failed sign-in says only "wrong email or password";
// repeated failures are throttled (lib/auth-throttle.ts).
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { clientAddress, signIn, signOut } from "../auth";
import { retryAfter } from "../auth-throttle";
import { loginSchema, safeCallbackUrl } from "../schemas/auth";

export type LoginState = {
  email: string;
  /** Counts submissions, so the page (and its tests) can tell one answer from the next. */
  attempt?: number;
  fieldErrors?: { email?: string; password?: string };
  message?: string;
};

export async function login(prev: LoginState, formData: FormData): Promise<LoginState> {
  const answer = await attemptLogin(formData);
  return { ...answer, attempt: (prev.attempt ?? 0) + 1 };
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

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
