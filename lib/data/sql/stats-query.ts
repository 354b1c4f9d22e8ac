// The dashboard's statements: what lib/data/stats.ts sends through the driver,
// and what the benchmark sends bare beside it (the same text, so the comparison
// is of the app's overhead alone).
import { ROLLUP_HELD, type RollupView } from "./rollup-query";
import { Prisma } from "../../generated/sqlite/client";
import type { ResolvedFilters } from "./event-query";

export const HELD = Prisma.sql`"e"."status" = 'held'`;

/**
 * The view's WHERE over raw events (alias "e") and, when they can answer it,
 * over the per-day rollup (alias "k") and the people/organisation rollup (alias "l").
 */
export type StatsView = {
  sql: Prisma.Sql;
  rollup: RollupView | null;
  links: RollupView | null;
  resolved: ResolvedFilters;
};

/**
 * Held/planned/cancelled counts with audience sums, per status, over raw events
 * (the benchmark's bare GROUP BY) or over the rollup.
 */
export function statusStatement(v: Pick<StatsView, "sql" | "rollup">): Prisma.Sql {
  if (v.rollup) {
    return Prisma.sql`
      SELECT CAST("k"."status" AS TEXT) AS "s", SUM("k"."events") AS "n", SUM("k"."audience") AS "audience",
        SUM("k"."unsized") AS "unsized", SUM("k"."estimated") AS "estimated"
      FROM ${v.rollup.from} WHERE ${v.rollup.where} GROUP BY "k"."status"`;
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
      return Prisma.sql`(SELECT COUNT(DISTINCT "l"."linkId") FROM ${v.links.from} WHERE "l"."kind" = ${kind} AND ${v.links.where})`;
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
    ? Prisma.sql`(SELECT COUNT(DISTINCT "k"."districtId") FROM ${v.rollup.from} WHERE ${v.rollup.where} AND ${ROLLUP_HELD} AND "k"."districtId" <> 0)`
    : Prisma.sql`(SELECT COUNT(DISTINCT "e"."districtId") FROM "Event" "e" WHERE ${sql} AND ${HELD})`;
  return Prisma.sql`SELECT ${linked("o")} AS "orgs", ${linked("p")} AS "speakers", ${districts} AS "districts"`;
}

/** The KPI statements over raw events only: what the benchmark sends bare. */
export function kpiStatements(sql: Prisma.Sql, narrow = false): [Prisma.Sql, Prisma.Sql] {
  const raw = { sql, rollup: null, links: null };
  return [statusStatement(raw), distinctStatement(raw, narrow)];
}

/** Per region (national view) or per district (one region's view). */
export function byAreaStatement(sql: Prisma.Sql, perDistrict: boolean): Prisma.Sql {
  const key = perDistrict ? Prisma.sql`"e"."districtId"` : Prisma.sql`"e"."regionId"`;
  return Prisma.sql`
    SELECT ${key} AS "k",
      SUM(CASE WHEN ${HELD} THEN 1 ELSE 0 END) AS "held",
      SUM(CASE WHEN "e"."status" = 'planned' THEN 1 ELSE 0 END) AS "planned",
      SUM(CASE WHEN ${HELD} THEN "e"."audienceSize" ELSE NULL END) AS "audience",
      MAX(CASE WHEN ${HELD} THEN "e"."date" ELSE NULL END) AS "last"
    FROM "Event" "e" WHERE ${sql} GROUP BY ${key}`;
}

export function rollupByAreaStatement(rollup: RollupView, perDistrict: boolean): Prisma.Sql {
  const key = perDistrict ? Prisma.sql`"k"."districtId"` : Prisma.sql`"k"."regionId"`;
  return Prisma.sql`
    SELECT ${key} AS "k",
      SUM(CASE WHEN ${ROLLUP_HELD} THEN "k"."events" ELSE 0 END) AS "held",
      SUM(CASE WHEN "k"."status" = 'planned' THEN "k"."events" ELSE 0 END) AS "planned",
      SUM(CASE WHEN ${ROLLUP_HELD} THEN "k"."audience" ELSE NULL END) AS "audience",
      MAX(CASE WHEN ${ROLLUP_HELD} THEN "k"."day" ELSE NULL END) AS "last"
    FROM ${rollup.from} WHERE ${rollup.where} GROUP BY ${key}`;
}
