// Pairs of stored events that may report one meeting: the same region, at
// most three days apart, and a speaker in common — or an organisation in
// common in the same district at most a day apart. The join goes through the
// speaker and organisation links (indexed by person and organisation), so it
// never compares every event with every other. Pairs dismissed before are left out.
// One statement covers the newer events of pairs whose ids lie in [from, below):
// a popular organisation links thousands of events, and pairing all of them
// at once took 15 s at 100,000 events; the caller reads slices, newest first,
// until it has a page.
import { withinDays } from "./dialect";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";

export function duplicatePairsSql(
  dialect: Dialect,
  regionIds: number[] | null,
  ids: { from: number; below: number },
): Prisma.Sql {
  const scope = (e: string) =>
    regionIds === null
      ? Prisma.sql`1 = 1`
      : regionIds.length === 0
        ? Prisma.sql`1 = 0`
        : Prisma.sql`${Prisma.raw(`"${e}"."regionId"`)} IN (${Prisma.join(regionIds)})`;
  const pair = (link: string, key: string, extra: (a: Prisma.Sql, b: Prisma.Sql) => Prisma.Sql) => {
    const a = Prisma.raw(`"e1"`);
    const b = Prisma.raw(`"e2"`);
    return Prisma.sql`
      SELECT "e1"."id" AS "first", "e2"."id" AS "second"
      FROM "Event" "e2"
      JOIN ${Prisma.raw(`"${link}"`)} "l2" ON "l2"."eventId" = "e2"."id"
      JOIN ${Prisma.raw(`"${link}"`)} "l1" ON "l1".${Prisma.raw(`"${key}"`)} = "l2".${Prisma.raw(`"${key}"`)} AND "l1"."eventId" < "e2"."id"
      JOIN "Event" "e1" ON "e1"."id" = "l1"."eventId"
      WHERE "e2"."id" >= ${ids.from} AND "e2"."id" < ${ids.below}
        AND "e1"."deletedAt" IS NULL AND "e2"."deletedAt" IS NULL
        AND "e1"."regionId" = "e2"."regionId" AND ${scope("e1")}
        AND ${extra(a, b)}
        AND NOT EXISTS (SELECT 1 FROM "DuplicateDismissal" "d" WHERE "d"."firstId" = "e1"."id" AND "d"."secondId" = "e2"."id")`;
  };
  const bySpeaker = pair("EventSpeaker", "personId", (a, b) =>
    withinDays(dialect, Prisma.sql`${a}."date"`, Prisma.sql`${b}."date"`, 3),
  );
  const byOrganization = pair(
    "EventOrganization",
    "organizationId",
    (a, b) =>
      Prisma.sql`${a}."districtId" = ${b}."districtId" AND ${withinDays(dialect, Prisma.sql`${a}."date"`, Prisma.sql`${b}."date"`, 1)}`,
  );
  return Prisma.sql`SELECT DISTINCT "first", "second" FROM (${bySpeaker} UNION ${byOrganization}) "p" ORDER BY "second" DESC, "first" DESC`;
}
