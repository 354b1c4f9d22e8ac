// Helpers for the JSON API route handlers: the same commands as the forms,
// answered with status codes. JSON bodies only, from this origin only, so a
// cross-site form cannot drive them with the user's cookie.
import "server-only";
import type { CommandResult } from "./commands/events";

/** A browser request from another site carries an Origin naming that site. */
export function crossOrigin(req: Request): Response | null {
  const origin = req.headers.get("origin");
  if (!origin) return null;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  return new URL(origin).host === host
    ? null
    : Response.json({ error: "cross-origin request refused" }, { status: 403 });
}

export async function readJson(req: Request): Promise<{ body: unknown } | { error: Response }> {
  const refused = crossOrigin(req);
  if (refused) return { error: refused };
  if (!req.headers.get("content-type")?.startsWith("application/json")) {
    return { error: Response.json({ error: "send JSON (Content-Type: application/json)" }, { status: 415 }) };
  }
  try {
    return { body: await req.json() };
  } catch {
    return { error: Response.json({ error: "the body is not valid JSON" }, { status: 400 }) };
  }
}

export function respond(result: CommandResult, okStatus = 200): Response {
  if (result.ok) return Response.json({ id: result.id }, { status: okStatus });
  const { status, message, fieldErrors, conflict, currentVersion } = result;
  return Response.json({ error: message, fieldErrors, conflict, currentVersion }, { status });
}
