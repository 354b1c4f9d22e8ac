// The one audit reader (the writer is ./audit-write.ts, re-exported here):
// history for the record pages, and what changed since a version for the
// conflict notices.
import "server-only";
import { db } from "../db";
import { changesBetween, type AuditEntity, type AuditVia, type Snapshot } from "./audit-write";
import type { Tx } from "../db-client";
import type { ChangedField } from "../errors";

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
  /** The spreadsheet row the write came from (an import), or the event merged with (a merge). */
  via: AuditVia | null;
};

function viaOf(json: string | null): AuditEntryView["via"] {
  if (!json) return null;
  const v = JSON.parse(json) as { import?: unknown; row?: unknown; mergedFrom?: unknown; mergedInto?: unknown };
  if (typeof v.import === "string" && typeof v.row === "number") return { import: v.import, row: v.row };
  if (typeof v.mergedFrom === "number") return { mergedFrom: v.mergedFrom };
  return typeof v.mergedInto === "number" ? { mergedInto: v.mergedInto } : null;
}

function view(row: {
  id: number;
  actorEmail: string;
  action: string;
  createdAt: Date;
  before: string | null;
  after: string | null;
  via: string | null;
}): AuditEntryView {
  const before = parse(row.before);
  const after = parse(row.after);
  return {
    ...row,
    before,
    after,
    changes: row.before === null ? [] : changesBetween(before, after),
    via: viaOf(row.via),
  };
}

const entrySelect = {
  id: true,
  actorEmail: true,
  action: true,
  before: true,
  after: true,
  via: true,
  createdAt: true,
} as const;

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
 * What others changed since `version`: every write that raises a record's
 * version writes one entry carrying the new version, so the entries above
 * `version` are exactly the newer saves. Merged per field: first "before",
 * last "after", and who saved last.
 */
export async function changesSince(
  tx: Tx,
  entity: AuditEntity,
  entityId: number,
  version: number,
): Promise<ChangedField[]> {
  const rows = await tx.auditEntry.findMany({
    where: { entity, entityId: String(entityId), version: { gt: version } },
    orderBy: { id: "asc" },
    select: entrySelect,
  });
  const merged = new Map<string, ChangedField>();
  for (const u of rows.map(view)) {
    for (const c of u.changes) {
      const prev = merged.get(c.field);
      merged.set(c.field, { ...c, before: prev ? prev.before : c.before, by: u.actorEmail });
    }
  }
  return [...merged.values()].filter((c) => c.before !== c.after);
}

/** changesSince outside a write, for a refusal that is answered after its transaction. */
export const changesSinceVersion = (entity: AuditEntity, entityId: number, version: number) =>
  changesSince(db, entity, entityId, version);
