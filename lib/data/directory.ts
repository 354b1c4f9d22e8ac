// People and organisations, found by any spelling (names and aliases in the
// stored search key), for the pickers and the directory pages. The records are
// national; the event counts beside them are only of events in the caller's
// scope, so a regional user never learns of events they cannot open.
import "server-only";
import { db, queryRows } from "../db";
import { Prisma } from "../generated/sqlite/client";
import { searchKey } from "../search/normalize";
import type { Scope } from "../domain/scope";

const keysOf = (q: string) => searchKey(q).split(" ").filter(Boolean);

export async function searchPeople(q: string, take = 10) {
  const keys = keysOf(q);
  return db.person.findMany({
    where: { AND: keys.map((k) => ({ searchText: { contains: k } })) },
    orderBy: { fullName: "asc" },
    take,
    select: {
      id: true,
      fullName: true,
      aliases: { select: { name: true } },
    },
  });
}

export async function searchOrganizations(q: string, take = 10) {
  const keys = keysOf(q);
  return db.organization.findMany({
    where: { AND: keys.map((k) => ({ searchText: { contains: k } })) },
    orderBy: { name: "asc" },
    take,
    select: {
      id: true,
      name: true,
      kind: true,
      aliases: { select: { name: true } },
    },
  });
}

/**
 * How many events in the caller's scope name each of `ids` as speaker (people)
 * or organisation. Counted for the listed records only: counting every
 * record's links and keeping a page of them cost 240 ms at 100,000 events.
 */
export async function eventCounts(scope: Scope, kind: "people" | "organizations", ids: number[]) {
  if (ids.length === 0) return new Map<number, number>();
  const [link, key] =
    kind === "people" ? ['"EventSpeaker"', '"personId"'] : ['"EventOrganization"', '"organizationId"'];
  const rows = await queryRows(Prisma.sql`
    SELECT l.${Prisma.raw(key)} AS "id", COUNT(*) AS "n" FROM ${Prisma.raw(link)} l JOIN "Event" "e" ON "e"."id" = l."eventId"
    WHERE l.${Prisma.raw(key)} IN (${Prisma.join(ids)}) AND "e"."deletedAt" IS NULL
      AND ${scope.regionIds === null ? Prisma.sql`1 = 1` : scope.regionIds.length ? Prisma.sql`"e"."regionId" IN (${Prisma.join(scope.regionIds)})` : Prisma.sql`1 = 0`}
    GROUP BY l.${Prisma.raw(key)}`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

export async function findPerson(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.person.findUnique({
    where: { id },
    select: { id: true, fullName: true, version: true, aliases: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}

export async function findOrganization(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      version: true,
      aliases: { select: { name: true }, orderBy: { name: "asc" } },
    },
  });
}
