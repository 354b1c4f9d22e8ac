// Stored events that may report one meeting (/events/duplicates): candidate
// pairs from the database (lib/data/sql/duplicate-query.ts), checked with the
// same rule as article intake; a pair dismissed is remembered; a merge keeps
// one event with both reports and deletes the other, both in their history.
import "server-only";
import { db, dialect, queryRows } from "../db";
import { AppError } from "../errors";
import { setEventDeletedIn, updateEventIn } from "./event-writes";
import { eventScopeWhere } from "./scope-where";
import { looksSame } from "../intake/duplicates";
import { duplicatePairsSql } from "./sql/duplicate-query";
import { writeTransaction } from "./transaction";
import { Prisma } from "../generated/sqlite/client";
import type { Scope } from "../domain/scope";
import type { SessionUser } from "../domain/session-user";
import type { Reason } from "../intake/reasons";
import type { EventInput } from "../schemas/event";

const pairSelect = {
  id: true,
  title: true,
  date: true,
  datePrecision: true,
  districtId: true,
  region: { select: { iso: true, nameEn: true, nameRu: true, nameKk: true } },
  district: { select: { nameEn: true, nameRu: true, nameKk: true } },
  speakers: { select: { person: { select: { id: true, fullName: true, aliases: { select: { name: true } } } } } },
  organizations: { select: { organizationId: true, organization: { select: { name: true } } } },
  sources: { select: { source: { select: { url: true } } } },
} as const;

export type PairEvent = {
  id: number;
  title: string;
  date: Date;
  region: { iso: string; nameEn: string; nameRu: string; nameKk: string };
  district: { nameEn: string; nameRu: string; nameKk: string } | null;
  speakers: string[];
  sources: number;
};
export type DuplicatePair = { first: PairEvent; second: PairEvent; reasons: Reason[] };

/**
 * Up to `limit` likely duplicate pairs among the events the caller can see,
 * newest first. Candidates come from the database in slices of the newest
 * events (by id; a slice twice as wide as the one before while pairs are
 * rare), each checked with the intake's rule, until the page is full.
 */
export async function likelyDuplicatePairs(scope: Scope, limit = 50, firstSlice = 1000): Promise<DuplicatePair[]> {
  const [top] = await queryRows(Prisma.sql`SELECT MAX("id") AS "m" FROM "Event"`);
  const out: DuplicatePair[] = [];
  let below = Number(top?.m ?? 0) + 1;
  for (let span = firstSlice; below > 1 && out.length < limit; span *= 2) {
    const from = Math.max(1, below - span);
    const rows = await queryRows(duplicatePairsSql(dialect, scope.regionIds, { from, below }));
    out.push(...(await checkedPairs(scope, rows, limit - out.length)));
    below = from;
  }
  return out;
}

/** The candidate pairs `rows` that the intake's rule confirms, at most `max`, in their order. */
async function checkedPairs(scope: Scope, rows: Record<string, unknown>[], max: number): Promise<DuplicatePair[]> {
  const pairs = rows.map((r) => [Number(r.first), Number(r.second)] as const);
  if (!pairs.length) return [];
  const events = await db.event.findMany({
    where: { id: { in: [...new Set(pairs.flat())] }, ...eventScopeWhere(scope) },
    select: pairSelect,
  });
  const byId = new Map(events.map((e) => [e.id, e]));
  const side = (e: (typeof events)[number]) => ({
    date: e.date.toISOString().slice(0, 10),
    districtId: e.districtId,
    url: null,
    speakers: e.speakers.map((s) => ({
      id: s.person.id,
      names: [s.person.fullName, ...s.person.aliases.map((a) => a.name)],
    })),
    organizations: e.organizations.map((o) => ({ id: o.organizationId, key: null, name: o.organization.name })),
  });
  const shown = (e: (typeof events)[number]): PairEvent => ({
    id: e.id,
    title: e.title,
    date: e.date,
    region: e.region,
    district: e.district,
    speakers: e.speakers.map((s) => s.person.fullName),
    sources: e.sources.length,
  });
  const out: DuplicatePair[] = [];
  for (const [a, b] of pairs) {
    const first = byId.get(a);
    const second = byId.get(b);
    if (!first || !second) continue;
    const reasons = looksSame(side(first), side(second));
    if (reasons) out.push({ first: shown(first), second: shown(second), reasons });
    if (out.length >= max) break;
  }
  return out;
}

/** "Not the same meeting": the pair is not proposed again. */
export async function dismissPair(actor: SessionUser, a: number, b: number): Promise<void> {
  const [firstId, secondId] = a < b ? [a, b] : [b, a];
  await db.duplicateDismissal.upsert({
    where: { firstId_secondId: { firstId, secondId } },
    create: { firstId, secondId, userId: actor.id },
    update: {},
  });
}

/**
 * One event from two: `keepId` saved with `input` (its own fields and both
 * reports' sources, speakers and organisations) on `keepVersion`, and
 * `dropId` deleted, unless it changed since `dropVersion`. One transaction;
 * each side's history names the other.
 */
export async function mergeEvents(
  actor: SessionUser,
  keepId: number,
  keepVersion: number,
  input: EventInput,
  dropId: number,
  dropVersion: number,
): Promise<void> {
  await writeTransaction(async (tx) => {
    const drop = await tx.event.findFirst({ where: { id: dropId, deletedAt: null }, select: { version: true } });
    if (!drop) throw new AppError("not_found");
    if (drop.version !== dropVersion) throw new AppError("conflict");
    await updateEventIn(tx, actor, keepId, keepVersion, input, { mergedFrom: dropId });
    await setEventDeletedIn(tx, actor, dropId, true, { mergedInto: keepId });
  });
}
