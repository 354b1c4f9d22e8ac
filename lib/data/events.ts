// Events as the list and detail pages show them. Every function takes the
// caller's scope: an event outside it does not exist for them.
import "server-only";
import { storedFieldsSelect } from "./event-snapshot";
import { eventScopeWhere } from "./scope-where";
import { db, dialect, queryRows, streamRows } from "../db";
import { parseEventFilters, type EventFilters, type Sort } from "../schemas/event-filters";
import { queryKeys } from "../search/normalize";
import { numOrNull } from "./sql/driver-values";
import {
  cursorValuesOf,
  eventCountSql,
  isValidCursor,
  SEARCH_COUNT_CAP,
  type CursorValues,
  type ResolvedFilters,
} from "./sql/event-query";
import { exportJsonSql, toJsonExportEvent } from "./sql/export-json-query";
import { exportSql, toFlatExportRow } from "./sql/export-query";
import { listBestMatchesSql, listPageSql, toListRow, type ListRow } from "./sql/list-query";
import { Prisma } from "../generated/sqlite/client";
import type { Statement } from "../db-client";
import type { Scope } from "../domain/scope";

const nameFields = { nameEn: true, nameRu: true, nameKk: true } as const;

const listSelect = {
  id: true,
  regionId: true,
  title: true,
  date: true,
  datePrecision: true,
  status: true,
  audienceSize: true,
  audienceEstimate: true,
  region: { select: { iso: true, ...nameFields } },
  district: { select: { id: true, ...nameFields } },
  audiences: { select: { type: true } },
  speakers: { select: { role: true, person: { select: { id: true, fullName: true } } }, orderBy: { position: "asc" } },
  organizations: {
    where: { role: "host" },
    select: { organization: { select: { id: true, name: true } } },
  },
} as const satisfies Prisma.EventSelect;

// Rows on one page of the register: 20 cards is a long scroll on a phone
// already, and a page of 50 weighed ~120 KB of HTML and took ~43 ms to render
// at 100,000 events (the first page's goal is 60 KB; 25 rows gave 61 KB in
// Russian).
export const PAGE_SIZE = 20;

// Region codes and campaign slugs name rows that are never renamed or removed
// (reference data and seeded campaigns), so their ids are looked up once per
// process and again only when a name is not known yet.
const idCache = new Map<string, Map<string, number>>();
async function idsOf(table: "Region" | "Campaign", key: "iso" | "slug", names: string[]): Promise<number[]> {
  let known = idCache.get(table);
  if (!known || names.some((n) => !known?.has(n))) {
    const rows = await queryRows(
      Prisma.sql`SELECT "id", ${Prisma.raw(`"${key}"`)} AS "k" FROM ${Prisma.raw(`"${table}"`)}`,
    );
    known = new Map(rows.map((r) => [String(r.k), Number(r.id)]));
    idCache.set(table, known);
  }
  return names.flatMap((n) => known.get(n) ?? []);
}

export async function resolveFilters(scope: Scope, f: EventFilters): Promise<ResolvedFilters> {
  const [regionIds, campaignIds] = await Promise.all([
    f.region.length ? idsOf("Region", "iso", f.region) : undefined,
    f.campaign ? idsOf("Campaign", "slug", [f.campaign]) : undefined,
  ]);
  const keys = f.q ? queryKeys(f.q) : [];
  return {
    scopeRegionIds: scope.regionIds,
    regionIds,
    districtIds: f.district,
    campaignId: f.campaign ? (campaignIds?.[0] ?? -1) : undefined, // an unknown campaign matches nothing
    from: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
    to: f.to ? new Date(`${f.to}T00:00:00Z`) : undefined,
    statuses: f.status,
    formats: f.format,
    audiences: f.audience,
    speakerId: f.speaker,
    organizationId: f.organization,
    // A query with nothing searchable in it matches nothing, not everything.
    searchKeys: f.q?.trim() ? keys : undefined,
  };
}

// Keyset cursor over the sort columns: stays fast however deep the page.
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}
function decodeCursor(sort: Sort, raw: string | null | undefined): CursorValues | null {
  if (!raw) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    return isValidCursor(sort, values) ? values : null;
  } catch {
    return null;
  }
}

/** One page of the register: the filtered, scoped, non-deleted events, in the chosen order. */
export async function listEventsForScope(
  scope: Scope,
  filters: EventFilters = parseEventFilters({}).filters,
  opts: { cursor?: string | null; limit?: number; countCap?: number } = {},
) {
  const limit = Math.min(Math.max(opts.limit ?? PAGE_SIZE, 1), 500);
  const resolved = await resolveFilters(scope, filters);
  // A text search is counted up to a cap ("10,000+"); other views exactly.
  const cap = resolved.searchKeys ? (opts.countCap ?? SEARCH_COUNT_CAP) : null;
  const cursor = decodeCursor(filters.sort, opts.cursor);
  const count = countResolved(resolved, cap);
  const [rows, n] = await Promise.all([pageRows(resolved, filters.sort, cursor, limit + 1, count), count]);
  const total = cap === null ? n : Math.min(n, cap);
  /** True when there are more than `total` (a capped search count). */
  const totalIsMore = cap !== null && n > cap;
  const items = rows.slice(0, limit).map(toListRow);
  const last = items.at(-1);
  // The relevance a page is sorted by is read back for the cursor only.
  const rank = numOrNull(rows[items.length - 1]?.rank);
  return {
    items,
    total,
    totalIsMore,
    nextCursor: rows.length > limit && last ? encodeCursor(cursorValuesOf(filters.sort, { ...last, rank })) : null,
  };
}
export type EventListItem = ListRow;

/**
 * A page of `limit` rows. A relevance page is first looked for among the best
 * matches (listBestMatchesSql) — on SQLite only when the count says the page
 * can fill, on PostgreSQL while the count runs; a page they fill needs no
 * ranking of every match.
 */
async function pageRows(
  resolved: ResolvedFilters,
  sort: Sort,
  cursor: CursorValues | null,
  limit: number,
  count: Promise<number>,
) {
  const best = sort === "relevance" ? listBestMatchesSql(dialect, resolved, cursor, limit) : null;
  if (best && dialect === "postgres") {
    // Walk while the count runs on another connection: the count (up to its
    // cap) is most of a search's time, and a full page found by the walk is
    // the right one whatever the count says.
    const rows = await queryRows(best);
    if (rows.length === limit) return rows;
  } else if (best && (await count) >= limit) {
    // SQLite answers one statement at a time: walk only when the page can fill.
    const rows = await queryRows(best);
    if (rows.length === limit) return rows;
  }
  return queryRows(listPageSql(dialect, resolved, sort, cursor, limit));
}

/** Events matching `resolved`; with `cap`, counted up to cap + 1 at most. */
async function countResolved(resolved: ResolvedFilters, cap: number | null = null): Promise<number> {
  const [row] = await queryRows(eventCountSql(dialect, resolved, cap));
  return Number(row?.n ?? 0);
}

export async function countEventsForScope(scope: Scope, filters: EventFilters): Promise<number> {
  return countResolved(await resolveFilters(scope, filters));
}

/**
 * Every event of the view as the JSON export's nested objects: one SQL
 * statement (speakers, organisations, audiences and sources aggregated as
 * JSON by the database) streamed from the driver and handed on in batches,
 * like the flat export below. Nothing is materialised.
 */
export async function* streamEventsForScope(scope: Scope, filters: EventFilters, batchSize = 1000) {
  const resolved = await resolveFilters(scope, filters);
  yield* inBatches(exportJsonSql(dialect, resolved, filters.sort), toJsonExportEvent, batchSize);
}

/** The rows of one read-only statement, each mapped, handed on `size` at a time as the consumer reads. */
async function* inBatches<T>(statement: Statement, map: (raw: Record<string, unknown>) => T, size: number) {
  let batch: T[] = [];
  for await (const raw of streamRows(statement)) {
    batch.push(map(raw));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * The same view as flat rows for CSV and XLSX: one SQL statement (speakers and
 * organisations aggregated by the database) streamed from the driver and handed
 * on in batches. Nothing is materialised, so memory stays flat whatever the size.
 */
export async function* streamExportRowsForScope(scope: Scope, filters: EventFilters, batchSize = 1000) {
  const resolved = await resolveFilters(scope, filters);
  yield* inBatches(exportSql(dialect, resolved, filters.sort, null, null), toFlatExportRow, batchSize);
}

export async function findEventForScope(scope: Scope, id: number | null) {
  if (id === null || !Number.isSafeInteger(id) || id <= 0) return null;
  return db.event.findFirst({
    where: { id, ...eventScopeWhere(scope) },
    select: {
      ...listSelect,
      locality: true,
      format: true,
      summary: true,
      version: true,
      createdById: true,
      createdAt: true,
      updatedAt: true,
      campaign: { select: { slug: true, voteDate: true, ...nameFields } },
      createdBy: { select: { email: true } },
      speakers: storedFieldsSelect.speakers,
      organizations: {
        orderBy: { role: "asc" },
        select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
      },
      sources: {
        select: {
          source: {
            select: { id: true, title: true, text: true, language: true, outlet: true, url: true, publishedAt: true },
          },
        },
      },
    },
  });
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof findEventForScope>>>;

/** Soft-deleted events in the scope, most recently deleted first (admins restore from here). */
export async function listDeletedEventsForScope(scope: Scope) {
  return db.event.findMany({
    where: { deletedAt: { not: null }, ...(scope.regionIds === null ? {} : { regionId: { in: scope.regionIds } }) },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      date: true,
      deletedAt: true,
      region: { select: { iso: true, ...nameFields } },
      updatedBy: { select: { email: true } },
    },
  });
}
