// People and organisations, found by any spelling (names and aliases in the
// stored search key), for the pickers and the directory pages. The records are
// national; the event counts beside them are only of events in the caller's
// scope, so a regional user never learns of events they cannot open.
import "server-only";
import { db } from "../db";
import { searchKey } from "../search/normalize";
import type { Scope } from "../domain/scope";

const visibleEvent = (scope: Scope) => ({
  event: { deletedAt: null, ...(scope.regionIds === null ? {} : { regionId: { in: scope.regionIds } }) },
});

const keysOf = (q: string) => searchKey(q).split(" ").filter(Boolean);

export async function searchPeople(scope: Scope, q: string, take = 10) {
  const keys = keysOf(q);
  return db.person.findMany({
    where: { AND: keys.map((k) => ({ searchText: { contains: k } })) },
    orderBy: { fullName: "asc" },
    take,
    select: {
      id: true,
      fullName: true,
      aliases: { select: { name: true } },
      _count: { select: { speakerAt: { where: visibleEvent(scope) } } },
    },
  });
}

export async function searchOrganizations(scope: Scope, q: string, take = 10) {
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
      _count: { select: { events: { where: visibleEvent(scope) } } },
    },
  });
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
