// People and organisations, found by any spelling (names and aliases in the
// stored search key), for the pickers and the directory pages.
import "server-only";
import { db } from "../db";
import { searchKey } from "../search/normalize";

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
      _count: { select: { speakerAt: { where: { event: { deletedAt: null } } } } },
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
      _count: { select: { events: { where: { event: { deletedAt: null } } } } },
    },
  });
}

export async function findPerson(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.person.findUnique({
    where: { id },
    select: { id: true, fullName: true, aliases: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}

export async function findOrganization(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.organization.findUnique({
    where: { id },
    select: { id: true, name: true, kind: true, aliases: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}
