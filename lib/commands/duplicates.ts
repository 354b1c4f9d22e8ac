// /events/duplicates: merge two stored events that report one meeting, or say
// they do not. Coordinators (in their regions) and admins: a merge deletes one
// event, which is theirs to do.
import "server-only";
import { dismissPair, mergeEvents } from "../data/duplicates";
import { findEventForScope } from "../data/events";
import { scopeOf } from "../domain/scope";
import { attempt, failure, type Result } from "../errors";
import { can } from "../permissions";
import { eventInputSchema } from "../schemas/event";
import { bodyOfStored } from "../schemas/event-stored";
import type { SessionUser } from "../domain/session-user";
import type { EventBody } from "../schemas/event-fields";

async function bothEvents(user: SessionUser, a: number | null, b: number | null) {
  if (a === null || b === null || a === b) return failure("not_found");
  const scope = scopeOf(user);
  const [first, second] = await Promise.all([findEventForScope(scope, a), findEventForScope(scope, b)]);
  if (!first || !second) return failure("not_found");
  if (!can.deleteEvent(user, first) || !can.deleteEvent(user, second)) return failure("forbidden");
  return { first, second };
}

/** The kept event with what only the other report has: its sources, speakers and organisations. */
export function combinedBody(keep: EventBody, other: EventBody): EventBody {
  const idOf = (r: { id: number } | { name: string }) => ("id" in r ? `#${r.id}` : r.name.toLowerCase());
  const sourceKey = (s: EventBody["sources"][number]) => ("id" in s ? `#${s.id}` : (s.url ?? s.title ?? ""));
  const speakers = new Set(keep.speakers.map((s) => idOf(s.person)));
  const organizations = new Set(keep.organizations.map((o) => idOf(o.organization)));
  const sources = new Set(keep.sources.map(sourceKey));
  return {
    ...keep,
    audiences: [...new Set([...keep.audiences, ...other.audiences])],
    speakers: [...keep.speakers, ...other.speakers.filter((s) => !speakers.has(idOf(s.person)))],
    organizations: [
      ...keep.organizations,
      ...other.organizations.filter((o) => !organizations.has(idOf(o.organization))),
    ],
    sources: [...keep.sources, ...other.sources.filter((s) => !sources.has(sourceKey(s)))],
  };
}

export async function mergeEventsCommand(
  user: SessionUser | null,
  keepId: number | null,
  dropId: number | null,
): Promise<Result> {
  if (!user) return failure("unauthenticated");
  const both = await bothEvents(user, keepId, dropId);
  if ("code" in both) return both;
  const { first: keep, second: drop } = both;
  const parsed = eventInputSchema.safeParse(combinedBody(bodyOfStored(keep), bodyOfStored(drop)));
  if (!parsed.success) return failure("invalid", { message: "duplicates.cannotMerge" });
  const r = await attempt(() => mergeEvents(user, keep.id, keep.version, parsed.data, drop.id, drop.version));
  return r.ok ? { ok: true, id: keep.id } : r;
}

export async function dismissPairCommand(
  user: SessionUser | null,
  a: number | null,
  b: number | null,
): Promise<Result> {
  if (!user) return failure("unauthenticated");
  const both = await bothEvents(user, a, b);
  if ("code" in both) return both;
  await dismissPair(user, both.first.id, both.second.id);
  return { ok: true, id: both.first.id };
}
