// Sources as their pages, the picker and the API read them. A source is seen
// by whoever may read one of the events citing it (or any, with national
// scope); a source no event cites yet is a plain document anyone signed in
// may see. The events listed are only those in the caller's scope.
import "server-only";
import { db } from "../db";
import { searchKey } from "../search/normalize";
import type { Scope } from "../domain/scope";

export function sourceVisible(scope: Scope, citing: Array<{ regionId: number }>): boolean {
  const { regionIds } = scope;
  return regionIds === null || citing.length === 0 || citing.some((e) => regionIds.includes(e.regionId));
}

const nameFields = { nameEn: true, nameRu: true, nameKk: true } as const;

export async function findSourceForScope(scope: Scope, id: number | null) {
  if (id === null || !Number.isSafeInteger(id) || id <= 0) return null;
  const source = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      language: true,
      outlet: true,
      url: true,
      publishedAt: true,
      version: true,
      createdAt: true,
      events: {
        where: { event: { deletedAt: null } },
        orderBy: { eventId: "asc" },
        select: {
          event: {
            select: {
              id: true,
              title: true,
              date: true,
              datePrecision: true,
              regionId: true,
              createdById: true,
              region: { select: nameFields },
            },
          },
        },
      },
    },
  });
  if (!source) return null;
  const citing = source.events.map((e) => e.event);
  if (!sourceVisible(scope, citing)) return null;
  const { regionIds } = scope;
  const inScope = regionIds === null ? citing : citing.filter((e) => regionIds.includes(e.regionId));
  return { ...source, events: inScope, citingCount: citing.length, citing };
}

/** Sources by title, outlet or URL in any script, for the event form's picker. */
export async function searchSources(scope: Scope, q: string, take = 10) {
  const keys = searchKey(q).split(" ").filter(Boolean);
  if (keys.length === 0) return [];
  const rows = await db.source.findMany({
    where: { AND: keys.map((k) => ({ searchText: { contains: k } })) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: take * 3,
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      events: { where: { event: { deletedAt: null } }, select: { event: { select: { regionId: true } } } },
    },
  });
  return rows
    .filter((r) =>
      sourceVisible(
        scope,
        r.events.map((e) => e.event),
      ),
    )
    .slice(0, take)
    .map(({ events, ...r }) => ({ ...r, citingCount: events.length }));
}
