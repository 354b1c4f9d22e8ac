// Creating events, one or many, through one path: a form's save creates one,
// an import a few hundred at a time in its transaction. Each input is resolved
// and checked on its own inside the transaction (region, status, directory
// records), then the events, their links and their history entries are
// written a statement per table for the whole batch: per-row statements were
// most of an import's time (about fifteen a row, each a round trip on
// PostgreSQL).
import "server-only";
import { dialect } from "../db";
import { recordAudits, type AuditVia } from "./audit-write";
import { checkInputAllowed, resolve } from "./event-resolve";
import { snapshotOf, snapshotSelect } from "./event-snapshot";
import { audienceBit } from "../domain/enums";
import { insertRows, type BulkColumn } from "./sql/bulk-insert";
import { writeTransaction } from "./transaction";
import { Prisma } from "../generated/sqlite/client";
import type { TxMemo } from "./tx-memo";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";

// The columns an event is created with (the rest keep their defaults). The
// audience bits are written with the event, so its audience rows, whose
// triggers would set them, change nothing more (migration
// 20261203020000_audience_mask_noop) and the rollup counts the event once.
const EVENT_COLUMNS: BulkColumn[] = [
  { name: "id" },
  { name: "title" },
  { name: "campaignId" },
  { name: "status", enum: "EventStatus" },
  { name: "date" },
  { name: "datePrecision", enum: "DatePrecision" },
  { name: "regionId" },
  { name: "districtId" },
  { name: "locality" },
  { name: "format", enum: "EventFormat" },
  { name: "audienceSize" },
  { name: "audienceEstimate" },
  { name: "audienceMask" },
  { name: "summary" },
  { name: "searchText" },
  { name: "createdById" },
  { name: "updatedById" },
  { name: "createdAt" },
  { name: "updatedAt" },
];

export type EventCreate = { input: EventInput; via?: AuditVia };

export const createEvent = (actor: SessionUser, input: EventInput): Promise<number> =>
  writeTransaction(async (tx) => present((await createEventsIn(tx, actor, [{ input }]))[0]));

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("an event of the batch was not written");
  return value;
}

/**
 * `n` new event ids, taken inside the transaction before the rows are
 * written, so each link and history entry knows its event without relying on
 * the order a multi-row INSERT returns its rows in (neither database promises
 * one). PostgreSQL hands them out from the table's own sequence; SQLite has
 * one writer at a time, and the transaction that reads the last id here is
 * refused at its first write ("database is locked", retried) if another
 * writer got in between.
 */
async function reserveEventIds(tx: Tx, n: number): Promise<number[]> {
  if (dialect === "postgres") {
    const rows = await tx.$queryRaw<Array<{ id: bigint | number }>>(
      Prisma.sql`SELECT nextval(pg_get_serial_sequence('"Event"', 'id')) AS "id" FROM generate_series(1, ${n})`,
    );
    return rows.map((r) => Number(r.id));
  }
  const [row] = await tx.$queryRaw<Array<{ last: bigint | number | null }>>(
    Prisma.sql`SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'Event'), 0),
      COALESCE((SELECT MAX("id") FROM "Event"), 0)) AS "last"`,
  );
  const last = Number(row?.last ?? 0);
  return Array.from({ length: n }, (_, i) => last + 1 + i);
}

/**
 * Creates these events inside the caller's transaction and returns their ids
 * in the order given. `refused` turns the refusal of the input at an index
 * into the error thrown (an import names the row); nothing is written for a
 * batch with a refused input, since the whole transaction rolls back.
 */
export async function createEventsIn(
  tx: Tx,
  actor: SessionUser,
  items: EventCreate[],
  options: { memo?: TxMemo; refused?: (index: number, error: unknown) => unknown } = {},
): Promise<number[]> {
  const resolved = [];
  for (const [i, item] of items.entries()) {
    const allow = (regionId: number) => checkInputAllowed(actor, item.input, regionId, false);
    try {
      resolved.push({ item, r: await resolve(tx, actor, item.input, allow, options.memo) });
    } catch (e) {
      throw options.refused ? options.refused(i, e) : e;
    }
  }
  if (resolved.length === 0) return [];
  const ids = await reserveEventIds(tx, resolved.length);
  const rows = resolved.map((x, i) => ({ ...x, id: present(ids[i]) }));
  const now = new Date();
  await insertRows(
    tx,
    dialect,
    "Event",
    EVENT_COLUMNS,
    rows.map(({ id, r, item }) => ({
      id,
      ...r.fields,
      audienceMask: item.input.audiences.reduce((mask, type) => mask | audienceBit(type), 0),
      createdById: actor.id,
      updatedById: actor.id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const audiences = rows.flatMap(({ id, item }) => item.input.audiences.map((type) => ({ eventId: id, type })));
  const speakers = rows.flatMap(({ id, r }) => r.speakers.map((s) => ({ ...s, eventId: id })));
  const organizations = rows.flatMap(({ id, r }) => r.organizations.map((o) => ({ ...o, eventId: id })));
  const sources = rows.flatMap(({ id, r }) => r.sourceIds.map((sourceId) => ({ sourceId, eventId: id })));
  // One after the other: a transaction's connection runs one statement at a time.
  const links: Array<[string, BulkColumn[], Array<Record<string, unknown>>]> = [
    ["EventAudience", [{ name: "eventId" }, { name: "type", enum: "AudienceType" }], audiences],
    ["EventSpeaker", ["eventId", "personId", "role", "organizationId", "position"].map((name) => ({ name })), speakers],
    [
      "EventOrganization",
      [{ name: "eventId" }, { name: "organizationId" }, { name: "role", enum: "OrgRole" }],
      organizations,
    ],
    ["EventSource", [{ name: "eventId" }, { name: "sourceId" }], sources],
  ];
  for (const [table, columns, list] of links) if (list.length) await insertRows(tx, dialect, table, columns, list);
  // Read back as history records a stored event, so a created event's entry
  // is what audit:verify replays against the row.
  const stored = new Map(
    (await tx.event.findMany({ where: { id: { in: ids } }, select: snapshotSelect })).map((e) => [e.id, e]),
  );
  await recordAudits(
    tx,
    dialect,
    actor,
    rows.map(({ id, item }) => {
      const e = present(stored.get(id));
      const after = snapshotOf(e);
      return {
        action: "create",
        entity: "Event",
        entityId: id,
        before: null,
        after,
        version: e.version,
        via: item.via,
      };
    }),
  );
  return ids;
}
