// What article intake needs from the database: the reference lists (places,
// campaigns), the people and organisations a draft names (matched by any
// spelling or alias), and the stored events a draft may repeat. Reads only;
// a draft is saved through the event form's own command.
import "server-only";
import { db } from "../db";
import { allRegionsWithDistricts, campaignsNewestFirst } from "./regions";
import { eventScopeWhere } from "./scope-where";
import { dayIn } from "../domain/clock";
import { orgKey } from "../intake/org-key";
import { personKey, sameperson } from "../intake/person-key";
import { gazetteer } from "../intake/places";
import { searchKey } from "../search/normalize";
import type { Scope } from "../domain/scope";
import type { SessionUser } from "../domain/session-user";
import type { Reference } from "../intake/extract";

let cached: { at: number; ref: Omit<Reference, "today">; regionIds: Map<string, number> } | null = null;
const TTL_MS = 10 * 60_000;

/** Places and campaigns, built once per process every ten minutes (reference data changes rarely). */
export async function intakeReference(): Promise<Reference & { regionIds: Map<string, number> }> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const [regions, campaigns] = await Promise.all([allRegionsWithDistricts(), campaignsNewestFirst()]);
    cached = {
      at: Date.now(),
      ref: {
        gazetteer: gazetteer(regions),
        campaigns: campaigns.map((c) => ({ slug: c.slug, voteDate: c.voteDate.toISOString().slice(0, 10) })),
      },
      regionIds: new Map(regions.map((r) => [r.iso, r.id])),
    };
  }
  return { ...cached.ref, today: dayIn(), regionIds: cached.regionIds };
}

const surnameWord = (name: string) =>
  searchKey(name)
    .split(" ")
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)[0] ?? null;

/** The stored person each name is (by any spelling or alias), or null. */
export async function matchPeople(names: string[]): Promise<Map<string, { id: number; name: string }>> {
  const out = new Map<string, { id: number; name: string }>();
  const words = [...new Set(names.map(surnameWord).filter((w): w is string => w !== null))];
  if (!words.length) return out;
  const candidates = await db.person.findMany({
    where: { OR: words.slice(0, 200).map((w) => ({ searchText: { contains: w } })) },
    select: { id: true, fullName: true, aliases: { select: { name: true } } },
    take: 500,
  });
  // Each stored name's key once, not once per name looked for.
  const keyed = candidates.map((c) => ({ c, keys: [c.fullName, ...c.aliases.map((a) => a.name)].map(personKey) }));
  for (const name of names) {
    const key = personKey(name);
    const hit = keyed.find((k) => k.keys.some((x) => sameperson(x, key)))?.c;
    if (hit) out.set(name, { id: hit.id, name: hit.fullName });
  }
  return out;
}

/** The stored organisation each name is (by name or alias), or null. */
export async function matchOrganizations(names: string[]): Promise<Map<string, { id: number; name: string }>> {
  const out = new Map<string, { id: number; name: string }>();
  const words = [...new Set(names.map(surnameWord).filter((w): w is string => w !== null))];
  if (!words.length) return out;
  const candidates = await db.organization.findMany({
    where: { OR: words.slice(0, 200).map((w) => ({ searchText: { contains: w } })) },
    select: { id: true, name: true, aliases: { select: { name: true } } },
    take: 500,
  });
  for (const name of names) {
    const key = orgKey(name);
    const hit = candidates.find((c) => [c.name, ...c.aliases.map((a) => a.name)].some((n) => orgKey(n) === key));
    if (hit) out.set(name, { id: hit.id, name: hit.name });
  }
  return out;
}

export type StoredCandidate = {
  id: number;
  title: string;
  date: string;
  districtId: number | null;
  speakers: Array<{ id: number; names: string[] }>;
  organizationIds: number[];
  sourceUrls: string[];
};

/** What a draft shares with an event that could make them one meeting. */
export type Shared = { personIds: number[]; organizationIds: number[]; districtId: number | null; url: string | null };

/**
 * Stored events the caller can see in a region within `days` of a date (the
 * blocking key of duplicate search: region + date, an index, never a scan)
 * that share a speaker, an organisation, the district or the article with the
 * draft — without one of those no event can look like it.
 */
export async function eventsNear(
  scope: Scope,
  iso: string,
  date: string,
  shared: Shared,
  days = 3,
): Promise<StoredCandidate[]> {
  const t = Date.parse(`${date}T00:00:00Z`);
  const sharing = [
    ...(shared.personIds.length ? [{ speakers: { some: { personId: { in: shared.personIds } } } }] : []),
    ...(shared.organizationIds.length
      ? [{ organizations: { some: { organizationId: { in: shared.organizationIds } } } }]
      : []),
    ...(shared.districtId !== null ? [{ districtId: shared.districtId }] : []),
    ...(shared.url ? [{ sources: { some: { source: { url: shared.url } } } }] : []),
  ];
  if (!sharing.length) return [];
  const rows = await db.event.findMany({
    where: {
      ...eventScopeWhere(scope),
      region: { iso },
      date: { gte: new Date(t - days * 86_400_000), lte: new Date(t + days * 86_400_000) },
      OR: sharing,
    },
    select: {
      id: true,
      title: true,
      date: true,
      districtId: true,
      // The person's id and name (no aliases): a draft's speaker stored under
      // any spelling was matched to that id already (matchPeople).
      speakers: { select: { personId: true, person: { select: { fullName: true } } } },
      organizations: { select: { organizationId: true } },
      sources: { select: { source: { select: { url: true } } } },
    },
    take: 200,
  });
  return rows.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date.toISOString().slice(0, 10),
    districtId: e.districtId,
    speakers: e.speakers.map((s) => ({ id: s.personId, names: [s.person.fullName] })),
    organizationIds: e.organizations.map((o) => o.organizationId),
    sourceUrls: e.sources.flatMap((s) => (s.source.url ? [s.source.url] : [])),
  }));
}

/** A stored source with this address, if any (an article attached twice stays one source). */
export async function sourceIdByUrl(url: string): Promise<number | null> {
  return (await db.source.findFirst({ where: { url }, select: { id: true } }))?.id ?? null;
}

/** Who `npm run extract` acts as: the first active admin (the whole country; reads only). */
export async function commandLineUser(): Promise<SessionUser> {
  const admin = await db.user.findFirst({
    where: { role: "admin", active: true },
    orderBy: { id: "asc" },
    select: { id: true, email: true, name: true },
  });
  return {
    id: admin?.id ?? 0,
    email: admin?.email ?? "cli@localhost",
    name: admin?.name ?? "CLI",
    role: "admin",
    regionIds: [],
  };
}
