// The one audit writer. Every entry, for every entity, has the same shape:
// `before` and `after` are JSON objects of field → value holding the fields
// the write changed (a create has no `before` and the whole record in
// `after`), and `version` is the record's version after the write, where the
// write changed it. Writers take the write's own transaction, so a change and
// its record commit together or not at all. The seed writes through here too,
// which is why this module holds no connection of its own.
import { insertRows } from "./sql/bulk-insert";
import type { Tx } from "../db-client";
import type { Dialect } from "../db-url";
import type { ChangedField, FieldValue } from "../errors";

export type AuditEntity = "Event" | "Person" | "Organization" | "Source" | "User";
export type AuditAction =
  "create" | "update" | "delete" | "restore" | "merge" | "rename" | "password" | "activate" | "deactivate" | "signout";
/** A record as the history shows it: one comparable value per field. */
export type Snapshot = Record<string, FieldValue>;
export type AuditActor = { id: number | null; email: string };
/** What made a write besides a form or an API call: a spreadsheet row, or a merge of two events. */
export type AuditVia = { import: string; row: number } | { mergedFrom: number } | { mergedInto: number };

export function changesBetween(before: Snapshot, after: Snapshot): ChangedField[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => (before[k] ?? null) !== (after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export type AuditRecord = {
  action: AuditAction;
  entity: AuditEntity;
  entityId: number;
  before: Snapshot | null;
  after: Snapshot;
  version?: number;
  via?: AuditVia;
};

const rowOf = (actor: AuditActor, entry: AuditRecord) => ({
  actorId: actor.id,
  actorEmail: actor.email,
  action: entry.action,
  entity: entry.entity,
  entityId: String(entry.entityId),
  before: entry.before && JSON.stringify(entry.before),
  after: JSON.stringify(entry.after),
  version: entry.version ?? null,
  via: entry.via ? JSON.stringify(entry.via) : null,
});

/** Writes one entry. `before` null: a creation, `after` is the whole record. */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: rowOf(actor, entry) });
}

const AUDIT_COLUMNS = [
  "actorId",
  "actorEmail",
  "action",
  "entity",
  "entityId",
  "before",
  "after",
  "version",
  "via",
  "createdAt",
].map((name) => ({ name }));

/** Writes many entries in a few statements, in this order (a batch of created events). */
export async function recordAudits(tx: Tx, dialect: Dialect, actor: AuditActor, entries: AuditRecord[]): Promise<void> {
  const createdAt = new Date();
  const rows = entries.map((e) => ({ ...rowOf(actor, e), createdAt }));
  if (rows.length > 0) await insertRows(tx, dialect, "AuditEntry", AUDIT_COLUMNS, rows);
}

/**
 * Records the difference between two snapshots of one record (only the fields
 * that differ); nothing when they are equal and the write changed no version.
 */
export async function recordChanges(
  tx: Tx,
  actor: AuditActor,
  action: AuditAction,
  entity: AuditEntity,
  entityId: number,
  before: Snapshot,
  after: Snapshot,
  version?: number,
  via?: AuditVia,
): Promise<void> {
  const changes = changesBetween(before, after);
  if (changes.length === 0 && version === undefined) return;
  await recordAudit(tx, actor, {
    action,
    entity,
    entityId,
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    version,
    via,
  });
}
