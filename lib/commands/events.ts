// Event mutations, shared by the server actions (the forms) and the JSON API:
// user and role → zod → data write, which checks region, author and version
// inside its own transaction. Every path that refuses writes nothing.
import "server-only";
import { createEvent, setEventDeleted, updateEvent } from "../data/event-writes";
import { attempt, failure, fieldFailure, type Result } from "../errors";
import { can } from "../permissions";
import { eventInputSchema, fieldErrorsOf } from "../schemas/event";
import type { SessionUser } from "../domain/session-user";

function parse(raw: unknown) {
  const parsed = eventInputSchema.safeParse(raw);
  return parsed.success
    ? parsed
    : { success: false as const, failure: failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) }) };
}

export async function createEventCommand(user: SessionUser | null, raw: unknown): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (!can.createAnyEvent(user)) return failure("forbidden");
  const p = parse(raw);
  if (!p.success) return p.failure;
  const r = await attempt(() => createEvent(user, p.data));
  return r.ok ? { ok: true, id: r.value } : r;
}

export async function updateEventCommand(
  user: SessionUser | null,
  id: number,
  baseVersion: unknown,
  raw: unknown,
): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (typeof baseVersion !== "number" || !Number.isSafeInteger(baseVersion)) {
    return fieldFailure("version", "validation.invalid");
  }
  const p = parse(raw);
  if (!p.success) return p.failure;
  const r = await attempt(() => updateEvent(user, id, baseVersion, p.data));
  return r.ok ? { ok: true, id } : r;
}

async function setDeleted(user: SessionUser | null, id: number, deleted: boolean): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (!deleted && !can.restoreEvent(user)) return failure("forbidden");
  const r = await attempt(() => setEventDeleted(user, id, deleted));
  return r.ok ? { ok: true, id } : r;
}

export const deleteEventCommand = (user: SessionUser | null, id: number) => setDeleted(user, id, true);
export const restoreEventCommand = (user: SessionUser | null, id: number) => setDeleted(user, id, false);
