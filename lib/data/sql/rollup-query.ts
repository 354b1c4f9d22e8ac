// The dashboards' statements over the per-day rollup (EventDayStat, kept by
// triggers: see its migration). A row is (campaign, day, region, district,
// status) with event and audience sums and a count per format and audience
// type, so the default views (campaign, dates, region scope) read a few
// thousand rows instead of every event. A row does not say which of its events
// had which format or audience, so views filtered by those read the same rows
// per facet (EventFacetStat: "f:<format>", "a:<audience type>"); a view that
// no facet answers exactly (several audience types, or a format and an
// audience) uses the statements over raw events instead.
import { sqlDate } from "./dialect";
import { inList, type ResolvedFilters } from "./event-query";
import { AUDIENCE_TYPES, audienceBit, EVENT_FORMATS } from "../../domain/enums";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";

// The enum compared with a literal as it is: a cast of every row's status to
// text cost PostgreSQL half of a facet's by-region sum (15 -> 8 ms at 1M).
export const ROLLUP_HELD = Prisma.sql`"k"."status" = 'held'`;

/** Where a view's per-day rows are read from (alias "k") and which of them. */
export type RollupView = { from: Prisma.Sql; where: Prisma.Sql };

// A facet's key, as the migration's triggers write it.
const formatFacet = (format: string) => `f:${format}`;
const audienceFacet = (type: string) => `a:${type}`;

/**
 * The facets whose rows add up to the view's events: [] for a view without
 * format or audience filters, the formats' facets (an event has one format, so
 * their rows are disjoint), or one audience type's; null when no facet rows
 * add up to it (an event with two audience types is in both facets).
 */
function viewFacets(f: Pick<ResolvedFilters, "formats" | "audiences">): string[] | null {
  const formats = f.formats ?? [];
  const [audience, ...more] = f.audiences ?? [];
  if (audience === undefined) return formats.map(formatFacet);
  return !formats.length && !more.length ? [audienceFacet(audience)] : null;
}

/**
 * The view's conditions on a rollup's columns (`alias`): scope, regions,
 * campaign and, for the per-day rollup, dates and status. Null when the view
 * has a filter that rollup does not key, so only raw events can answer it.
 */
function summaryWhere(dialect: Dialect, f: ResolvedFilters, alias: "k" | "l", perDay: boolean): Prisma.Sql | null {
  const unkeyed = f.districtIds?.length || f.speakerId !== undefined || f.organizationId !== undefined || f.searchKeys;
  if (unkeyed || (!perDay && (f.from || f.to || f.statuses?.length))) return null;
  const col = (name: string) => Prisma.raw(`"${alias}"."${name}"`);
  const c: Prisma.Sql[] = [Prisma.sql`${col("events")} > 0`];
  if (f.scopeRegionIds !== null) c.push(inList(col("regionId"), f.scopeRegionIds));
  if (f.regionIds) c.push(inList(col("regionId"), f.regionIds));
  if (f.campaignId !== undefined) c.push(Prisma.sql`${col("campaignId")} = ${f.campaignId}`);
  if (f.from) c.push(Prisma.sql`${col("day")} >= ${sqlDate(dialect, f.from)}`);
  if (f.to) c.push(Prisma.sql`${col("day")} <= ${sqlDate(dialect, f.to)}`);
  if (f.statuses?.length) c.push(inList(Prisma.sql`CAST(${col("status")} AS TEXT)`, f.statuses));
  return Prisma.join(c, " AND ");
}

/** The rollup's rows a view reads: `plain`, or `faceted` for the view's facets; null when only raw events can answer it. */
function rollupView(f: ResolvedFilters, where: Prisma.Sql | null, alias: "k" | "l", plain: string, faceted: string) {
  const facets = viewFacets(f);
  if (!facets || !where) return null;
  if (!facets.length) return { from: Prisma.raw(`"${plain}" "${alias}"`), where };
  const facet = inList(Prisma.raw(`"${alias}"."facet"`), facets);
  return { from: Prisma.raw(`"${faceted}" "${alias}"`), where: Prisma.sql`${facet} AND ${where}` };
}

/** The per-day rollup's rows for the view (alias "k"), or null when only raw events can answer it. */
export const rollupWhere = (dialect: Dialect, f: ResolvedFilters): RollupView | null =>
  rollupView(f, summaryWhere(dialect, f, "k", true), "k", "EventDayStat", "EventFacetStat");

/** The people/organisation rollup's rows for the view (alias "l"), or null: it has no days. */
export const linkRollupWhere = (dialect: Dialect, f: ResolvedFilters): RollupView | null =>
  rollupView(f, summaryWhere(dialect, f, "l", false), "l", "EventLinkStat", "EventLinkFacetStat");

/** Held events per format and per audience type, as one row of sums. */
export function rollupBreakdownSql(r: RollupView, kind: "format" | "audience"): Prisma.Sql {
  const cols = kind === "format" ? EVENT_FORMATS.map((f) => `f_${f}`) : AUDIENCE_TYPES.map((a) => `a_${a}`);
  return Prisma.sql`SELECT ${Prisma.raw(cols.map((c) => `SUM("k"."${c}") AS "${c.slice(2)}"`).join(", "))} FROM ${r.from} WHERE ${r.where} AND ${ROLLUP_HELD}`;
}

const LINKS: ReadonlyArray<[kind: string, table: string, column: string]> = [
  ["p", "EventSpeaker", "personId"],
  ["o", "EventOrganization", "organizationId"],
];

/**
 * Recomputes all four rollups from the events (bulk loads that switch the
 * triggers off, e.g. the benchmark's generator). Event.audienceMask must be set.
 */
export function rollupRebuildSql(): string[] {
  const n = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  const key = `"campaignId", "day", "regionId", "districtId", "status"`;
  const values = `"events", "audience", "unsized", "estimated", ${EVENT_FORMATS.map((f) => `"f_${f}"`).join(", ")}, ${AUDIENCE_TYPES.map((a) => `"a_${a}"`).join(", ")}`;
  const group = `e."campaignId", e."date", e."regionId", COALESCE(e."districtId", 0), e."status"`;
  const sums = `COUNT(*), COALESCE(SUM(e."audienceSize"), 0), ${n(`e."audienceSize" IS NULL`)}, ${n(`e."audienceEstimate"`)},
      ${EVENT_FORMATS.map((f) => n(`CAST(e."format" AS TEXT) = '${f}'`)).join(", ")},
      ${AUDIENCE_TYPES.map((_, i) => `SUM((e."audienceMask" >> ${i}) & 1)`).join(", ")}`;
  // Each facet as a row: the format it takes, or the audience bit. A facet's rows
  // are written together (ORDER BY), so a view reads few pages of a large table.
  const facets = [
    ...EVENT_FORMATS.map((f) => `SELECT '${formatFacet(f)}' AS "facet", '${f}' AS "fmt", 0 AS "bit"`),
    ...AUDIENCE_TYPES.map((a) => `SELECT '${audienceFacet(a)}', '', ${audienceBit(a)}`),
  ].join(" UNION ALL ");
  return [
    `DELETE FROM "EventDayStat"`,
    `INSERT INTO "EventDayStat"(${key}, ${values})
    SELECT ${group}, ${sums} FROM "Event" e WHERE e."deletedAt" IS NULL GROUP BY ${group}`,
    `DELETE FROM "EventFacetStat"`,
    `INSERT INTO "EventFacetStat"("facet", ${key}, ${values})
    SELECT t."facet", ${group}, ${sums}
    FROM "Event" e JOIN (${facets}) t ON CAST(e."format" AS TEXT) = t."fmt" OR (e."audienceMask" & t."bit") <> 0
    WHERE e."deletedAt" IS NULL GROUP BY t."facet", ${group} ORDER BY t."facet", ${group}`,
    `DELETE FROM "EventLinkStat"`,
    `DELETE FROM "EventLinkFacetStat"`,
    ...LINKS.flatMap(([kind, table, column]) => [
      `INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
      SELECT '${kind}', e."campaignId", e."regionId", l."${column}", COUNT(*) FROM "${table}" l JOIN "Event" e ON e."id" = l."eventId"
      WHERE e."deletedAt" IS NULL AND CAST(e."status" AS TEXT) = 'held' GROUP BY e."campaignId", e."regionId", l."${column}"`,
      `INSERT INTO "EventLinkFacetStat"("kind", "facet", "campaignId", "regionId", "linkId", "events")
      SELECT '${kind}', t."facet", e."campaignId", e."regionId", l."${column}", COUNT(*) FROM "${table}" l JOIN "Event" e ON e."id" = l."eventId"
      JOIN (${facets}) t ON CAST(e."format" AS TEXT) = t."fmt" OR (e."audienceMask" & t."bit") <> 0
      WHERE e."deletedAt" IS NULL AND CAST(e."status" AS TEXT) = 'held'
      GROUP BY t."facet", e."campaignId", e."regionId", l."${column}" ORDER BY t."facet", e."campaignId", e."regionId", l."${column}"`,
    ]),
  ];
}
