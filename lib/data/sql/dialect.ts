// The only place where SQL differs between SQLite and PostgreSQL. Both versions
// of each fragment are exercised by the integration tests on both databases.
import { Prisma } from "../../generated/sqlite/client";
import { SEARCH_RANK_MARK } from "../../search/event-search-text";
import type { Dialect } from "../../db-url";

/** A DateTime value as the column stores it (ISO text on SQLite, timestamp on PostgreSQL). */
export function sqlDate(dialect: Dialect, d: Date): Prisma.Sql {
  const iso = d.toISOString();
  return dialect === "sqlite"
    ? Prisma.sql`${iso.replace("Z", "+00:00")}`
    : Prisma.sql`CAST(${iso.replace("T", " ").replace("Z", "")} AS timestamp)`;
}

/**
 * Events whose search text contains every key. Keys of 3+ characters match
 * anywhere, through the trigram index (FTS5 `trigram` on SQLite, pg_trgm GIN
 * on PostgreSQL); shorter keys match the start of a word (a one-letter key
 * anywhere would match nearly every event). The search text puts a space
 * before every word. Keys are normalised search keys ([a-z0-9]), so they need
 * no escaping. No keys at all (a query of punctuation only) matches nothing.
 * `regionIds` (the view's regions, when it has some) narrows the index lookup
 * itself to those regions' events; the caller still checks the region.
 */
export function searchTextMatch(
  dialect: Dialect,
  keys: string[],
  eventId: Prisma.Sql,
  regionIds?: number[],
): Prisma.Sql {
  if (keys.length === 0) return Prisma.sql`1 = 0`;
  const pattern = (k: string) => (k.length >= 3 ? `%${k}%` : `% ${k}%`);
  if (dialect === "postgres") {
    const likes = keys.map((k) => Prisma.sql`"searchText" LIKE ${pattern(k)}`);
    if (regionIds?.length) likes.push(Prisma.sql`"regionId" IN (${Prisma.join(regionIds)})`);
    return Prisma.sql`${eventId} IN (SELECT "eventId" FROM "EventSearch" WHERE ${Prisma.join(likes, " AND ")})`;
  }
  const { match, short } = trigramKeys(keys, regionIds);
  const parts: Prisma.Sql[] = [];
  if (match) parts.push(Prisma.sql`${eventId} IN (SELECT rowid FROM "EventSearch" WHERE "EventSearch" MATCH ${match})`);
  // The trigram tokenizer cannot look up fewer than 3 characters.
  for (const k of short) parts.push(Prisma.sql`"e"."searchText" LIKE ${pattern(k)}`);
  return Prisma.join(parts, " AND ");
}

/** SQLite: a region's marker in the search index (the search_region migration writes the same). */
export const regionMarker = (regionId: number) => `r${String(regionId).padStart(3, "0")}`;

/**
 * SQLite: the FTS5 query of the keys the trigram index can look up (null:
 * none), and the rest. Keys are looked up in the text's column only; regions
 * by the index's markers of them (see the search_region migration).
 */
function trigramKeys(keys: string[], regionIds?: number[]) {
  const indexed = keys.filter((k) => k.length >= 3);
  const words = `{searchText} : (${indexed.map((k) => `"${k}"`).join(" ")})`;
  const regions = regionIds?.length
    ? ` AND {region} : (${regionIds.map((id) => `"${regionMarker(id)}"`).join(" OR ")})`
    : "";
  return {
    match: indexed.length ? words + regions : null,
    short: keys.filter((k) => k.length < 3),
  };
}

/**
 * SQLite: a search with keys the trigram index can look up, as a FROM that
 * reads matches one by one (an IN over the index first collects every match,
 * so a capped count of a common word would read them all), with the keys left
 * for searchTextMatch. Null on PostgreSQL, whose planner streams the IN itself.
 */
export function streamedSearch(dialect: Dialect, keys: string[] | undefined, regionIds?: number[]) {
  if (dialect !== "sqlite" || !keys) return null;
  const { match, short } = trigramKeys(keys, regionIds);
  if (!match) return null;
  return {
    from: Prisma.sql`"EventSearch" JOIN "Event" "e" ON "e"."id" = "EventSearch"."rowid"`,
    match: Prisma.sql`"EventSearch" MATCH ${match}`,
    rest: short.length ? short : undefined,
  };
}

/**
 * How well an event matches: the number of keys found among its title,
 * speakers and organisations (the search text up to SEARCH_RANK_MARK), so
 * those matches come before events matched only in their summary or
 * locality. A key is found as `searchTextMatch` finds it (short keys at a
 * word start). Text written before the mark existed counts whole.
 */
export function searchRank(dialect: Dialect, keys: string[], searchText: Prisma.Sql): Prisma.Sql {
  // No keys match nothing at all; any number serves as their rank.
  if (keys.length === 0) return Prisma.sql`CAST(${searchText} IS NULL AS INTEGER)`;
  const needle = (k: string) => (k.length >= 3 ? k : ` ${k}`);
  const found =
    dialect === "postgres"
      ? keys.map(
          (k) =>
            Prisma.sql`CAST(strpos(split_part(${searchText}, ${SEARCH_RANK_MARK}, 1), ${needle(k)}) > 0 AS INTEGER)`,
        )
      : keys.map(
          (k) =>
            Prisma.sql`(instr(substr(${searchText}, 1, instr(${searchText} || ${SEARCH_RANK_MARK}, ${SEARCH_RANK_MARK})), ${needle(k)}) > 0)`,
        );
  return Prisma.sql`(${Prisma.join(found, " + ")})`;
}

/** Two DateTime columns at most `days` days apart. */
export function withinDays(dialect: Dialect, a: Prisma.Sql, b: Prisma.Sql, days: number): Prisma.Sql {
  return dialect === "postgres"
    ? Prisma.sql`ABS(EXTRACT(EPOCH FROM (${a} - ${b}))) <= ${days * 86_400}`
    : Prisma.sql`ABS(julianday(${a}) - julianday(${b})) <= ${days}`;
}
