// One page of the register as the list shows it, in a single statement: the
// event with its region and district names, and its speakers, hosts and
// audiences aggregated by the database (JSON arrays for the linked ones, so
// their ids come along for the "filter by" links). The dialects differ only in
// the aggregate functions; both are tested.
import { bool, date, json, numOrNull, str } from "./driver-values";
import { bestMatchClauses, pageClauses, type CursorValues, type ResolvedFilters } from "./event-query";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";
import type { DatePrecision, EventStatus } from "../../generated/sqlite/enums";
import type { Sort } from "../../schemas/event-filters";

/** A JSON array of objects from a correlated subquery, in `order`. */
export function jsonList(
  dialect: Dialect,
  fields: Record<string, string>,
  from: string,
  where: string,
  order: string,
): string {
  const pairs = Object.entries(fields);
  if (dialect === "postgres") {
    const obj = `json_build_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(", ")})`;
    return `(SELECT COALESCE(json_agg(${obj} ORDER BY ${order}), '[]'::json) FROM ${from} WHERE ${where})`;
  }
  // SQLite aggregates in the order of an ordered inner subquery.
  const inner = pairs.map(([k, v]) => `${v} AS "${k}"`).join(", ");
  const obj = `json_object(${pairs.map(([k]) => `'${k}', "${k}"`).join(", ")})`;
  return `(SELECT json_group_array(${obj}) FROM (SELECT ${inner} FROM ${from} WHERE ${where} ORDER BY ${order}))`;
}

/** The event's audience types as a JSON array of {type}, in a stable order. */
export const audienceList = (dialect: Dialect) =>
  jsonList(
    dialect,
    { type: `CAST(a."type" AS TEXT)` },
    `"EventAudience" a`,
    `a."eventId" = "e"."id"`,
    `CAST(a."type" AS TEXT)`,
  );

export function listPageSql(
  dialect: Dialect,
  f: ResolvedFilters,
  sort: Sort,
  cursor: CursorValues | null,
  limit: number,
): Prisma.Sql {
  const { where, order, rank } = pageClauses(dialect, f, sort, cursor);
  return listSql(dialect, { from: Prisma.sql`"Event" "e"`, where, order, rank }, limit);
}

/**
 * A relevance page from its best matches among the newest events
 * (bestMatchClauses), or null when the view cannot take that shortcut.
 * Fewer than `limit` rows back means the page must be ranked in full.
 */
export function listBestMatchesSql(
  dialect: Dialect,
  f: ResolvedFilters,
  cursor: CursorValues | null,
  limit: number,
  window?: number,
): Prisma.Sql | null {
  const clauses = bestMatchClauses(dialect, f, cursor, window);
  return clauses && listSql(dialect, clauses, limit);
}

type Clauses = { from: Prisma.Sql; where: Prisma.Sql; order: Prisma.Sql; rank: Prisma.Sql | null };

function listSql(dialect: Dialect, { from, where, order, rank }: Clauses, limit: number): Prisma.Sql {
  const speakers = jsonList(
    dialect,
    { id: `p."id"`, name: `p."fullName"`, role: `s."role"` },
    `"EventSpeaker" s JOIN "Person" p ON p."id" = s."personId"`,
    `s."eventId" = "e"."id"`,
    `s."position"`,
  );
  const hosts = jsonList(
    dialect,
    { id: `o."id"`, name: `o."name"` },
    `"EventOrganization" eo JOIN "Organization" o ON o."id" = eo."organizationId"`,
    `eo."eventId" = "e"."id" AND CAST(eo."role" AS TEXT) = 'host'`,
    `o."name"`,
  );
  const audiences = audienceList(dialect);
  return Prisma.sql`SELECT "e"."id", "e"."regionId", "e"."title", "e"."date", CAST("e"."datePrecision" AS TEXT) AS "datePrecision",
      CAST("e"."status" AS TEXT) AS "status", "e"."audienceSize", "e"."audienceEstimate",
      r."iso" AS "regionIso", r."nameEn" AS "regionEn", r."nameRu" AS "regionRu", r."nameKk" AS "regionKk",
      d."id" AS "districtId", d."nameEn" AS "districtEn", d."nameRu" AS "districtRu", d."nameKk" AS "districtKk",
      ${Prisma.raw(speakers)} AS "speakers", ${Prisma.raw(hosts)} AS "hosts", ${Prisma.raw(audiences)} AS "audiences",
      ${rank ?? Prisma.sql`NULL`} AS "rank"
    FROM ${from}
      JOIN "Region" r ON r."id" = "e"."regionId"
      LEFT JOIN "District" d ON d."id" = "e"."districtId"
    WHERE ${where} ORDER BY ${order} LIMIT ${limit}`;
}

type Names = { nameEn: string; nameRu: string; nameKk: string };
export type ListRow = {
  id: number;
  regionId: number;
  title: string;
  date: Date;
  datePrecision: DatePrecision;
  status: EventStatus;
  audienceSize: number | null;
  audienceEstimate: boolean;
  region: { iso: string } & Names;
  district: ({ id: number } & Names) | null;
  speakers: Array<{ id: number; name: string; role: string | null }>;
  hosts: Array<{ id: number; name: string }>;
  audiences: string[];
};

/** Driver values (BigInt, ISO text, 0/1, JSON text) into one typed row. */
export function toListRow(r: Record<string, unknown>): ListRow {
  return {
    id: Number(r.id),
    regionId: Number(r.regionId),
    title: str(r.title),
    date: date(r.date),
    datePrecision: str(r.datePrecision) as DatePrecision,
    status: str(r.status) as EventStatus,
    audienceSize: numOrNull(r.audienceSize),
    audienceEstimate: bool(r.audienceEstimate),
    region: { iso: str(r.regionIso), nameEn: str(r.regionEn), nameRu: str(r.regionRu), nameKk: str(r.regionKk) },
    district:
      r.districtId === null || r.districtId === undefined
        ? null
        : { id: Number(r.districtId), nameEn: str(r.districtEn), nameRu: str(r.districtRu), nameKk: str(r.districtKk) },
    speakers: json(r.speakers) as ListRow["speakers"],
    hosts: json(r.hosts) as ListRow["hosts"],
    audiences: (json(r.audiences) as Array<{ type: string }>).map((a) => a.type),
  };
}
