// The one audit writer and reader. Every entry, for every entity, has the same
// shape: `before` and `after` are JSON objects of field → value holding the
// fields the write changed (a create has no `before` and the whole record in
// `after`). Writers take the write's own transaction, so a change and its
// record commit together or not at all.
import "server-only";
import { db } from "../db";
import type { ChangedField, FieldValue } from "../errors";
import type { Prisma } from "../generated/sqlite/client";

type Tx = Prisma.TransactionClient;

export type AuditEntity = "Event" | "Person" | "Organization" | "Source" | "User";
export type AuditAction =
  "create" | "update" | "delete" | "restore" | "merge" | "password" | "activate" | "deactivate" | "signout";
/** A record as the history shows it: one comparable value per field. */
export type Snapshot = Record<string, FieldValue>;
export type AuditActor = { id: number | null; email: string };

function changesBetween(before: Snapshot, after: Snapshot): ChangedField[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => (before[k] ?? null) !== (after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Writes one entry. `before` null: a creation, `after` is the whole record. */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  entry: { action: AuditAction; entity: AuditEntity; entityId: number; before: Snapshot | null; after: Snapshot },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before && JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
    },
  });
}

/** Records the difference between two snapshots of one record (only the fields that differ). */
export async function recordChanges(
  tx: Tx,
  actor: AuditActor,
  action: AuditAction,
  entity: AuditEntity,
  entityId: number,
  before: Snapshot,
  after: Snapshot,
): Promise<void> {
  const changes = changesBetween(before, after);
  await recordAudit(tx, actor, {
    action,
    entity,
    entityId,
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
  });
}

const parse = (json: string | null): Snapshot => (json ? (JSON.parse(json) as Snapshot) : {});

export type AuditEntryView = {
  id: number;
  actorEmail: string;
  action: string;
  createdAt: Date;
  before: Snapshot;
  after: Snapshot;
  /** The fields this entry changed, in the order they were recorded. */
  changes: ChangedField[];
};

function view(row: {
  id: number;
  actorEmail: string;
  action: string;
  createdAt: Date;
  before: string | null;
  after: string | null;
}): AuditEntryView {
  const before = parse(row.before);
  const after = parse(row.after);
  return { ...row, before, after, changes: row.before === null ? [] : changesBetween(before, after) };
}

const entrySelect = { id: true, actorEmail: true, action: true, before: true, after: true, createdAt: true } as const;

/** The change history of one record, newest first. Callers check access to the record first. */
export async function listAuditFor(entity: AuditEntity, entityId: number, take = 200): Promise<AuditEntryView[]> {
  const rows = await db.auditEntry.findMany({
    where: { entity, entityId: String(entityId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: entrySelect,
    take,
  });
  return rows.map(view);
}

/**
 * What others changed since `version`: every update raises the version by one
 * and writes one "update" entry, so the entries after the first (version - 1)
 * are exactly the newer saves. Merged per field: first "before", last "after".
 */
export async function changesSince(
  tx: Tx,
  entity: AuditEntity,
  entityId: number,
  version: number,
): Promise<ChangedField[]> {
  const rows = await tx.auditEntry.findMany({
    where: { entity, entityId: String(entityId), action: "update" },
    orderBy: { id: "asc" },
    select: entrySelect,
  });
  const merged = new Map<string, ChangedField>();
  for (const u of rows.slice(Math.max(version - 1, 0)).map(view)) {
    for (const c of u.changes) {
      const prev = merged.get(c.field);
      merged.set(c.field, { ...c, before: prev ? prev.before : c.before, by: u.actorEmail });
    }
  }
  return [...merged.values()].filter((c) => c.before !== c.after);
}
