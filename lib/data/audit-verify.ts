// The history replays to the data: every event, person, organisation and
// source is rebuilt from its audit entries alone (a "create" holds the whole
// record, every later entry the fields it changed, a merge's "mergedInto" ends
// a record) and compared with a snapshot of the stored row. Any difference
// means some write changed data without recording it, or recorded what it did
// not do. `npm run audit:verify` runs this; tests call it after their writes.
// Takes a client (no app connection), so scripts and tests share it.
import {
  organizationSnapshot,
  organizationSnapshotSelect,
  personSnapshot,
  personSnapshotSelect,
  snapshotOf,
  snapshotSelect,
  sourceSnapshot,
  sourceSnapshotSelect,
} from "./event-snapshot";
import type { Snapshot } from "./audit-write";
import type { Db } from "../db-client";
import type { FieldValue } from "../errors";

const ENTITIES = ["Event", "Person", "Organization", "Source"] as const;
type Entity = (typeof ENTITIES)[number];

type Difference = {
  entity: Entity;
  id: string;
  problem: "no history" | "not stored" | "merged but stored" | "differs" | "entry before create";
  field?: string;
  stored?: FieldValue;
  replayed?: FieldValue;
};
export type VerifyReport = { records: Record<Entity, number>; entries: number; differences: Difference[] };

const PAGE = 500;

type Replayed = { state: Snapshot; gone: boolean };

async function replay(db: Db, entity: Entity, report: VerifyReport): Promise<Map<string, Replayed>> {
  const states = new Map<string, Replayed>();
  let after = 0;
  for (;;) {
    const rows = await db.auditEntry.findMany({
      where: { entity, id: { gt: after } },
      orderBy: { id: "asc" },
      take: 5000,
      select: { id: true, entityId: true, action: true, after: true },
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      report.entries++;
      const change = r.after ? (JSON.parse(r.after) as Snapshot) : {};
      if (r.action === "create") {
        states.set(r.entityId, { state: { ...change }, gone: false });
        continue;
      }
      const current = states.get(r.entityId);
      if (!current) {
        report.differences.push({ entity, id: r.entityId, problem: "entry before create" });
        continue;
      }
      if ("mergedInto" in change) current.gone = true;
      else Object.assign(current.state, change);
    }
    after = rows[rows.length - 1]?.id ?? after;
  }
  return states;
}

/** Snapshots of every stored row of `entity`, page by page. */
async function* stored(db: Db, entity: Entity): AsyncGenerator<Array<[string, Snapshot]>> {
  let after = 0;
  for (;;) {
    const page = { where: { id: { gt: after } }, orderBy: { id: "asc" as const }, take: PAGE };
    let rows: Array<[number, Snapshot]>;
    if (entity === "Event") {
      rows = (await db.event.findMany({ ...page, select: snapshotSelect })).map((e) => [e.id, snapshotOf(e)]);
    } else if (entity === "Person") {
      rows = (await db.person.findMany({ ...page, select: { id: true, ...personSnapshotSelect } })).map((p) => [
        p.id,
        personSnapshot(p),
      ]);
    } else if (entity === "Organization") {
      rows = (await db.organization.findMany({ ...page, select: { id: true, ...organizationSnapshotSelect } })).map(
        (o) => [o.id, organizationSnapshot(o)],
      );
    } else {
      rows = (await db.source.findMany({ ...page, select: { id: true, ...sourceSnapshotSelect } })).map((s) => [
        s.id,
        sourceSnapshot(s),
      ]);
    }
    if (rows.length === 0) return;
    yield rows.map(([id, snap]) => [String(id), snap]);
    after = rows[rows.length - 1]?.[0] ?? after;
  }
}

export async function verifyAudit(db: Db): Promise<VerifyReport> {
  const report: VerifyReport = {
    records: { Event: 0, Person: 0, Organization: 0, Source: 0 },
    entries: 0,
    differences: [],
  };
  for (const entity of ENTITIES) {
    const states = await replay(db, entity, report);
    const seen = new Set<string>();
    for await (const rows of stored(db, entity)) {
      for (const [id, snap] of rows) {
        report.records[entity]++;
        seen.add(id);
        const r = states.get(id);
        if (!r) report.differences.push({ entity, id, problem: "no history" });
        else if (r.gone) report.differences.push({ entity, id, problem: "merged but stored" });
        else {
          for (const field of new Set([...Object.keys(snap), ...Object.keys(r.state)])) {
            const a = snap[field] ?? null;
            const b = r.state[field] ?? null;
            if (a !== b) report.differences.push({ entity, id, problem: "differs", field, stored: a, replayed: b });
          }
        }
      }
    }
    for (const [id, r] of states) {
      if (!r.gone && !seen.has(id)) report.differences.push({ entity, id, problem: "not stored" });
    }
  }
  return report;
}
