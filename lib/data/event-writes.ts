// Changing events (creating them: event-creates.ts). Each write is one
// transaction that checks the caller's permission on the row as it is inside
// that transaction (region, author, status), writes with the version or scope
// in its own WHERE, and records the change through the audit writer. A check
// made before the transaction cannot be outrun by another write.
import "server-only";
import { writeTransaction } from "./transaction";
import { AppError } from "../errors";
import { can } from "../permissions";
import { changesSince } from "./audit";
import { recordAudit, recordChanges, type AuditVia } from "./audit-write";
import { checkInputAllowed, resolve } from "./event-resolve";
import { snapshotOf, snapshotSelect } from "./event-snapshot";
import { scopeOf } from "../domain/scope";
import type { TxMemo } from "./tx-memo";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";

/** The event as this actor may see it inside the transaction, or "not found" (then "forbidden" is theirs to learn only for what they can read). */
async function visibleEvent(tx: Tx, actor: SessionUser, id: number, deleted: boolean) {
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("not_found");
  const { regionIds } = scopeOf(actor);
  const scope = regionIds === null ? {} : { regionId: { in: regionIds } };
  const found = await tx.event.findFirst({
    where: { id, deletedAt: deleted ? { not: null } : null, ...scope },
    select: snapshotSelect,
  });
  if (!found) throw new AppError("not_found");
  return found;
}

/**
 * Saves an edit made on `baseVersion`. If someone saved in between, nothing is
 * written and the conflict lists what they changed.
 */
export async function updateEvent(actor: SessionUser, id: number, baseVersion: number, input: EventInput) {
  await writeTransaction((tx) => updateEventIn(tx, actor, id, baseVersion, input));
}

/** updateEvent inside the caller's transaction. */
export async function updateEventIn(
  tx: Tx,
  actor: SessionUser,
  id: number,
  baseVersion: number,
  input: EventInput,
  via?: AuditVia,
  memo?: TxMemo,
): Promise<void> {
  const before = await visibleEvent(tx, actor, id, false);
  if (!can.editEvent(actor, before)) throw new AppError("forbidden");
  const conflict = async () =>
    new AppError("conflict", {
      conflict: await changesSince(tx, "Event", id, baseVersion),
      currentVersion: before.version,
    });
  if (before.version !== baseVersion) throw await conflict();
  const r = await resolve(
    tx,
    actor,
    input,
    (regionId) => {
      checkInputAllowed(actor, input, regionId, before.status === "cancelled");
    },
    memo,
  );
  // The version and the region read above are in the WHERE: the check and
  // the write are one step, whatever else commits in between.
  const { count } = await tx.event.updateMany({
    where: { id, version: baseVersion, deletedAt: null, regionId: before.regionId },
    data: { ...r.fields, updatedById: actor.id, version: { increment: 1 } },
  });
  if (count === 0) throw await conflict();
  await tx.eventAudience.deleteMany({ where: { eventId: id } });
  await tx.eventSpeaker.deleteMany({ where: { eventId: id } });
  await tx.eventOrganization.deleteMany({ where: { eventId: id } });
  // Links only: the sources themselves are edited on their own pages.
  await tx.eventSource.deleteMany({ where: { eventId: id } });
  await tx.event.update({
    where: { id },
    data: {
      audiences: { create: input.audiences.map((type) => ({ type })) },
      speakers: { create: r.speakers },
      organizations: { create: r.organizations },
      sources: { create: r.sourceIds.map((sourceId) => ({ sourceId })) },
    },
  });
  const after = await tx.event.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  await recordChanges(tx, actor, "update", "Event", id, snapshotOf(before), snapshotOf(after), after.version, via);
}

/** Soft delete (deleted) or restore (not deleted), within the actor's permission, checked in the same transaction. */
export const setEventDeleted = (actor: SessionUser, id: number, deleted: boolean): Promise<void> =>
  writeTransaction((tx) => setEventDeletedIn(tx, actor, id, deleted));

/** setEventDeleted inside a transaction (a merge deletes the event merged away with `via`). */
export async function setEventDeletedIn(
  tx: Tx,
  actor: SessionUser,
  id: number,
  deleted: boolean,
  via?: AuditVia,
): Promise<void> {
  const e = await visibleEvent(tx, actor, id, !deleted);
  if (!(deleted ? can.deleteEvent(actor, e) : can.restoreEvent(actor))) throw new AppError("forbidden");
  const { count } = await tx.event.updateMany({
    where: { id, regionId: e.regionId, deletedAt: deleted ? null : { not: null } },
    data: { deletedAt: deleted ? new Date() : null, updatedById: actor.id },
  });
  if (count === 0) throw new AppError("not_found");
  await recordAudit(tx, actor, {
    action: deleted ? "delete" : "restore",
    entity: "Event",
    entityId: id,
    before: { deleted: !deleted },
    after: { deleted },
    via,
  });
}
