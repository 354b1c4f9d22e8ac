import { z } from "zod";

// Used by the sign-in form and by the credentials provider.
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(200),
});

/** Only same-site relative paths are followed after sign-in (no open redirect). */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\"))
    return "/events";
  if (raw.startsWith("/login") || raw.startsWith("/api/auth")) return "/events";
  return raw;
}
