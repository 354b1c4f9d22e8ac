// Event mutations, shared by the server actions (the forms) and the JSON API:
// user and role → zod → data write, which checks region, author and version
// inside its own transaction. Every path that refuses writes nothing.
import "server-only";
import { changesSinceVersion } from "../data/audit";
import { createEvent } from "../data/event-creates";
import { setEventDeleted, updateEvent } from "../data/event-writes";
import { findEventForScope } from "../data/events";
import { scopeOf } from "../domain/scope";
import { attempt, failure, fieldFailure, objectOf, type Failure, type Result } from "../errors";
import { can } from "../permissions";
import { eventInputSchema, fieldErrorsOf } from "../schemas/event";
import { MERGE_GROUP_NAMES, mergeEdits, type MergeChoice, type MergeGroup } from "../schemas/event-merge";
import { bodyOfStored } from "../schemas/event-stored";
import type { SessionUser } from "../domain/session-user";

function parse(raw: unknown) {
  const parsed = eventInputSchema.safeParse(raw);
  return parsed.success
    ? parsed
    : { success: false as const, failure: failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) }) };
}

/** Clients written for the earlier API send one `source` object: it is one new source. */
function withLegacySource(raw: unknown): unknown {
  const o = objectOf(raw);
  if (!o || "sources" in o || !objectOf(o.source)) return raw;
  const { source, ...rest } = o;
  return { ...rest, sources: [source] };
}

export async function createEventCommand(user: SessionUser | null, raw: unknown): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (!can.createAnyEvent(user)) return failure("forbidden");
  const p = parse(withLegacySource(raw));
  if (!p.success) return p.failure;
  const r = await attempt(() => createEvent(user, p.data));
  return r.ok ? { ok: true, id: r.value } : r;
}

/**
 * What a form knows besides its values: the event as it was opened (`base`),
 * and, after a conflict, the version the user resolved against and their
 * choice for each group both sides changed.
 */
export type EditContext = { base?: unknown; resolveVersion?: unknown; choices?: unknown };

const choicesOf = (raw: unknown): Partial<Record<MergeGroup, MergeChoice>> => {
  const o = objectOf(raw) ?? {};
  return Object.fromEntries(
    MERGE_GROUP_NAMES.flatMap((g) => (o[g] === "mine" || o[g] === "theirs" ? [[g, o[g]]] : [])),
  );
};

/** The conflict answer: who changed what since `version`, and the event as stored now. */
async function conflictOf(user: SessionUser, id: number, version: number, message?: string): Promise<Failure> {
  const current = await findEventForScope(scopeOf(user), id);
  if (!current) return failure("not_found");
  return failure("conflict", {
    message,
    conflict: await changesSinceVersion("Event", id, version),
    currentVersion: current.version,
    theirs: bodyOfStored(current),
  });
}

/**
 * Saves an edit made on `baseVersion`. From a form that sent its base, a save
 * after someone else's is merged field by field (mergeEdits): refused once with
 * both versions so the user sees the merged result, then written against the
 * version they saw. Without a base (the API), any newer save is a conflict.
 */
export async function updateEventCommand(
  user: SessionUser | null,
  id: number,
  baseVersion: unknown,
  raw: unknown,
  edit: EditContext = {},
): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (typeof baseVersion !== "number" || !Number.isSafeInteger(baseVersion)) {
    return fieldFailure("version", "validation.invalid");
  }
  let input = raw;
  let version = baseVersion;
  const base = objectOf(edit.base);
  const mine = objectOf(raw);
  if (base && mine) {
    const current = await findEventForScope(scopeOf(user), id);
    if (!current) return failure("not_found");
    if (current.version !== baseVersion) {
      if (edit.resolveVersion !== current.version) return conflictOf(user, id, baseVersion);
      const merge = mergeEdits(base, mine, bodyOfStored(current), choicesOf(edit.choices));
      if (merge.unresolved.length) return conflictOf(user, id, baseVersion, "errors.conflictChoose");
      input = merge.merged;
      version = current.version;
    }
  }
  const p = parse(input);
  if (!p.success) return p.failure;
  const r = await attempt(() => updateEvent(user, id, version, p.data));
  if (!r.ok && r.code === "conflict") return conflictOf(user, id, baseVersion);
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
