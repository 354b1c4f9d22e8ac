// Event mutations, shared by the server actions (the forms) and the JSON API:
// user and role → zod → region scope → data → result. Every path that refuses
// writes nothing.
import "server-only";
import {
  ConflictError,
  createEvent,
  eventFactsForWrite,
  FieldError,
  regionIdOf,
  restoreEvent,
  softDeleteEvent,
  updateEvent,
  type AuditChange,
} from "../data/event-writes";
import { can } from "../permissions";
import { eventInputSchema, fieldErrorsOf, type FieldErrors } from "../schemas/event";
import { scopeOf } from "../scope";
import type { SessionUser } from "../data/users";

export type CommandResult =
  | { ok: true; id: number }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409;
      message: string; // message key
      fieldErrors?: FieldErrors;
      conflict?: Array<AuditChange & { by?: string }>;
      currentVersion?: number;
    };

const fail = (
  status: 400 | 401 | 403 | 404 | 409,
  message: string,
  extra: Partial<CommandResult & { ok: false }> = {},
): CommandResult => ({
  ok: false,
  status,
  message,
  ...extra,
});

async function parseFor(user: SessionUser, raw: unknown, current?: { status: string }) {
  const parsed = eventInputSchema.safeParse(raw);
  if (!parsed.success) return { error: fail(400, "errors.fixFields", { fieldErrors: fieldErrorsOf(parsed.error) }) };
  const regionId = await regionIdOf(parsed.data.region);
  if (regionId === null)
    return { error: fail(400, "errors.fixFields", { fieldErrors: { region: "validation.choose" } }) };
  if (!can.createEventIn(user, regionId)) {
    return { error: fail(403, "errors.forbidden", { fieldErrors: { region: "validation.regionForbidden" } }) };
  }
  const cancelling = parsed.data.status === "cancelled" && current?.status !== "cancelled";
  if (cancelling && !can.cancelEvent(user, { regionId, createdById: null })) {
    return { error: fail(403, "errors.forbidden", { fieldErrors: { status: "validation.cancelForbidden" } }) };
  }
  return { input: parsed.data };
}

function writeError(e: unknown): CommandResult {
  if (e instanceof FieldError) return fail(400, "errors.fixFields", { fieldErrors: { [e.path]: e.key } });
  if (e instanceof ConflictError)
    return fail(409, "errors.conflict", { conflict: e.changes, currentVersion: e.currentVersion });
  throw e;
}

export async function createEventCommand(user: SessionUser | null, raw: unknown): Promise<CommandResult> {
  if (!user) return fail(401, "errors.signIn");
  if (!can.createAnyEvent(user)) return fail(403, "errors.forbidden");
  const p = await parseFor(user, raw);
  if (p.error) return p.error;
  try {
    return { ok: true, id: await createEvent(user, p.input) };
  } catch (e) {
    return writeError(e);
  }
}

export async function updateEventCommand(
  user: SessionUser | null,
  id: number,
  baseVersion: unknown,
  raw: unknown,
): Promise<CommandResult> {
  if (!user) return fail(401, "errors.signIn");
  const facts = await eventFactsForWrite(id, scopeOf(user).regionIds);
  if (!facts) return fail(404, "errors.notFound");
  if (!can.editEvent(user, facts)) return fail(403, "errors.forbidden");
  if (typeof baseVersion !== "number" || !Number.isSafeInteger(baseVersion))
    return fail(400, "errors.fixFields", { fieldErrors: { version: "validation.invalid" } });
  const p = await parseFor(user, raw, facts);
  if (p.error) return p.error;
  try {
    await updateEvent(user, id, baseVersion, p.input);
    return { ok: true, id };
  } catch (e) {
    return writeError(e);
  }
}

export async function deleteEventCommand(user: SessionUser | null, id: number): Promise<CommandResult> {
  if (!user) return fail(401, "errors.signIn");
  const facts = await eventFactsForWrite(id, scopeOf(user).regionIds);
  if (!facts) return fail(404, "errors.notFound");
  if (!can.deleteEvent(user, facts)) return fail(403, "errors.forbidden");
  return (await softDeleteEvent(user, id)) ? { ok: true, id } : fail(404, "errors.notFound");
}

export async function restoreEventCommand(user: SessionUser | null, id: number): Promise<CommandResult> {
  if (!user) return fail(401, "errors.signIn");
  if (!can.restoreEvent(user)) return fail(403, "errors.forbidden");
  const facts = await eventFactsForWrite(id, scopeOf(user).regionIds, { deleted: true });
  if (!facts) return fail(404, "errors.notFound");
  return (await restoreEvent(user, id)) ? { ok: true, id } : fail(404, "errors.notFound");
}
