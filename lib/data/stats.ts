// Dashboard aggregates: each is one GROUP BY in the database.
import "server-only";
import { db } from "../db";
import type { Scope } from "../scope";
import { eventScopeWhere } from "./scope";

export async function statusTotals(scope: Scope) {
  const rows = await db.event.groupBy({
    by: ["status"],
    where: eventScopeWhere(scope),
    _count: { _all: true },
    _sum: { audienceSize: true },
  });
  const unsized = await db.event.count({ where: { ...eventScopeWhere(scope), status: "held", audienceSize: null } });
  const of = (s: string) => rows.find((r) => r.status === s);
  return {
    held: of("held")?._count._all ?? 0,
    planned: of("planned")?._count._all ?? 0,
    audience: of("held")?._sum.audienceSize ?? 0,
    unsized,
  };
}

export async function heldByRegion(scope: Scope) {
  const [rows, regions] = await Promise.all([
    db.event.groupBy({
      by: ["regionId"],
      where: { ...eventScopeWhere(scope), status: "held" },
      _count: { _all: true },
      _sum: { audienceSize: true },
      _max: { date: true },
    }),
    db.region.findMany({
      where: scope.regionIds === null ? {} : { id: { in: scope.regionIds } },
      select: { id: true, iso: true, nameEn: true, nameRu: true, nameKk: true },
      orderBy: { iso: "asc" },
    }),
  ]);
  return regions.map((r) => {
    const row = rows.find((x) => x.regionId === r.id);
    return { ...r, events: row?._count._all ?? 0, audience: row?._sum.audienceSize ?? 0, lastDate: row?._max.date ?? null };
  });
}
