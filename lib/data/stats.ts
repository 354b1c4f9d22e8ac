// Dashboard aggregates. Each card or chart is one GROUP BY in the database over
// the same filters as the event register (scope, filters, not deleted): over the
// per-day rollups (EventDayStat, or EventFacetStat for a format or audience
// filter) when the view allows it, over raw events when it does not. Nothing is
// added up in JavaScript except rolling days into weeks.
import "server-only";
import { db, dialect, queryRows } from "../db";
import { resolveFilters } from "./events";
import { dateOrNull } from "./sql/driver-values";
import { eventWhere } from "./sql/event-query";
import { linkRollupWhere, ROLLUP_HELD, rollupBreakdownSql, rollupWhere } from "./sql/rollup-query";
import {
  byAreaStatement,
  distinctStatement,
  HELD,
  rollupByAreaStatement,
  statusStatement,
  type StatsView,
} from "./sql/stats-query";
import { today as todayIn } from "../domain/clock";
import { Prisma } from "../generated/sqlite/client";
import type { Scope } from "../domain/scope";
import type { EventFilters } from "../schemas/event-filters";

const num = (v: unknown) => Number(v ?? 0);
const day = dateOrNull;
type Row = Record<string, unknown>;

export type StatsQuery = { scope: Scope; filters: EventFilters; regionId?: number };
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
          FROM ${v.rollup.from} WHERE ${v.rollup.where} AND ${ROLLUP_HELD} GROUP BY "k"."day" ORDER BY "k"."day"`
      : Prisma.sql`SELECT "e"."date" AS "d", COUNT(*) AS "n", SUM("e"."audienceSize") AS "audience"
          FROM "Event" "e" WHERE ${v.sql} AND ${HELD} GROUP BY "e"."date" ORDER BY "e"."date"`,
  );
  const weeks = new Map<string, { week: string; events: number; audience: number }>();
  for (const r of rows) {
    const d = day(r.d);
    if (!d) continue;
    const week = weekStart(d);
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
      SELECT "l"."linkId" AS "id", SUM("l"."events") AS "n" FROM ${links.from}
      WHERE "l"."kind" = ${table === "EventSpeaker" ? "p" : "o"} AND ${links.where} GROUP BY "l"."linkId" ORDER BY SUM("l"."events") DESC, "l"."linkId" LIMIT ${limit}`);
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
export async function coverageGaps(q: StatsQuery, days: number, today = todayIn()) {
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
        ? Prisma.sql`SELECT "k"."regionId" AS "k", MAX("k"."day") AS "last" FROM ${rollup.from} WHERE ${rollup.where} AND ${ROLLUP_HELD} GROUP BY "k"."regionId"`
        : Prisma.sql`SELECT "e"."regionId" AS "k", MAX("e"."date") AS "last" FROM "Event" "e" WHERE ${sql} AND ${HELD} GROUP BY "e"."regionId"`,
    ),
    queryRows(
      rollup
        ? Prisma.sql`SELECT "k"."districtId" AS "k", MAX("k"."day") AS "last" FROM ${rollup.from}
            WHERE ${rollup.where} AND ${ROLLUP_HELD} AND "k"."districtId" <> 0 GROUP BY "k"."districtId"`
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
