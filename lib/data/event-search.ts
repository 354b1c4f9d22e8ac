// Event.searchText: the event's own words plus every name and alias of its
// speakers and organisations, normalised (lib/search). Rebuilt by every event
// write and, for the events they touch, by directory edits and merges.
// No "server-only" guard: the seed upgrades old search texts with it.
import { eventSearchText, SEARCH_RANK_MARK } from "../search/event-search-text";
import type { TxMemo } from "./tx-memo";
import type { Db, Tx } from "../db-client";

type Words = { title: string; summary: string | null; locality: string | null };
type Links = { personIds: number[]; organizationIds: number[] };

const named = { select: { name: true } } as const;

type Names = { name: string; aliases: string[] };

async function namesOf(tx: Tx, links: Links, memo?: TxMemo) {
  // Names an earlier row of the same transaction read are not read again.
  const known = (kind: string, id: number) => memo?.get(`${kind}-names#${id}`) as Names | undefined;
  const personIds = [...new Set(links.personIds)].filter((id) => !known("person", id));
  const organizationIds = [...new Set(links.organizationIds)].filter((id) => !known("organization", id));
  // One after the other: a transaction's connection runs one statement at a time.
  const people = personIds.length
    ? await tx.person.findMany({
        where: { id: { in: personIds } },
        select: { id: true, fullName: true, aliases: named },
      })
    : [];
  const orgs = organizationIds.length
    ? await tx.organization.findMany({
        where: { id: { in: organizationIds } },
        select: { id: true, name: true, aliases: named },
      })
    : [];
  const read = {
    people: new Map<number, Names>(
      people.map((p) => [p.id, { name: p.fullName, aliases: p.aliases.map((a) => a.name) }]),
    ),
    organizations: new Map<number, Names>(
      orgs.map((o) => [o.id, { name: o.name, aliases: o.aliases.map((a) => a.name) }]),
    ),
  };
  for (const [id, n] of read.people) memo?.set(`person-names#${id}`, n);
  for (const [id, n] of read.organizations) memo?.set(`organization-names#${id}`, n);
  const all = (kind: string, ids: number[], got: Map<number, Names>) =>
    new Map(
      [...new Set(ids)].flatMap((id): Array<[number, Names]> => {
        const n = got.get(id) ?? known(kind, id);
        return n ? [[id, n]] : [];
      }),
    );
  return {
    people: all("person", links.personIds, read.people),
    organizations: all("organization", links.organizationIds, read.organizations),
  };
}

export async function searchTextFor(tx: Tx, words: Words, links: Links, memo?: TxMemo): Promise<string> {
  const names = await namesOf(tx, links, memo);
  return eventSearchText({
    ...words,
    people: [...names.people.values()],
    organizations: [...names.organizations.values()],
  });
}

/** The search text of these events as their current names and aliases make it. */
async function currentSearchTexts(tx: Tx, eventIds: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
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
      out.set(
        e.id,
        eventSearchText({
          title: e.title,
          summary: e.summary,
          locality: e.locality,
          people: links.personIds.flatMap((id) => names.people.get(id) ?? []),
          organizations: [...new Set(links.organizationIds)].flatMap((id) => names.organizations.get(id) ?? []),
        }),
      );
    }
  }
  return out;
}

/** Rebuilds Event.searchText for these events from their current names and aliases. */
export async function refreshEventSearchText(tx: Tx, eventIds: number[]): Promise<void> {
  for (const [id, searchText] of await currentSearchTexts(tx, eventIds)) {
    await tx.event.update({ where: { id }, data: { searchText } });
  }
}

/**
 * Gives search texts written before SEARCH_RANK_MARK existed the current
 * layout, so a search ranks them too. Run by the seed (every start and
 * deploy); touches nothing else of the event, not even its updatedAt.
 */
export async function upgradeSearchTexts(db: Db) {
  let after = 0;
  for (;;) {
    const ids = (
      await db.event.findMany({
        where: { id: { gt: after }, NOT: { searchText: { contains: SEARCH_RANK_MARK } } },
        orderBy: { id: "asc" },
        select: { id: true },
        take: 500,
      })
    ).map((e) => e.id);
    const last = ids.at(-1);
    if (last === undefined) return;
    await db.$transaction(async (tx) => {
      for (const [id, text] of await currentSearchTexts(tx, ids))
        await tx.$executeRaw`UPDATE "Event" SET "searchText" = ${text} WHERE "id" = ${id}`;
    });
    after = last;
  }
}
