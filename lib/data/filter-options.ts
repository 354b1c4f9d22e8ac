// What the register's filter form offers, and names for the ids in a URL.
import "server-only";
import { db } from "../db";
import type { Scope } from "../domain/scope";

const names = { nameEn: true, nameRu: true, nameKk: true } as const;

export async function filterOptionsForScope(scope: Scope) {
  const regionWhere = scope.regionIds === null ? {} : { id: { in: scope.regionIds } };
  const [regions, campaigns] = await Promise.all([
    db.region.findMany({
      where: regionWhere,
      orderBy: { iso: "asc" },
      select: {
        id: true,
        iso: true,
        ...names,
        districts: { select: { id: true, kind: true, ...names }, orderBy: { nameEn: "asc" } },
      },
    }),
    db.campaign.findMany({ orderBy: { voteDate: "desc" }, select: { slug: true, voteDate: true, ...names } }),
  ]);
  return { regions, campaigns };
}
export type FilterOptions = Awaited<ReturnType<typeof filterOptionsForScope>>;

/** Display names for the person and organisation ids a view filters on. */
export async function namesForFilterIds(ids: { speaker?: number; organization?: number }) {
  const [person, organization] = await Promise.all([
    ids.speaker ? db.person.findUnique({ where: { id: ids.speaker }, select: { fullName: true } }) : null,
    ids.organization ? db.organization.findUnique({ where: { id: ids.organization }, select: { name: true } }) : null,
  ]);
  return { speaker: person?.fullName, organization: organization?.name };
}
