// Dashboard aggregates. Each card or chart is one GROUP BY in the database over
// the same filters as the event register (scope, filters, not deleted): over the
// per-day rollup (EventDayStat) when the view allows it, over raw events when it
// is filtered by format or audience. Nothing is added up in JavaScript except
// rolling days into weeks.
import "server-only";
import { db, dialect } from "../db";
import { queryRows } from "../db-client";
import { resolveFilters } from "./events";
import { dateOrNull } from "./sql/driver-values";
import { eventWhere, type ResolvedFilters } from "./sql/event-query";
import { linkRollupWhere, ROLLUP, ROLLUP_HELD, rollupBreakdownSql, rollupWhere } from "./sql/rollup-query";
import { Prisma } from "../generated/sqlite/client";
import type { EventFilters } from "../schemas/event-filters";
import type { Scope } from "../scope";

const HELD = Prisma.sql`CAST("e"."status" AS TEXT) = 'held'`;
const num = (v: unknown) => Number(v ?? 0);
const day = dateOrNull;
type Row = Record<string, unknown>;

export type StatsQuery = { scope: Scope; filters: EventFilters; regionId?: number };
/**
 * The view's WHERE over raw events (alias "e") and, when they can answer it,
 * over the per-day rollup (alias "k") and the people/organisation rollup (alias "l").
 */
export type StatsView = {
  sql: Prisma.Sql;
  rollup: Prisma.Sql | null;
  links: Prisma.Sql | null;
  resolved: ResolvedFilters;
};

export async function where(q: StatsQuery, opts: { ignoreDates?: boolean } = {}): Promise<StatsView> {
  const resolved = await resolveFilters(q.scope, {
    ...q.filters,
    status: [],
    ...(opts.ignoreDates ? { from: undefined, to: undefined } : {}),
  });
  if (q.regionId !== undefined) resolved.regionIds = [q.regionId];
  return {
    sql: eventWhere(dialect, resolved),
    rollup: rollupWhere(dialect, resolved),
    links: linkRollupWhere(dialect, resolved),
    resolved,
  };
}

/**
 * Held/planned/cancelled counts with audience sums, per status, over raw events
 * (the benchmark's bare GROUP BY) or over the rollup.
 */
export function statusStatement(v: Pick<StatsView, "sql" | "rollup">): Prisma.Sql {
  if (v.rollup) {
    return Prisma.sql`
      SELECT CAST("k"."status" AS TEXT) AS "s", SUM("k"."events") AS "n", SUM("k"."audience") AS "audience",
        SUM("k"."unsized") AS "unsized", SUM("k"."estimated") AS "estimated"
      FROM ${ROLLUP} WHERE ${v.rollup} GROUP BY "k"."status"`;
  }
  return Prisma.sql`
    SELECT CAST("e"."status" AS TEXT) AS "s", COUNT(*) AS "n", SUM("e"."audienceSize") AS "audience",
      SUM(CASE WHEN "e"."audienceSize" IS NULL THEN 1 ELSE 0 END) AS "unsized",
      SUM(CASE WHEN "e"."audienceEstimate" THEN 1 ELSE 0 END) AS "estimated"
    FROM "Event" "e" WHERE ${v.sql} GROUP BY "e"."status"`;
}

/**
 * People, organisations and districts with at least one held event in the view.
 * People and organisations are counted with EXISTS probes on the link indexes:
 * the same number as COUNT(DISTINCT …) over the join, without joining every
 * link row (7.9 s → a fraction at 1M events). For a narrow view (a region or a
 * few) most people have no event in it and EXISTS would scan all their links:
 * counting the few events' links is faster there.
 */
export function distinctStatement(v: Pick<StatsView, "sql" | "rollup" | "links">, narrow = false): Prisma.Sql {
  const sql = v.sql;
  // Distinct speakers ("p") or organisations ("o") with a held event in the view.
  const linked = (kind: "p" | "o") => {
    if (v.links)
      return Prisma.sql`(SELECT COUNT(DISTINCT "l"."linkId") FROM "EventLinkStat" "l" WHERE "l"."kind" = ${kind} AND ${v.links})`;
    const [link, column, entity] =
      kind === "p"
        ? ['"EventSpeaker"', '"personId"', '"Person"']
        : ['"EventOrganization"', '"organizationId"', '"Organization"'];
    const from = Prisma.raw(`${link} x JOIN "Event" "e" ON "e"."id" = x."eventId"`);
    const key = Prisma.raw(`x.${column}`);
    return narrow
      ? Prisma.sql`(SELECT COUNT(DISTINCT ${key}) FROM ${from} WHERE ${sql} AND ${HELD})`
      : Prisma.sql`(SELECT COUNT(*) FROM ${Prisma.raw(entity)} it WHERE EXISTS (SELECT 1 FROM ${from} WHERE ${key} = it."id" AND ${sql} AND ${HELD}))`;
  };
  const districts = v.rollup
    ? Prisma.sql`(SELECT COUNT(DISTINCT "k"."districtId") FROM ${ROLLUP} WHERE ${v.rollup} AND ${ROLLUP_HELD} AND "k"."districtId" <> 0)`
    : Prisma.sql`(SELECT COUNT(DISTINCT "e"."districtId") FROM "Event" "e" WHERE ${sql} AND ${HELD})`;
  return Prisma.sql`SELECT ${linked("o")} AS "orgs", ${linked("p")} AS "speakers", ${districts} AS "districts"`;
}

/** The KPI statements over raw events only: what the benchmark sends bare. */
export function kpiStatements(sql: Prisma.Sql, narrow = false): [Prisma.Sql, Prisma.Sql] {
  const raw = { sql, rollup: null, links: null };
  return [statusStatement(raw), distinctStatement(raw, narrow)];
}

export async function kpis(q: StatsQuery) {
  const v = await where(q);
  const { resolved } = v;
  const narrow =
    (resolved.regionIds?.length ?? 99) <= 5 ||
    (resolved.scopeRegionIds !== null && resolved.scopeRegionIds.length <= 5);
  const [statusRows, distinctRows] = await Promise.all([
    queryRows(statusStatement(v)),
    queryRows(distinctStatement(v, narrow)),
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

function rollupByAreaStatement(rollup: Prisma.Sql, perDistrict: boolean): Prisma.Sql {
  const key = perDistrict ? Prisma.sql`"k"."districtId"` : Prisma.sql`"k"."regionId"`;
  return Prisma.sql`
    SELECT ${key} AS "k",
      SUM(CASE WHEN ${ROLLUP_HELD} THEN "k"."events" ELSE 0 END) AS "held",
      SUM(CASE WHEN CAST("k"."status" AS TEXT) = 'planned' THEN "k"."events" ELSE 0 END) AS "planned",
      SUM(CASE WHEN ${ROLLUP_HELD} THEN "k"."audience" ELSE NULL END) AS "audience",
      MAX(CASE WHEN ${ROLLUP_HELD} THEN "k"."day" ELSE NULL END) AS "last"
    FROM ${ROLLUP} WHERE ${rollup} GROUP BY ${key}`;
}

export async function byArea(q: StatsQuery) {
  const v = await where(q);
  const perDistrict = q.regionId !== undefined;
  const rows = await queryRows(
    v.rollup ? rollupByAreaStatement(v.rollup, perDistrict) : byAreaStatement(v.sql, perDistrict),
  );
  // The rollup keys "no district" as 0.
  const id = (k: unknown) => (k === null || (v.rollup && perDistrict && num(k) === 0) ? null : num(k));
  return rows.map((r) => ({
    id: id(r.k),
    held: num(r.held),
    planned: num(r.planned),
    audience: num(r.audience),
    last: day(r.last),
  }));
}

/** Held events and audience per day (SQL), rolled into ISO weeks (Monday). */
export async function weekly(q: StatsQuery) {
  const v = await where(q);
  const rows = await queryRows(
    v.rollup
      ? Prisma.sql`SELECT "k"."day" AS "d", SUM("k"."events") AS "n", SUM("k"."audience") AS "audience"
          FROM ${ROLLUP} WHERE ${v.rollup} AND ${ROLLUP_HELD} GROUP BY "k"."day" ORDER BY "k"."day"`
      : Prisma.sql`SELECT "e"."date" AS "d", COUNT(*) AS "n", SUM("e"."audienceSize") AS "audience"
          FROM "Event" "e" WHERE ${v.sql} AND ${HELD} GROUP BY "e"."date" ORDER BY "e"."date"`,
  );
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

/** The rollup's one row of per-key sums as [{ key, events }], biggest first, empty keys left out. */
function breakdownOf(row: Row | undefined) {
  return Object.entries(row ?? {})
    .map(([key, n]) => ({ key, events: num(n) }))
    .filter((x) => x.events > 0)
    .sort((a, b) => b.events - a.events || a.key.localeCompare(b.key));
}

export async function byAudienceType(q: StatsQuery) {
  const v = await where(q);
  if (v.rollup) return breakdownOf((await queryRows(rollupBreakdownSql(v.rollup, "audience")))[0]);
  const rows = await queryRows(Prisma.sql`
    SELECT CAST(a."type" AS TEXT) AS "t", COUNT(*) AS "n" FROM "EventAudience" a JOIN "Event" "e" ON "e"."id" = a."eventId"
    WHERE ${v.sql} AND ${HELD} GROUP BY a."type" ORDER BY COUNT(*) DESC`);
  return rows.map((r) => ({ key: String(r.t), events: num(r.n) }));
}

export async function byFormat(q: StatsQuery) {
  const v = await where(q);
  if (v.rollup) return breakdownOf((await queryRows(rollupBreakdownSql(v.rollup, "format")))[0]);
  const rows = await queryRows(Prisma.sql`
    SELECT CAST("e"."format" AS TEXT) AS "f", COUNT(*) AS "n" FROM "Event" "e" WHERE ${v.sql} AND ${HELD} GROUP BY "e"."format" ORDER BY COUNT(*) DESC`);
  return rows.map((r) => ({ key: String(r.f), events: num(r.n) }));
}

/** Ids most often linked to held events through `table`.`column`, with their counts. */
async function topLinked(
  q: StatsQuery,
  table: "EventSpeaker" | "EventOrganization",
  column: "personId" | "organizationId",
  limit: number,
) {
  const { sql, links } = await where(q);
  if (links) {
    const rows = await queryRows(Prisma.sql`
      SELECT "l"."linkId" AS "id", SUM("l"."events") AS "n" FROM "EventLinkStat" "l"
      WHERE "l"."kind" = ${table === "EventSpeaker" ? "p" : "o"} AND ${links} GROUP BY "l"."linkId" ORDER BY SUM("l"."events") DESC, "l"."linkId" LIMIT ${limit}`);
    return rows.map((r) => ({ id: num(r.id), events: num(r.n) }));
  }
  const link = Prisma.raw(`"${table}"`);
  const key = Prisma.raw(`l."${column}"`);
  const rows = await queryRows(Prisma.sql`
    SELECT ${key} AS "id", COUNT(*) AS "n" FROM ${link} l JOIN "Event" "e" ON "e"."id" = l."eventId"
    WHERE ${sql} AND ${HELD} GROUP BY ${key} ORDER BY COUNT(*) DESC, ${key} LIMIT ${limit}`);
  return rows.map((r) => ({ id: num(r.id), events: num(r.n) }));
}

export async function topSpeakers(q: StatsQuery, limit = 10) {
  const rows = await topLinked(q, "EventSpeaker", "personId", limit);
  const names = new Map(
    (
      await db.person.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, fullName: true } })
    ).map((p) => [p.id, p.fullName]),
  );
  return rows.map((r) => ({ ...r, name: names.get(r.id) ?? "" }));
}

export async function topOrganizations(q: StatsQuery, limit = 10) {
  const rows = await topLinked(q, "EventOrganization", "organizationId", limit);
  const names = new Map(
    (
      await db.organization.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, name: true } })
    ).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({ ...r, name: names.get(r.id) ?? "" }));
}

/**
 * Regions and districts with no held event in the last `days` days (the
 * dashboard's campaign, audience and format filters apply; its dates do not),
 * most overdue first: never-visited ones, then the longest ago.
 */
export async function coverageGaps(q: StatsQuery, days: number, today = new Date()) {
  const { sql, rollup, resolved } = await where(q, { ignoreDates: true });
  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days));
  const [regions, districts, lastByRegion, lastByDistrict] = await Promise.all([
    db.region.findMany({
      where:
        q.regionId !== undefined
          ? { id: q.regionId }
          : resolved.scopeRegionIds === null
            ? {}
            : { id: { in: resolved.scopeRegionIds } },
      select: { id: true, iso: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    db.district.findMany({
      where:
        q.regionId !== undefined
          ? { regionId: q.regionId }
          : resolved.scopeRegionIds === null
            ? {}
            : { regionId: { in: resolved.scopeRegionIds } },
      select: { id: true, regionId: true, nameEn: true, nameRu: true, nameKk: true },
    }),
    queryRows(
      rollup
        ? Prisma.sql`SELECT "k"."regionId" AS "k", MAX("k"."day") AS "last" FROM ${ROLLUP} WHERE ${rollup} AND ${ROLLUP_HELD} GROUP BY "k"."regionId"`
        : Prisma.sql`SELECT "e"."regionId" AS "k", MAX("e"."date") AS "last" FROM "Event" "e" WHERE ${sql} AND ${HELD} GROUP BY "e"."regionId"`,
    ),
    queryRows(
      rollup
        ? Prisma.sql`SELECT "k"."districtId" AS "k", MAX("k"."day") AS "last" FROM ${ROLLUP}
            WHERE ${rollup} AND ${ROLLUP_HELD} AND "k"."districtId" <> 0 GROUP BY "k"."districtId"`
        : Prisma.sql`SELECT "e"."districtId" AS "k", MAX("e"."date") AS "last" FROM "Event" "e"
            WHERE ${sql} AND ${HELD} AND "e"."districtId" IS NOT NULL GROUP BY "e"."districtId"`,
    ),
  ]);
  const lastOf = (rows: Row[]) => new Map(rows.map((r) => [num(r.k), day(r.last)]));
  const rl = lastOf(lastByRegion);
  const dl = lastOf(lastByDistrict);
  const overdue = <T extends { last: Date | null }>(xs: T[]) =>
    xs
      .filter((x) => !x.last || x.last < since)
      .sort((a, b) => (a.last?.getTime() ?? -Infinity) - (b.last?.getTime() ?? -Infinity));
  const regionIso = new Map(regions.map((r) => [r.id, r.iso]));
  return {
    days,
    regions: overdue(regions.map((r) => ({ ...r, last: rl.get(r.id) ?? null }))),
    districts: overdue(
      districts.map((d) => ({ ...d, iso: regionIso.get(d.regionId) ?? "", last: dl.get(d.id) ?? null })),
    ),
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
