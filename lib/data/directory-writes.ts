// Editing and merging people and organisations. Edits carry the version they
// were read at; a save after someone else's merges name, kind and aliases as
// the event form does (an alias a merge added survives an edit that did not
// remove it), and a name both changed differently is a conflict. A merge moves
// every event of the merged record to the kept one and keeps the merged names
// as aliases. Every event whose speakers or organisations read differently
// afterwards gets a history entry of its own, and its search text is rebuilt;
// an event a merge relinks gets a new version too, so open forms see the merge.
// People and organisations differ only in their tables, described once below.
import "server-only";
import { requireActorStill } from "./actor-check";
import { writeTransaction } from "./transaction";
import { AppError } from "../errors";
import { changesSince } from "./audit";
import { recordAudit, recordChanges, type AuditEntity, type Snapshot } from "./audit-write";
import { refreshEventSearchText } from "./event-search";
import { organizationSnapshot, personSnapshot, snapshotOf, snapshotSelect, type StoredEvent } from "./event-snapshot";
import { can } from "../permissions";
import { mergeLists, mergeValue } from "../schemas/event-merge";
import { searchTextOf } from "../search/normalize";
import type { Tx } from "../db-client";
import type { OrgKind } from "../domain/enums";
import type { SessionUser } from "../domain/session-user";

export type DirectoryEntry = { name: string; kind?: OrgKind; aliases: string[] };
type Stored = DirectoryEntry & { version: number };
const named = { select: { name: true } } as const;

/** What differs between people and organisations, as small table operations. */
type Table = {
  entity: AuditEntity;
  read: (tx: Tx, id: number) => Promise<Stored | null>;
  /** Writes the record if it is still at `version`; false when it is not. */
  write: (tx: Tx, id: number, r: DirectoryEntry, version: number) => Promise<boolean>;
  remove: (tx: Tx, id: number) => Promise<void>;
  /** Events the record takes part in. */
  events: (tx: Tx, id: number) => Promise<number[]>;
  /** Re-points every link of `from` to `to`; a link both had is kept once (the kept record's). */
  relink: (tx: Tx, from: number, to: number) => Promise<void>;
  snapshot: (r: DirectoryEntry) => Snapshot;
};

const eventIdsOf = (rows: Array<{ eventId: number }>) => rows.map((r) => r.eventId);
const aliasRows = (aliases: string[]) => aliases.map((name) => ({ name }));

const people: Table = {
  entity: "Person",
  async read(tx, id) {
    const p = await tx.person.findUnique({ where: { id }, select: { fullName: true, version: true, aliases: named } });
    return p && { name: p.fullName, aliases: p.aliases.map((a) => a.name), version: p.version };
  },
  async write(tx, id, r, version) {
    const { count } = await tx.person.updateMany({
      where: { id, version },
      data: { fullName: r.name, searchText: searchTextOf([r.name, ...r.aliases]), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.personAlias.deleteMany({ where: { personId: id } });
    await tx.personAlias.createMany({ data: aliasRows(r.aliases).map((a) => ({ ...a, personId: id })) });
    return true;
  },
  async remove(tx, id) {
    await tx.person.delete({ where: { id } });
  },
  async events(tx, id) {
    return eventIdsOf(await tx.eventSpeaker.findMany({ where: { personId: id }, select: { eventId: true } }));
  },
  async relink(tx, from, to) {
    const shared = await this.events(tx, to);
    await tx.eventSpeaker.deleteMany({ where: { personId: from, eventId: { in: shared } } });
    await tx.eventSpeaker.updateMany({ where: { personId: from }, data: { personId: to } });
  },
  snapshot: (r) => personSnapshot({ fullName: r.name, aliases: aliasRows(r.aliases) }),
};

const organizations: Table = {
  entity: "Organization",
  async read(tx, id) {
    const o = await tx.organization.findUnique({
      where: { id },
      select: { name: true, kind: true, version: true, aliases: named },
    });
    return o && { name: o.name, kind: o.kind, aliases: o.aliases.map((a) => a.name), version: o.version };
  },
  async write(tx, id, r, version) {
    const { count } = await tx.organization.updateMany({
      where: { id, version },
      data: {
        name: r.name,
        ...(r.kind ? { kind: r.kind } : {}),
        searchText: searchTextOf([r.name, ...r.aliases]),
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await tx.organizationAlias.deleteMany({ where: { organizationId: id } });
    await tx.organizationAlias.createMany({ data: aliasRows(r.aliases).map((a) => ({ ...a, organizationId: id })) });
    return true;
  },
  async remove(tx, id) {
    await tx.organization.delete({ where: { id } });
  },
  async events(tx, id) {
    const hosted = await tx.eventOrganization.findMany({ where: { organizationId: id }, select: { eventId: true } });
    const affiliated = await tx.eventSpeaker.findMany({ where: { organizationId: id }, select: { eventId: true } });
    return [...new Set(eventIdsOf([...hosted, ...affiliated]))];
  },
  async relink(tx, from, to) {
    const shared = eventIdsOf(
      await tx.eventOrganization.findMany({ where: { organizationId: to }, select: { eventId: true } }),
    );
    await tx.eventOrganization.deleteMany({ where: { organizationId: from, eventId: { in: shared } } });
    await tx.eventOrganization.updateMany({ where: { organizationId: from }, data: { organizationId: to } });
    await tx.eventSpeaker.updateMany({ where: { organizationId: from }, data: { organizationId: to } });
  },
  snapshot: (r) => organizationSnapshot({ name: r.name, kind: r.kind ?? "other", aliases: aliasRows(r.aliases) }),
};

const cleanAliases = (name: string, aliases: string[]) => [
  ...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name)),
];

async function eventSnapshots(tx: Tx, ids: number[]): Promise<Map<number, StoredEvent>> {
  const out = new Map<number, StoredEvent>();
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await tx.event.findMany({ where: { id: { in: ids.slice(i, i + 200) } }, select: snapshotSelect });
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * Runs a directory write that changes how `eventIds` read, and records on
 * each event what changed there (its speakers or organisations), so every
 * event's history replays to what it shows. The events in `relinked` now point
 * at another record: their version moves on, so an event form opened before
 * (which names the merged-away record) goes through the conflict merge instead
 * of writing its stale speakers or hosts over the merge. A rename keeps every
 * id a form holds, so it leaves versions alone.
 */
async function withEventEntries(
  tx: Tx,
  actor: SessionUser,
  action: "rename" | "merge",
  eventIds: number[],
  write: () => Promise<void>,
  relinked: number[] = [],
) {
  const before = await eventSnapshots(tx, eventIds);
  await write();
  await tx.event.updateMany({ where: { id: { in: relinked } }, data: { version: { increment: 1 } } });
  await refreshEventSearchText(tx, eventIds);
  const after = await eventSnapshots(tx, eventIds);
  for (const [id, e] of before) {
    const now = after.get(id);
    const version = relinked.includes(id) ? now?.version : undefined;
    if (now) await recordChanges(tx, actor, action, "Event", id, snapshotOf(e), snapshotOf(now), version);
  }
}

/** The record as the form was opened: name, kind and aliases. */
export type DirectoryBase = { name: string; kind?: OrgKind; aliases: string[] };

async function updateRecord(
  table: Table,
  actor: SessionUser,
  id: number,
  input: DirectoryEntry,
  version: number,
  base: DirectoryBase | null,
): Promise<void> {
  await writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.editDirectory);
    const before = await table.read(tx, id);
    if (!before) throw new AppError("not_found");
    const conflict = async () =>
      new AppError("conflict", {
        conflict: await changesSince(tx, table.entity, id, version),
        currentVersion: before.version,
      });
    let target = input;
    if (before.version !== version) {
      if (!base) throw await conflict();
      const name = mergeValue(base.name, input.name, before.name);
      const kind = mergeValue(base.kind, input.kind, before.kind);
      if (name.conflict || kind.conflict) throw await conflict();
      target = { name: name.value, kind: kind.value, aliases: mergeLists(base.aliases, input.aliases, before.aliases) };
    }
    const after = { ...target, aliases: cleanAliases(target.name, target.aliases) };
    await withEventEntries(tx, actor, "rename", await table.events(tx, id), async () => {
      if (!(await table.write(tx, id, after, before.version))) throw await conflict();
    });
    await recordChanges(
      tx,
      actor,
      "update",
      table.entity,
      id,
      table.snapshot(before),
      table.snapshot(after),
      before.version + 1,
    );
  });
}

/** Merges record `mergeId` into `keepId`. */
async function mergeRecords(table: Table, actor: SessionUser, keepId: number, mergeId: number): Promise<boolean> {
  if (keepId === mergeId) return false;
  return writeTransaction(async (tx) => {
    await requireActorStill(tx, actor, can.editDirectory);
    const keep = await table.read(tx, keepId);
    const gone = await table.read(tx, mergeId);
    if (!keep || !gone) return false;
    const relinked = await table.events(tx, mergeId);
    const touched = [...new Set([...(await table.events(tx, keepId)), ...relinked])];
    const aliases = cleanAliases(keep.name, [...keep.aliases, gone.name, ...gone.aliases]);
    const write = async () => {
      await table.relink(tx, mergeId, keepId);
      await table.remove(tx, mergeId);
      if (!(await table.write(tx, keepId, { ...keep, aliases }, keep.version))) throw new AppError("conflict");
    };
    await withEventEntries(tx, actor, "merge", touched, write, relinked);
    const merged = `${gone.name} (#${mergeId})`;
    await recordAudit(tx, actor, {
      action: "merge",
      entity: table.entity,
      entityId: keepId,
      // "merged" names what was merged for the history; only `after` is state.
      before: { merged, aliases: table.snapshot(keep).aliases ?? null },
      after: { aliases: table.snapshot({ ...keep, aliases }).aliases ?? null },
      version: keep.version + 1,
    });
    await recordAudit(tx, actor, {
      action: "merge",
      entity: table.entity,
      entityId: mergeId,
      before: table.snapshot(gone),
      after: { mergedInto: keepId },
    });
    return true;
  });
}

export const updatePerson = (
  actor: SessionUser,
  id: number,
  input: { name: string; aliases: string[] },
  version: number,
  base: DirectoryBase | null,
) => updateRecord(people, actor, id, input, version, base);
export const updateOrganization = (
  actor: SessionUser,
  id: number,
  input: { name: string; kind: OrgKind; aliases: string[] },
  version: number,
  base: DirectoryBase | null,
) => updateRecord(organizations, actor, id, input, version, base);
export const mergePeople = (actor: SessionUser, keepId: number, mergeId: number) =>
  mergeRecords(people, actor, keepId, mergeId);
export const mergeOrganizations = (actor: SessionUser, keepId: number, mergeId: number) =>
  mergeRecords(organizations, actor, keepId, mergeId);
