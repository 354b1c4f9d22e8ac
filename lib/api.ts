// Helpers for the JSON API route handlers: the same commands as the forms,
// answered with status codes and message keys (lib/errors.ts). JSON bodies
// only, from this origin only, so a cross-site form cannot drive them with the
// user's cookie.
import "server-only";
import { currentUser } from "./authz";
import { parseId } from "./domain/ids";
import { failure, objectOf, type Failure, type Result } from "./errors";
import { foreignOrigin } from "./origin";
import { spoolUpload, type SpooledUpload } from "./upload-spool";
import type { SessionUser } from "./domain/session-user";

const NO_STORE = { "Cache-Control": "no-store" };

/** A refusal's JSON body: its message key and details. */
export function failureBody(f: Failure) {
  const { message, values, code, fieldErrors, conflict, currentVersion, theirs } = f;
  return { error: message, values, code, fieldErrors, conflict, currentVersion, theirs };
}

/** The JSON answer for a refusal: its message key, status and details. */
export function failureResponse(f: Failure): Response {
  return Response.json(failureBody(f), { status: f.status, headers: NO_STORE });
}

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** A browser request from another site carries an Origin naming that site ("null" from sandboxed frames). */
export function crossOrigin(req: Request): Response | null {
  return foreignOrigin(req.headers) ? failureResponse(failure("forbidden", { message: "errors.crossOrigin" })) : null;
}

export async function readJson(req: Request): Promise<{ body: unknown } | { error: Response }> {
  const refused = crossOrigin(req);
  if (refused) return { error: refused };
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return { error: json({ error: "errors.sendJson", code: "invalid" }, 415) };
  }
  try {
    return { body: await req.json() };
  } catch {
    return { error: failureResponse(failure("invalid", { message: "errors.badJson" })) };
  }
}

export function respond(result: Result, okStatus = 200): Response {
  return result.ok ? json({ id: result.id }, okStatus) : failureResponse(result);
}

/**
 * The common start of a write to one record (`PUT`/`PATCH /api/<records>/:id`):
 * a signed-in user, a JSON object body from this origin, and an id that can
 * name a record. Anything else is the answer to send back.
 */
export async function readRecordWrite(
  req: Request,
  params: Promise<{ id: string }>,
): Promise<{ user: SessionUser; id: number; body: Record<string, unknown> } | { error: Response }> {
  const user = await currentUser();
  if (!user) return { error: failureResponse(failure("unauthenticated")) };
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed;
  const id = parseId((await params).id);
  if (id === null) return { error: failureResponse(failure("not_found")) };
  const body = objectOf(parsed.body);
  if (!body) return { error: failureResponse(failure("invalid", { message: "errors.badJson" })) };
  return { user, id, body };
}

/**
 * A file upload (`multipart/form-data` with a `file` part) from this origin,
 * spooled to a temporary file as it arrives (lib/upload-spool.ts); the
 * caller disposes of it. A body larger than `maxBytes` is refused from its
 * declared length before any of it is read, or at the limit while it is read.
 */
export async function readUpload(req: Request, maxBytes: number): Promise<SpooledUpload | { error: Response }> {
  const refused = crossOrigin(req);
  if (refused) return { error: refused };
  const contentType = req.headers.get("content-type") ?? "";
  if (contentType.split(";")[0]?.trim().toLowerCase() !== "multipart/form-data")
    return { error: json({ error: "import.errors.sendMultipart", code: "invalid" }, 415) };
  const tooLarge = () => ({
    error: json({ error: "import.errors.tooLarge", values: { mb: maxBytes >> 20 }, code: "invalid" }, 413),
  });
  // Room for the form's other fields and the multipart boundaries.
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes + 1024 * 1024) return tooLarge();
  const upload = await spoolUpload(req.body, contentType, maxBytes);
  if (!("refused" in upload)) return upload;
  return upload.refused === "tooLarge"
    ? tooLarge()
    : { error: failureResponse(failure("invalid", { message: "import.errors.noFile" })) };
}
