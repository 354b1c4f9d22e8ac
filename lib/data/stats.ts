// Dashboard aggregates. Each card or chart is one GROUP BY in the database over
// the same WHERE as the event register (scope, filters, not deleted); nothing is
// added up in JavaScript except rolling days into weeks.
import "server-only";
import { db, dialect } from "../db";
import { Prisma } from "../generated/sqlite/client";
import type { Scope } from "../scope";
import type { EventFilters } from "../schemas/event-filters";
import { resolveFilters } from "./events";
import { eventWhere, type ResolvedFilters } from "./sql/event-query";

const HELD = Prisma.sql`CAST("e"."status" AS TEXT) = 'held'`;
const num = (v: unknown) => Number(v ?? 0);
const day = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

export type StatsQuery = { scope: Scope; filters: EventFilters; regionId?: number };

export async function where(q: StatsQuery, opts: { ignoreDates?: boolean } = {}): Promise<{ sql: Prisma.Sql; resolved: ResolvedFilters }> {
  const resolved = await resolveFilters(q.scope, { ...q.filters, status: [], ...(opts.ignoreDates ? { from: undefined, to: undefined } : {}) });
  if (q.regionId !== undefined) resolved.regionIds = [q.regionId];
  return { sql: eventWhere(dialect, resolved), resolved };
}

/**
 * The KPI statements for a WHERE (exported so the benchmark sends exactly these
 * bare). People and organisations are counted as "has at least one held event
 * in the view" with EXISTS probes on the link indexes: the same number as
 * COUNT(DISTINCT …) over the join, without joining every link row (7.9 s → a
 * fraction at 1M events).
 */
export function kpiStatements(sql: Prisma.Sql, narrow = false): [Prisma.Sql, Prisma.Sql] {
  // For a narrow view (a region or a few) most people have no event in it and
  // EXISTS would scan all their links: counting the few events' links is faster.
  const people = narrow
    ? Prisma.sql`(SELECT COUNT(DISTINCT s."personId") FROM "EventSpeaker" s JOIN "Event" "e" ON "e"."id" = s."eventId" WHERE ${sql} AND ${HELD})`
    : Prisma.sql`(SELECT COUNT(*) FROM "Person" p WHERE EXISTS (
          SELECT 1 FROM "EventSpeaker" s JOIN "Event" "e" ON "e"."id" = s."eventId" WHERE s."personId" = p."id" AND ${sql} AND ${HELD}))`;
  const orgs = narrow
    ? Prisma.sql`(SELECT COUNT(DISTINCT o."organizationId") FROM "EventOrganization" o JOIN "Event" "e" ON "e"."id" = o."eventId" WHERE ${sql} AND ${HELD})`
    : Prisma.sql`(SELECT COUNT(*) FROM "Organization" org WHERE EXISTS (
          SELECT 1 FROM "EventOrganization" o JOIN "Event" "e" ON "e"."id" = o."eventId" WHERE o."organizationId" = org."id" AND ${sql} AND ${HELD}))`;
  return [
    Prisma.sql`
      SELECT CAST("e"."status" AS TEXT) AS "s", COUNT(*) AS "n", SUM("e"."audienceSize") AS "audience",
        SUM(CASE WHEN "e"."audienceSize" IS NULL THEN 1 ELSE 0 END) AS "unsized",
        SUM(CASE WHEN "e"."audienceEstimate" THEN 1 ELSE 0 END) AS "estimated"
      FROM "Event" "e" WHERE ${sql} GROUP BY "e"."status"`,
    Prisma.sql`
      SELECT ${orgs} AS "orgs", ${people} AS "speakers",
        (SELECT COUNT(DISTINCT "e"."districtId") FROM "Event" "e" WHERE ${sql} AND ${HELD}) AS "districts"`,
  ];
}

export async function kpis(q: StatsQuery) {
  const { sql, resolved } = await where(q);
  const narrow = (resolved.regionIds?.length ?? 99) <= 5 || (resolved.scopeRegionIds !== null && resolved.scopeRegionIds.length <= 5);
  const [statusSql, distinctSql] = kpiStatements(sql, narrow);
  const [statusRows, distinctRows] = await Promise.all([
    db.$queryRaw<Array<{ s: string; n: unknown; audience: unknown; unsized: unknown; estimated: unknown }>>(statusSql),
    db.$queryRaw<Array<{ orgs: unknown; speakers: unknown; districts: unknown }>>(distinctSql),
  ]);
  const held = statusRows.find((r) => r.s === "held");
  const d = distinctRows[0];
  return {
    held: num(held?.n),
    planned: num(statusRows.find((r) => r.s === "planned")?.n),
    cancelled: num(statusRows.find((r) => r.s === "cancelled")?.n),
    audience: num(held?.audience),
    unsized: num(held?.unsized),
    estimated: num(held?.estimated),
    organizations: num(d?.orgs),
    speakers: num(d?.speakers),
    districts: num(d?.districts),
  };
}

/** Per region (national view) or per district (one region's view). */
export function byAreaStatement(sql: Prisma.Sql, perDistrict: boolean): Prisma.Sql {
  const key = perDistrict ? Prisma.sql`"e"."districtId"` : Prisma.sql`"e"."regionId"`;
  return Prisma.sql`
    SELECT ${key} AS "k",
      SUM(CASE WHEN ${HELD} THEN 1 ELSE 0 END) AS "held",
      SUM(CASE WHEN CAST("e"."status" AS TEXT) = 'planned' THEN 1 ELSE 0 END) AS "planned",
      SUM(CASE WHEN ${HELD} THEN "e"."audienceSize" ELSE NULL END) AS "audience",
      MAX(CASE WHEN ${HELD} THEN "e"."date" ELSE NULL END) AS "last"
    FROM "Event" "e" WHERE ${sql} GROUP BY ${key}`;
}

export async function byArea(q: StatsQuery) {
  const { sql } = await where(q);
  const rows = await db.$queryRaw<Array<{ k: unknown; held: unknown; planned: unknown; audience: unknown; last: unknown }>>(byAreaStatement(sql, q.regionId !== undefined));
  return rows.map((r) => ({ id: r.k === null ? null : num(r.k), held: num(r.held), planned: num(r.planned), audience: num(r.audience), last: day(r.last) }));
}

/** Held events and audience per day (SQL), rolled into ISO weeks (Monday). */
export async function weekly(q: StatsQuery) {
  const { sql } = await where(q);
  const rows = await db.$queryRaw<Array<{ d: unknown; n: unknown; audience: unknown }>>(Prisma.sql`
    SELECT "e"."date" AS "d", COUNT(*) AS "n", SUM("e"."audienceSize") AS "audience"
    FROM "Event" "e" WHERE ${sql} AND ${HELD} GROUP BY "e"."date" ORDER BY "e"."date"`);
  const weeks = new Map<string, { week: string; events: number; audience: number }>();
  for (const r of rows) {
    const week = weekStart(day(r.d)!);
    const w = weeks.get(week) ?? { week, events: 0, audience: 0 };
    w.events += num(r.n);
    w.audience += num(r.audience);
    weeks.set(week, w);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

export function weekStart(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return monday.toISOString().slice(0, 10);
}

export async function byAudienceType(q: StatsQuery) {
  const { sql } = await where(q);
  const rows = await db.$queryRaw<Array<{ t: string; n: unknown }>>(Prisma.sql`
    SELECT CAST(a."type" AS TEXT) AS "t", COUNT(*) AS "n" FROM "EventAudience" a JOIN "Event" "e" ON "e"."id" = a."eventId"
    WHERE ${sql} AND ${HELD} GROUP BY a."type" ORDER BY COUNT(*) DESC`);
  return rows.map((r) => ({ key: r.t, events: num(r.n) }));
}

export async function byFormat(q: StatsQuery) {
  const { sql } = await where(q);
  const rows = await db.$queryRaw<Array<{ f: string; n: unknown }>>(Prisma.sql`
    SELECT CAST("e"."format" AS TEXT) AS "f", COUNT(*) AS "n" FROM "Event" "e" WHERE ${sql} AND ${HELD} GROUP BY "e"."format" ORDER BY COUNT(*) DESC`);
  return rows.map((r) => ({ key: r.f, events: num(r.n) }));
}

/** Ids most often linked to held events through `table`.`column`, with their counts. */
async function topLinked(q: StatsQuery, table: "EventSpeaker" | "EventOrganization", column: "personId" | "organizationId", limit: number) {
  const { sql } = await where(q);
  const link = Prisma.raw(`"${table}"`);
  const key = Prisma.raw(`l."${column}"`);
  const rows = await db.$queryRaw<Array<{ id: unknown; n: unknown }>>(Prisma.sql`
    SELECT ${key} AS "id", COUNT(*) AS "n" FROM ${link} l JOIN "Event" "e" ON "e"."id" = l."eventId"
    WHERE ${sql} AND ${HELD} GROUP BY ${key} ORDER BY COUNT(*) DESC, ${key} LIMIT ${limit}`);
  return rows.map((r) => ({ id: num(r.id), events: num(r.n) }));
}

export async function topSpeakers(q: StatsQuery, limit = 10) {
  const rows = await topLinked(q, "EventSpeaker", "personId", limit);
  const names = new Map((await db.person.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, fullName: true } })).map((p) => [p.id, p.fullName]));
  return rows.map((r) => ({ ...r, name: names.get(r.id) ?? "" }));
}

export async function topOrganizations(q: StatsQuery, limit = 10) {
  const rows = await topLinked(q, "EventOrganization", "organizationId", limit);
  const names = new Map((await db.organization.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return rows.map((r) => ({ ...r, name: names.get(r.id) ?? "" }));
}

/**
 * Regions and districts with no held event in the last `days` days (the
 * dashboard's campaign, audience and format filters apply; its dates do not),
 * most overdue first: never-visited ones, then the longest ago.
 */
export async function coverageGaps(q: StatsQuery, days: number, today = new Date()) {
  const { sql, resolved } = await where(q, { ignoreDates: true });
  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days));
  const [regions, districts, lastByRegion, lastByDistrict] = await Promise.all([
    db.region.findMany({
      where: q.regionId !== undefined ? { id: q.regionId } : resolved.scopeRegionIds === null ? {} : { id: { in: resolved.scopeRegionIds } },
      select: { id: true, iso: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.district.findMany({
      where: q.regionId !== undefined ? { regionId: q.regionId } : resolved.scopeRegionIds === null ? {} : { regionId: { in: resolved.scopeRegionIds } },
      select: { id: true, regionId: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.$queryRaw<Array<{ k: unknown; last: unknown }>>(Prisma.sql`
      SELECT "e"."regionId" AS "k", MAX("e"."date") AS "last" FROM "Event" "e" WHERE ${sql} AND ${HELD} GROUP BY "e"."regionId"`),
    db.$queryRaw<Array<{ k: unknown; last: unknown }>>(Prisma.sql`
      SELECT "e"."districtId" AS "k", MAX("e"."date") AS "last" FROM "Event" "e" WHERE ${sql} AND ${HELD} AND "e"."districtId" IS NOT NULL GROUP BY "e"."districtId"`),
  ]);
  const lastOf = (rows: Array<{ k: unknown; last: unknown }>) => new Map(rows.map((r) => [num(r.k), day(r.last)]));
  const rl = lastOf(lastByRegion);
  const dl = lastOf(lastByDistrict);
  const overdue = <T extends { last: Date | null }>(xs: T[]) =>
    xs.filter((x) => !x.last || x.last < since).sort((a, b) => (a.last?.getTime() ?? -Infinity) - (b.last?.getTime() ?? -Infinity));
  const regionIso = new Map(regions.map((r) => [r.id, r.iso]));
  return {
    days,
    regions: overdue(regions.map((r) => ({ ...r, last: rl.get(r.id) ?? null }))),
    districts: overdue(districts.map((d) => ({ ...d, iso: regionIso.get(d.regionId) ?? "", last: dl.get(d.id) ?? null }))),
  };
}

/** Everything a dashboard shows, for the page and for /api/stats. */
export async function dashboardData(q: StatsQuery, gapDays: number) {
  const [k, areas, weeks, audiences, formats, speakers, organizations, gaps] = await Promise.all([
    kpis(q),
    byArea(q),
    weekly(q),
    byAudienceType(q),
    byFormat(q),
    topSpeakers(q),
    topOrganizations(q),
    coverageGaps(q, gapDays),
  ]);
  return { kpis: k, areas, weeks, audiences, formats, speakers, organizations, gaps };
}
export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;

