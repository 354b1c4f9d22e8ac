// One page of the flat export (CSV, XLSX) in a single statement: the event
// with its names, and speakers, organisations, audiences and sources
// aggregated by the database. The only difference between the dialects is the
// aggregate function (group_concat vs string_agg); both are tested.
import { bool, date, numOrNull, str } from "./driver-values";
import { pageClauses, type CursorValues, type ResolvedFilters } from "./event-query";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";
import type { Sort } from "../../schemas/event-filters";

const LIST_SEPARATOR = "; ";

/**
 * An ordered, "; "-joined list from a correlated subquery. SQLite orders through
 * an inner subquery: group_concat(… ORDER BY …) needs SQLite 3.44, and the same
 * statement must also run in the system's sqlite3 (Debian 12 ships 3.40).
 */
function listOf(dialect: Dialect, expr: string, from: string, where: string, order: string): string {
  return dialect === "sqlite"
    ? `(SELECT group_concat(v, '${LIST_SEPARATOR}') FROM (SELECT ${expr} AS v FROM ${from} WHERE ${where} ORDER BY ${order}))`
    : `(SELECT string_agg(${expr}, '${LIST_SEPARATOR}' ORDER BY ${order}) FROM ${from} WHERE ${where})`;
}

export function exportSql(
  dialect: Dialect,
  f: ResolvedFilters,
  sort: Sort,
  cursor: CursorValues | null,
  limit: number | null,
): Prisma.Sql {
  const { where, order } = pageClauses(dialect, f, sort, cursor);
  const orgs = (role: string) =>
    listOf(
      dialect,
      `o."name"`,
      `"EventOrganization" eo JOIN "Organization" o ON o."id" = eo."organizationId"`,
      `eo."eventId" = "e"."id" AND CAST(eo."role" AS TEXT) = '${role}'`,
      `o."name"`,
    );
  const audiences = listOf(
    dialect,
    `CAST(a."type" AS TEXT)`,
    `"EventAudience" a`,
    `a."eventId" = "e"."id"`,
    `CAST(a."type" AS TEXT)`,
  );
  const speakers = listOf(
    dialect,
    `p."fullName" || CASE WHEN s."role" IS NULL OR s."role" = '' THEN '' ELSE ' (' || s."role" || ')' END`,
    `"EventSpeaker" s JOIN "Person" p ON p."id" = s."personId"`,
    `s."eventId" = "e"."id"`,
    `s."position"`,
  );
  const sources = listOf(
    dialect,
    `COALESCE(src."url", src."outlet")`,
    `"EventSource" es JOIN "Source" src ON src."id" = es."sourceId"`,
    `es."eventId" = "e"."id" AND COALESCE(src."url", src."outlet") IS NOT NULL`,
    `src."id"`,
  );
  return Prisma.sql`SELECT "e"."id", "e"."version", "e"."date", CAST("e"."datePrecision" AS TEXT) AS "datePrecision", "e"."title",
      CAST("e"."status" AS TEXT) AS "status", CAST("e"."format" AS TEXT) AS "format", "e"."locality", "e"."summary",
      "e"."audienceSize", "e"."audienceEstimate", "e"."regionId",
      c."nameEn" AS "campaignEn", c."nameRu" AS "campaignRu", c."nameKk" AS "campaignKk",
      r."iso" AS "regionIso", r."nameEn" AS "regionEn", r."nameRu" AS "regionRu", r."nameKk" AS "regionKk",
      d."nameEn" AS "districtEn", d."nameRu" AS "districtRu", d."nameKk" AS "districtKk",
      ${Prisma.raw(audiences)} AS "audiences",
      ${Prisma.raw(speakers)} AS "speakers",
      ${Prisma.raw(orgs("host"))} AS "hosts",
      ${Prisma.raw(orgs("participant"))} AS "participants",
      ${Prisma.raw(sources)} AS "sources"
    FROM "Event" "e"
      JOIN "Campaign" c ON c."id" = "e"."campaignId"
      JOIN "Region" r ON r."id" = "e"."regionId"
      LEFT JOIN "District" d ON d."id" = "e"."districtId"
    WHERE ${where} ORDER BY ${order}${limit === null ? Prisma.empty : Prisma.sql` LIMIT ${limit}`}`;
}

export type FlatExportRow = {
  id: number;
  /** With the id, what lets an edited export come back as updates (lib/import). */
  version: number;
  date: Date;
  datePrecision: string;
  title: string;
  status: string;
  format: string;
  locality: string | null;
  summary: string | null;
  audienceSize: number | null;
  audienceEstimate: boolean;
  regionId: number;
  campaign: { nameEn: string; nameRu: string; nameKk: string };
  region: { iso: string; nameEn: string; nameRu: string; nameKk: string };
  district: { nameEn: string; nameRu: string; nameKk: string } | null;
  audiences: string[];
  speakers: string;
  hosts: string;
  participants: string;
  sources: string;
};

type Raw = Record<string, unknown>;

/** Driver values (BigInt, ISO text, 0/1) into one typed row. */
export function toFlatExportRow(r: Raw): FlatExportRow {
  return {
    id: Number(r.id),
    version: Number(r.version),
    date: date(r.date),
    datePrecision: str(r.datePrecision),
    title: str(r.title),
    status: str(r.status),
    format: str(r.format),
    locality: (r.locality as string | null) ?? null,
    summary: (r.summary as string | null) ?? null,
    audienceSize: numOrNull(r.audienceSize),
    audienceEstimate: bool(r.audienceEstimate),
    regionId: Number(r.regionId),
    campaign: { nameEn: str(r.campaignEn), nameRu: str(r.campaignRu), nameKk: str(r.campaignKk) },
    region: { iso: str(r.regionIso), nameEn: str(r.regionEn), nameRu: str(r.regionRu), nameKk: str(r.regionKk) },
    district:
      r.districtEn === null || r.districtEn === undefined
        ? null
        : { nameEn: str(r.districtEn), nameRu: str(r.districtRu), nameKk: str(r.districtKk) },
    audiences: str(r.audiences) ? str(r.audiences).split(LIST_SEPARATOR) : [],
    speakers: str(r.speakers),
    hosts: str(r.hosts),
    participants: str(r.participants),
    sources: str(r.sources),
  };
}
