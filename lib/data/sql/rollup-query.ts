// The dashboards' statements over the per-day rollup (EventDayStat, kept by
// triggers: see its migration). A row is (campaign, day, region, district,
// status) with event and audience sums and a count per format and audience
// type, so the default views (campaign, dates, region scope) read a few
// thousand rows instead of every event. Views filtered by format or audience
// cannot be answered from it (a row does not say which of its events had
// which), and use the statements over raw events instead.
import { sqlDate } from "./dialect";
import { inList, type ResolvedFilters } from "./event-query";
import { AUDIENCE_TYPES, EVENT_FORMATS } from "../../domain/enums";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";

export const ROLLUP = Prisma.raw(`"EventDayStat" "k"`);
export const ROLLUP_HELD = Prisma.sql`CAST("k"."status" AS TEXT) = 'held'`;

/**
 * The view's conditions on a rollup's columns (`alias`): scope, regions,
 * campaign and, for the per-day rollup, dates and status. Null when the view
 * has a filter that rollup does not key, so only raw events can answer it.
 */
function summaryWhere(dialect: Dialect, f: ResolvedFilters, alias: "k" | "l", perDay: boolean): Prisma.Sql | null {
  const unkeyed =
    f.formats?.length ||
    f.audiences?.length ||
    f.districtIds?.length ||
    f.speakerId !== undefined ||
    f.organizationId !== undefined ||
    f.searchKeys;
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

/** WHERE over the per-day rollup (alias "k"), or null when only raw events can answer the view. */
export const rollupWhere = (dialect: Dialect, f: ResolvedFilters) => summaryWhere(dialect, f, "k", true);

/** WHERE over the people/organisation rollup (alias "l"), or null: it has no days, formats or audiences. */
export const linkRollupWhere = (dialect: Dialect, f: ResolvedFilters) => summaryWhere(dialect, f, "l", false);

/** Held events per format and per audience type, as one row of sums. */
export function rollupBreakdownSql(where: Prisma.Sql, kind: "format" | "audience"): Prisma.Sql {
  const cols = kind === "format" ? EVENT_FORMATS.map((f) => `f_${f}`) : AUDIENCE_TYPES.map((a) => `a_${a}`);
  return Prisma.sql`SELECT ${Prisma.raw(cols.map((c) => `SUM("k"."${c}") AS "${c.slice(2)}"`).join(", "))} FROM ${ROLLUP} WHERE ${where} AND ${ROLLUP_HELD}`;
}

/**
 * Recomputes the whole rollup from the events (bulk loads that switch the
 * triggers off, e.g. the benchmark's generator). Event.audienceMask must be set.
 */
export function rollupRebuildSql(): string[] {
  const n = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  return [
    `DELETE FROM "EventDayStat"`,
    `INSERT INTO "EventDayStat"("campaignId", "day", "regionId", "districtId", "status", "events", "audience", "unsized", "estimated",
      ${EVENT_FORMATS.map((f) => `"f_${f}"`).join(", ")}, ${AUDIENCE_TYPES.map((a) => `"a_${a}"`).join(", ")})
    SELECT "campaignId", "date", "regionId", COALESCE("districtId", 0), "status", COUNT(*), COALESCE(SUM("audienceSize"), 0),
      ${n(`"audienceSize" IS NULL`)}, ${n(`"audienceEstimate"`)},
      ${EVENT_FORMATS.map((f) => n(`CAST("format" AS TEXT) = '${f}'`)).join(", ")},
      ${AUDIENCE_TYPES.map((_, i) => `SUM(("audienceMask" >> ${i}) & 1)`).join(", ")}
    FROM "Event" WHERE "deletedAt" IS NULL GROUP BY "campaignId", "date", "regionId", COALESCE("districtId", 0), "status"`,
    `DELETE FROM "EventLinkStat"`,
    ...(
      [
        ["p", "EventSpeaker", "personId"],
        ["o", "EventOrganization", "organizationId"],
      ] as const
    ).map(
      ([kind, table, column]) => `INSERT INTO "EventLinkStat"("kind", "campaignId", "regionId", "linkId", "events")
      SELECT '${kind}', e."campaignId", e."regionId", l."${column}", COUNT(*) FROM "${table}" l JOIN "Event" e ON e."id" = l."eventId"
      WHERE e."deletedAt" IS NULL AND CAST(e."status" AS TEXT) = 'held' GROUP BY e."campaignId", e."regionId", l."${column}"`,
    ),
  ];
}
