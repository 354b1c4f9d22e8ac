// The event register's query, as SQL shared by both dialects: scope and
// filters in WHERE, a keyset over the chosen sort. The list page, the count, the
// export and the benchmark all use exactly this, so what is exported is what is
// listed.
import { searchRank, searchTextMatch, sqlDate, streamedSearch } from "./dialect";
import { audienceBit } from "../../domain/enums";
import { Prisma } from "../../generated/sqlite/client";
import type { Dialect } from "../../db-url";
import type { Sort } from "../../schemas/event-filters";

/** Filters with names already resolved to ids (regions, campaign). */
export type ResolvedFilters = {
  scopeRegionIds: number[] | null; // null = national
  regionIds?: number[];
  districtIds?: number[];
  campaignId?: number;
  from?: Date;
  to?: Date;
  statuses?: string[];
  formats?: string[];
  audiences?: string[];
  speakerId?: number;
  organizationId?: number;
  searchKeys?: string[];
};

const E = Prisma.raw(`"e"`);
const col = (name: string) => Prisma.raw(`"e"."${name}"`);
export const inList = (expr: Prisma.Sql, values: Array<string | number>) =>
  values.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`${expr} IN (${Prisma.join(values)})`;

/**
 * The regions a view is limited to (its filter, or else its scope), for the
 * search index to narrow its lookup by; none when there are more than a few
 * (merging many regions' lists costs more than checking each match's region).
 */
function viewRegionIds(f: ResolvedFilters): number[] | undefined {
  const ids = f.regionIds ?? f.scopeRegionIds ?? undefined;
  return ids && ids.length <= 3 ? ids : undefined;
}

export function eventWhere(dialect: Dialect, f: ResolvedFilters): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`${col("deletedAt")} IS NULL`];
  if (f.scopeRegionIds !== null) c.push(inList(col("regionId"), f.scopeRegionIds));
  if (f.regionIds) c.push(inList(col("regionId"), f.regionIds));
  if (f.districtIds?.length) c.push(inList(col("districtId"), f.districtIds));
  if (f.campaignId !== undefined) c.push(Prisma.sql`${col("campaignId")} = ${f.campaignId}`);
  if (f.from) c.push(Prisma.sql`${col("date")} >= ${sqlDate(dialect, f.from)}`);
  if (f.to) c.push(Prisma.sql`${col("date")} <= ${sqlDate(dialect, f.to)}`);
  // Enum columns are compared as text so one statement serves both databases.
  if (f.statuses?.length) c.push(inList(Prisma.sql`CAST(${col("status")} AS TEXT)`, f.statuses));
  if (f.formats?.length) c.push(inList(Prisma.sql`CAST(${col("format")} AS TEXT)`, f.formats));
  if (f.audiences?.length) {
    // Any of the types, read from the bits the database's triggers keep in step
    // with EventAudience (a fifth of the time of a lookup per event).
    const mask = f.audiences.reduce((m, a) => m | audienceBit(a), 0);
    c.push(mask ? Prisma.sql`(${col("audienceMask")} & ${mask}) <> 0` : Prisma.sql`1 = 0`);
  }
  // A person's or organisation's events are listed from the links' own indexes
  // (IN), not checked event by event (EXISTS): one person's 30 events out of
  // 100,000 were found by probing all 100,000.
  if (f.speakerId !== undefined) {
    c.push(Prisma.sql`${col("id")} IN (SELECT s."eventId" FROM "EventSpeaker" s WHERE s."personId" = ${f.speakerId})`);
  }
  if (f.organizationId !== undefined) {
    // An organisation takes part as host/participant, or through a speaker who spoke for it.
    c.push(Prisma.sql`${col("id")} IN (SELECT o."eventId" FROM "EventOrganization" o WHERE o."organizationId" = ${f.organizationId}
      UNION SELECT s2."eventId" FROM "EventSpeaker" s2 WHERE s2."organizationId" = ${f.organizationId})`);
  }
  if (f.searchKeys) c.push(searchTextMatch(dialect, f.searchKeys, col("id"), viewRegionIds(f)));
  return Prisma.join(c, " AND ");
}

// Sort columns, in order, each with its direction and how to read its value
// from a row; `id` last keeps the order total. The relevance column's
// expression depends on the query's keys, so it is built per statement.
type Row = { id: number; date: Date; regionId: number; audienceSize: number | null; rank?: number | null };
type SortColumn = {
  expr: Prisma.Sql | ((dialect: Dialect, f: ResolvedFilters) => Prisma.Sql);
  dir: "ASC" | "DESC";
  kind: "date" | "number";
  pick: (r: Row) => string | number;
};
const byDate = (dir: "ASC" | "DESC"): SortColumn => ({
  expr: col("date"),
  dir,
  kind: "date",
  pick: (r) => r.date.toISOString(),
});
const byId = (dir: "ASC" | "DESC"): SortColumn => ({ expr: col("id"), dir, kind: "number", pick: (r) => r.id });
// Events without a size sort as the smallest.
const bySize = (dir: "ASC" | "DESC"): SortColumn => ({
  expr: Prisma.sql`COALESCE(${col("audienceSize")}, -1)`,
  dir,
  kind: "number",
  pick: (r) => r.audienceSize ?? -1,
});
const SORT_COLUMNS: Record<Sort, SortColumn[]> = {
  // Best match first; among equals, newest first. Only with a search (see parseEventFilters).
  relevance: [
    {
      expr: (dialect, f) => searchRank(dialect, f.searchKeys ?? [], col("searchText")),
      dir: "DESC",
      kind: "number",
      pick: (r) => r.rank ?? 0,
    },
    byDate("DESC"),
    byId("DESC"),
  ],
  date_desc: [byDate("DESC"), byId("DESC")],
  date_asc: [byDate("ASC"), byId("ASC")],
  region: [
    { expr: col("regionId"), dir: "ASC", kind: "number", pick: (r) => r.regionId },
    byDate("DESC"),
    byId("DESC"),
  ],
  audience_desc: [bySize("DESC"), byId("DESC")],
  audience_asc: [bySize("ASC"), byId("ASC")],
};

export type CursorValues = Array<string | number>;

/** The sort values of a row, which become the next page's cursor. */
export function cursorValuesOf(sort: Sort, row: Row): CursorValues {
  return SORT_COLUMNS[sort].map((c) => c.pick(row));
}

export function isValidCursor(sort: Sort, values: unknown): values is CursorValues {
  const cols = SORT_COLUMNS[sort];
  return (
    Array.isArray(values) &&
    values.length === cols.length &&
    cols.every((c, i) =>
      c.kind === "date"
        ? typeof values[i] === "string" && !Number.isNaN(Date.parse(values[i]))
        : Number.isSafeInteger(values[i]),
    )
  );
}

// Rows strictly after the cursor in the sort order: (a, b, c) > (x, y, z) with
// mixed directions, written out as nested OR/AND so any database can use the index.
type BuiltColumn = Omit<SortColumn, "expr"> & { expr: Prisma.Sql };
const builtColumns = (dialect: Dialect, f: ResolvedFilters, sort: Sort): BuiltColumn[] =>
  SORT_COLUMNS[sort].map((c) => ({ ...c, expr: typeof c.expr === "function" ? c.expr(dialect, f) : c.expr }));
function keyset(dialect: Dialect, cols: BuiltColumn[], values: CursorValues): Prisma.Sql {
  const after = (i: number): Prisma.Sql => {
    const c = cols[i];
    if (!c) throw new Error(`keyset: no sort column ${i}`);
    const v = c.kind === "date" ? sqlDate(dialect, new Date(values[i] as string)) : Prisma.sql`${values[i]}`;
    const beyond = c.dir === "DESC" ? Prisma.sql`${c.expr} < ${v}` : Prisma.sql`${c.expr} > ${v}`;
    if (i === cols.length - 1) return beyond;
    return Prisma.sql`(${beyond} OR (${c.expr} = ${v} AND ${after(i + 1)}))`;
  };
  return after(0);
}

/**
 * WHERE (with the keyset past `cursor`) and ORDER BY of one page of the view,
 * and the relevance expression when the view is sorted by it (a page selects
 * it as "rank" so the next cursor can be read from its last row).
 */
export function pageClauses(dialect: Dialect, f: ResolvedFilters, sort: Sort, cursor: CursorValues | null) {
  const cols = builtColumns(dialect, f, sort);
  const rank = sort === "relevance" ? (cols[0]?.expr ?? null) : null;
  const where = cursor
    ? Prisma.sql`${eventWhere(dialect, f)} AND ${keyset(dialect, cols, cursor)}`
    : eventWhere(dialect, f);
  const order = Prisma.join(
    cols.map((c) => Prisma.sql`${c.expr} ${Prisma.raw(c.dir)}`),
    ", ",
  );
  return { where, order, rank };
}

/**
 * How many of the newest events of a view a relevance page looks through for
 * its best matches before it ranks every match instead (see bestMatchClauses).
 */
const BEST_MATCH_WINDOW = 10_000;

/**
 * A relevance page without ranking every match. The best rank a search can
 * have is "every key in the title, speakers or organisations"; among those,
 * the page is newest first. So the first `limit` events of that rank met
 * walking the view newest first (its date index) are exactly the page, and a
 * word that matches many events finds them among the newest few hundred. The
 * walk goes no further back than the view's `window`-th newest event; a page
 * that did not fill by then (a rare word, or one found only in summaries) is
 * ranked in full by pageClauses. Only for a first page or one after a cursor
 * of the best rank.
 */
export function bestMatchClauses(
  dialect: Dialect,
  f: ResolvedFilters,
  cursor: CursorValues | null,
  window = BEST_MATCH_WINDOW,
) {
  const keys = f.searchKeys ?? [];
  const best = keys.length;
  if (best === 0 || (cursor && cursor[0] !== best)) return null;
  const newest = builtColumns(dialect, f, "date_desc");
  const view = eventWhere(dialect, { ...f, searchKeys: undefined });
  const after = cursor ? Prisma.sql`${view} AND ${keyset(dialect, newest, cursor.slice(1))}` : view;
  // The date of the window's last event; a view shorter than the window is walked whole.
  const edge = Prisma.sql`(SELECT ${col("date")} FROM "Event" ${E} WHERE ${after}
    ORDER BY ${col("date")} DESC, ${col("id")} DESC LIMIT 1 OFFSET ${window - 1})`;
  return {
    from: Prisma.sql`"Event" ${E}`,
    where: Prisma.sql`${after} AND ${col("date")} >= COALESCE(${edge}, ${sqlDate(dialect, new Date(0))})
      AND ${searchRank(dialect, keys, col("searchText"))} = ${best}`,
    order: Prisma.sql`${col("date")} DESC, ${col("id")} DESC`,
    rank: Prisma.sql`CAST(${best} AS INTEGER)`,
  };
}

export function eventIdPageSql(
  dialect: Dialect,
  f: ResolvedFilters,
  sort: Sort,
  cursor: CursorValues | null,
  limit: number,
): Prisma.Sql {
  const { where, order } = pageClauses(dialect, f, sort, cursor);
  return Prisma.sql`SELECT ${col("id")} AS "id" FROM "Event" ${E} WHERE ${where} ORDER BY ${order} LIMIT ${limit}`;
}

/**
 * A text search counts exactly up to this many matches and says "more" beyond:
 * counting every match of a common word among a million events would cost
 * more than finding the first page.
 */
export const SEARCH_COUNT_CAP = 10_000;

/** The number of events matching `f`; with `cap`, at most cap + 1 (more means "over cap"). */
export function eventCountSql(dialect: Dialect, f: ResolvedFilters, cap: number | null = null): Prisma.Sql {
  if (cap === null) return Prisma.sql`SELECT COUNT(*) AS "n" FROM "Event" ${E} WHERE ${eventWhere(dialect, f)}`;
  const streamed = streamedSearch(dialect, f.searchKeys, viewRegionIds(f));
  if (streamed) {
    const rest = eventWhere(dialect, { ...f, searchKeys: streamed.rest });
    return Prisma.sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${streamed.from} WHERE ${streamed.match} AND ${rest} LIMIT ${cap + 1}) "capped"`;
  }
  return Prisma.sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Event" ${E} WHERE ${eventWhere(dialect, f)} LIMIT ${cap + 1}) "capped"`;
}
