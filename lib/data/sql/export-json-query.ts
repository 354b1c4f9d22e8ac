// The JSON export in one statement, like the flat one: the event with its
// names, and speakers, organisations, audiences and sources aggregated by the
// database as JSON arrays, streamed from the driver. Each row becomes the
// export's nested object as is (codes, and names in the three languages).
import { bool, date, json, numOrNull, str } from "./driver-values";
import { pageClauses, type ResolvedFilters } from "./event-query";
import { audienceList, jsonList } from "./list-query";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";
import type { Sort } from "../../schemas/event-filters";

export function exportJsonSql(dialect: Dialect, f: ResolvedFilters, sort: Sort): Prisma.Sql {
  const { where, order } = pageClauses(dialect, f, sort, null);
  const day = (col: string) => (dialect === "postgres" ? `to_char(${col}, 'YYYY-MM-DD')` : `substr(${col}, 1, 10)`);
  const speakers = jsonList(
    dialect,
    { personId: `p."id"`, name: `p."fullName"`, role: `s."role"`, organization: `so."name"` },
    `"EventSpeaker" s JOIN "Person" p ON p."id" = s."personId" LEFT JOIN "Organization" so ON so."id" = s."organizationId"`,
    `s."eventId" = "e"."id"`,
    `s."position"`,
  );
  const organizations = jsonList(
    dialect,
    { id: `o."id"`, name: `o."name"`, role: `CAST(eo."role" AS TEXT)` },
    `"EventOrganization" eo JOIN "Organization" o ON o."id" = eo."organizationId"`,
    `eo."eventId" = "e"."id"`,
    `CAST(eo."role" AS TEXT), o."name"`,
  );
  const audiences = audienceList(dialect);
  const sources = jsonList(
    dialect,
    { url: `src."url"`, outlet: `src."outlet"`, publishedAt: day(`src."publishedAt"`) },
    `"EventSource" es JOIN "Source" src ON src."id" = es."sourceId"`,
    `es."eventId" = "e"."id"`,
    `src."id"`,
  );
  return Prisma.sql`SELECT "e"."id", "e"."title", "e"."date", CAST("e"."datePrecision" AS TEXT) AS "datePrecision",
      CAST("e"."status" AS TEXT) AS "status", CAST("e"."format" AS TEXT) AS "format", "e"."locality", "e"."summary",
      "e"."audienceSize", "e"."audienceEstimate",
      c."slug" AS "campaignSlug", c."nameEn" AS "campaignEn", c."nameRu" AS "campaignRu", c."nameKk" AS "campaignKk",
      r."iso" AS "regionIso", r."nameEn" AS "regionEn", r."nameRu" AS "regionRu", r."nameKk" AS "regionKk",
      d."id" AS "districtId", d."nameEn" AS "districtEn", d."nameRu" AS "districtRu", d."nameKk" AS "districtKk",
      ${Prisma.raw(audiences)} AS "audiences", ${Prisma.raw(speakers)} AS "speakers",
      ${Prisma.raw(organizations)} AS "organizations", ${Prisma.raw(sources)} AS "sources"
    FROM "Event" "e"
      JOIN "Campaign" c ON c."id" = "e"."campaignId"
      JOIN "Region" r ON r."id" = "e"."regionId"
      LEFT JOIN "District" d ON d."id" = "e"."districtId"
    WHERE ${where} ORDER BY ${order}`;
}

const names = (r: Record<string, unknown>, prefix: string) => ({
  en: str(r[`${prefix}En`]),
  ru: str(r[`${prefix}Ru`]),
  kk: str(r[`${prefix}Kk`]),
});

/** One row of the statement as the JSON export's event object. */
export function toJsonExportEvent(r: Record<string, unknown>) {
  return {
    id: Number(r.id),
    title: str(r.title),
    date: date(r.date).toISOString().slice(0, 10),
    datePrecision: str(r.datePrecision),
    status: str(r.status),
    campaign: { slug: str(r.campaignSlug), name: names(r, "campaign") },
    region: { code: str(r.regionIso), name: names(r, "region") },
    district:
      r.districtId === null || r.districtId === undefined
        ? null
        : { id: Number(r.districtId), name: names(r, "district") },
    locality: (r.locality as string | null) ?? null,
    format: str(r.format),
    audienceTypes: (json(r.audiences) as Array<{ type: string }>).map((a) => a.type),
    audienceSize: numOrNull(r.audienceSize),
    audienceEstimate: bool(r.audienceEstimate),
    speakers: json(r.speakers) as Array<{
      personId: number;
      name: string;
      role: string | null;
      organization: string | null;
    }>,
    organizations: json(r.organizations) as Array<{ id: number; name: string; role: string }>,
    summary: (r.summary as string | null) ?? null,
    sources: json(r.sources) as Array<{ url: string | null; outlet: string | null; publishedAt: string | null }>,
  };
}
export type JsonExportEvent = ReturnType<typeof toJsonExportEvent>;
