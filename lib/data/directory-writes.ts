// Editing and merging people and organisations. A merge moves every event of
// the merged record to the kept one, keeps the merged names as aliases and is
// recorded in the history; the search text of every touched event is rebuilt.
// People and organisations differ only in their tables, described once below.
import "server-only";
import { db } from "../db";
import { recordAudit, recordChanges, type AuditEntity } from "./audit";
import { refreshEventSearchText } from "./event-search";
import { searchTextOf } from "../search/normalize";
import type { OrgKind } from "../domain/enums";
import type { SessionUser } from "../domain/session-user";
import type { Prisma } from "../generated/sqlite/client";

type Tx = Prisma.TransactionClient;
type Entry = { name: string; kind?: OrgKind; aliases: string[] };
const TX = { maxWait: 30_000, timeout: 60_000 };
const named = { select: { name: true } } as const;

/** What differs between people and organisations, as small table operations. */
type Table = {
  entity: AuditEntity;
  read: (tx: Tx, id: number) => Promise<Entry | null>;
  write: (tx: Tx, id: number, r: Entry) => Promise<void>;
  remove: (tx: Tx, id: number) => Promise<void>;
  /** Events the record takes part in. */
  events: (tx: Tx, id: number) => Promise<number[]>;
  /** Re-points every link of `from` to `to`; a link both had is kept once (the kept record's). */
  relink: (tx: Tx, from: number, to: number) => Promise<void>;
};

const eventIdsOf = (rows: Array<{ eventId: number }>) => rows.map((r) => r.eventId);

const people: Table = {
  entity: "Person",
  async read(tx, id) {
    const p = await tx.person.findUnique({ where: { id }, select: { fullName: true, aliases: named } });
    return p && { name: p.fullName, aliases: p.aliases.map((a) => a.name) };
  },
  async write(tx, id, r) {
    await tx.personAlias.deleteMany({ where: { personId: id } });
    await tx.person.update({
      where: { id },
      data: {
        fullName: r.name,
        searchText: searchTextOf([r.name, ...r.aliases]),
        aliases: { create: r.aliases.map((name) => ({ name })) },
      },
    });
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
};

const organizations: Table = {
  entity: "Organization",
  async read(tx, id) {
    const o = await tx.organization.findUnique({ where: { id }, select: { name: true, kind: true, aliases: named } });
    return o && { name: o.name, kind: o.kind, aliases: o.aliases.map((a) => a.name) };
  },
  async write(tx, id, r) {
    await tx.organizationAlias.deleteMany({ where: { organizationId: id } });
    await tx.organization.update({
      where: { id },
      data: {
        name: r.name,
        ...(r.kind ? { kind: r.kind } : {}),
        searchText: searchTextOf([r.name, ...r.aliases]),
        aliases: { create: r.aliases.map((name) => ({ name })) },
      },
    });
  },
  async remove(tx, id) {
    await tx.organization.delete({ where: { id } });
  },
  async events(tx, id) {
    const [hosted, affiliated] = await Promise.all([
      tx.eventOrganization.findMany({ where: { organizationId: id }, select: { eventId: true } }),
      tx.eventSpeaker.findMany({ where: { organizationId: id }, select: { eventId: true } }),
    ]);
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
};

const cleanAliases = (name: string, aliases: string[]) => [
  ...new Set(aliases.map((a) => a.trim()).filter((a) => a && a !== name)),
];
const snapshot = (r: Entry) => ({
  name: r.name,
  ...(r.kind ? { kind: r.kind } : {}),
  aliases: r.aliases.join("; "),
});

async function updateRecord(table: Table, actor: SessionUser, id: number, input: Entry): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await table.read(tx, id);
    if (!before) return false;
    const after = { ...input, aliases: cleanAliases(input.name, input.aliases) };
    await table.write(tx, id, after);
    await refreshEventSearchText(tx, await table.events(tx, id));
    await recordChanges(tx, actor, "update", table.entity, id, snapshot(before), snapshot(after));
    return true;
  }, TX);
}

/** Merges record `mergeId` into `keepId`. */
async function mergeRecords(table: Table, actor: SessionUser, keepId: number, mergeId: number): Promise<boolean> {
  if (keepId === mergeId) return false;
  return db.$transaction(async (tx) => {
    const [keep, gone] = await Promise.all([table.read(tx, keepId), table.read(tx, mergeId)]);
    if (!keep || !gone) return false;
    const touched = [...new Set([...(await table.events(tx, keepId)), ...(await table.events(tx, mergeId))])];
    await table.relink(tx, mergeId, keepId);
    const aliases = cleanAliases(keep.name, [...keep.aliases, gone.name, ...gone.aliases]);
    await table.remove(tx, mergeId);
    await table.write(tx, keepId, { ...keep, aliases });
    await refreshEventSearchText(tx, touched);
    const merged = `${gone.name} (#${mergeId})`;
    await recordAudit(tx, actor, {
      action: "merge",
      entity: table.entity,
      entityId: keepId,
      before: { merged, aliases: keep.aliases.join("; ") },
      after: { merged: null, aliases: aliases.join("; ") },
    });
    await recordAudit(tx, actor, {
      action: "merge",
      entity: table.entity,
      entityId: mergeId,
      before: snapshot(gone),
      after: { mergedInto: keepId },
    });
    return true;
  }, TX);
}

export const updatePerson = (actor: SessionUser, id: number, input: { name: string; aliases: string[] }) =>
  updateRecord(people, actor, id, input);
export const updateOrganization = (
  actor: SessionUser,
  id: number,
  input: { name: string; kind: OrgKind; aliases: string[] },
) => updateRecord(organizations, actor, id, input);
export const mergePeople = (actor: SessionUser, keepId: number, mergeId: number) =>
  mergeRecords(people, actor, keepId, mergeId);
export const mergeOrganizations = (actor: SessionUser, keepId: number, mergeId: number) =>
  mergeRecords(organizations, actor, keepId, mergeId);
