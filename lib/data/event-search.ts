// Event.searchText: the event's own words plus every name and alias of its
// speakers and organisations, normalised (lib/search). Rebuilt by every event
// write and, for the events they touch, by directory edits and merges.
import "server-only";
import { eventSearchText } from "../search/event-search-text";
import type { Prisma } from "../generated/sqlite/client";

type Tx = Prisma.TransactionClient;
type Words = { title: string; summary: string | null; locality: string | null };
type Links = { personIds: number[]; organizationIds: number[] };

const named = { select: { name: true } } as const;

async function namesOf(tx: Tx, links: Links) {
  // One after the other: a transaction's connection runs one statement at a time.
  const people = await tx.person.findMany({
    where: { id: { in: [...new Set(links.personIds)] } },
    select: { id: true, fullName: true, aliases: named },
  });
  const orgs = await tx.organization.findMany({
    where: { id: { in: [...new Set(links.organizationIds)] } },
    select: { id: true, name: true, aliases: named },
  });
  return {
    people: new Map(people.map((p) => [p.id, { name: p.fullName, aliases: p.aliases.map((a) => a.name) }])),
    organizations: new Map(orgs.map((o) => [o.id, { name: o.name, aliases: o.aliases.map((a) => a.name) }])),
  };
}

export async function searchTextFor(tx: Tx, words: Words, links: Links): Promise<string> {
  const names = await namesOf(tx, links);
  return eventSearchText({
    ...words,
    people: [...names.people.values()],
    organizations: [...names.organizations.values()],
  });
}

/** Rebuilds Event.searchText for these events from their current names and aliases. */
export async function refreshEventSearchText(tx: Tx, eventIds: number[]): Promise<void> {
  for (let i = 0; i < eventIds.length; i += 200) {
    const events = await tx.event.findMany({
      where: { id: { in: eventIds.slice(i, i + 200) } },
      select: {
        id: true,
        title: true,
        summary: true,
        locality: true,
        speakers: { select: { personId: true, organizationId: true } },
        organizations: { select: { organizationId: true } },
      },
    });
    const linksOf = (e: (typeof events)[number]): Links => ({
      personIds: e.speakers.map((s) => s.personId),
      organizationIds: [
        ...e.organizations.map((o) => o.organizationId),
        ...e.speakers.flatMap((s) => s.organizationId ?? []),
      ],
    });
    const names = await namesOf(tx, {
      personIds: events.flatMap((e) => linksOf(e).personIds),
      organizationIds: events.flatMap((e) => linksOf(e).organizationIds),
    });
    for (const e of events) {
      const links = linksOf(e);
      const searchText = eventSearchText({
        title: e.title,
        summary: e.summary,
        locality: e.locality,
        people: links.personIds.flatMap((id) => names.people.get(id) ?? []),
        organizations: [...new Set(links.organizationIds)].flatMap((id) => names.organizations.get(id) ?? []),
      });
      await tx.event.update({ where: { id: e.id }, data: { searchText } });
    }
  }
}
