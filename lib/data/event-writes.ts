// Writing events. Each write is one transaction that checks the caller's
// permission on the row as it is inside that transaction (region, author,
// status), writes with the version or scope in its own WHERE, and records the
// change through the audit writer. A check made before the transaction cannot
// be outrun by another write.
import "server-only";
import { writeTransaction } from "./transaction";
import { AppError, fieldError } from "../errors";
import { can } from "../permissions";
import { changesSince } from "./audit";
import { recordAudit, recordChanges, type AuditVia } from "./audit-write";
import { directoryIdFor } from "./directory-refs";
import { searchTextFor } from "./event-search";
import { snapshotOf, snapshotSelect } from "./event-snapshot";
import { sourceIdFor } from "./source-writes";
import { remembered, type TxMemo } from "./tx-memo";
import { scopeOf } from "../domain/scope";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";

/** Everything the event row and its relations need, with names resolved to ids. */
async function resolve(
  tx: Tx,
  actor: SessionUser,
  input: EventInput,
  allowRegion: (regionId: number) => void,
  memo?: TxMemo,
) {
  // One after the other: a transaction's connection runs one statement at a time.
  const campaign = await remembered(memo, `campaign:${input.campaign}`, () =>
    tx.campaign.findUnique({ where: { slug: input.campaign }, select: { id: true } }),
  );
  const region = await remembered(memo, `region:${input.region}`, () =>
    tx.region.findUnique({ where: { iso: input.region }, select: { id: true } }),
  );
  if (!campaign) throw fieldError("campaign", "validation.choose");
  if (!region) throw fieldError("region", "validation.choose");
  allowRegion(region.id);
  if (input.district !== null) {
    const id = input.district;
    const district = await remembered(memo, `district:${id}`, () =>
      tx.district.findUnique({ where: { id }, select: { regionId: true } }),
    );
    if (district?.regionId !== region.id) throw fieldError("district", "validation.districtWrongRegion");
  }
  const speakers: Array<{ personId: number; role: string | null; organizationId: number | null; position: number }> =
    [];
  for (const [i, s] of input.speakers.entries()) {
    const personId = await directoryIdFor(tx, actor, "person", s.person, `speakers.${i}.person`, memo);
    if (speakers.some((x) => x.personId === personId)) throw fieldError(`speakers.${i}.person`, "validation.duplicate");
    const organizationId = s.organization
      ? await directoryIdFor(tx, actor, "organization", s.organization, `speakers.${i}.organization`, memo)
      : null;
    speakers.push({ personId, role: s.role, organizationId, position: i });
  }
  const organizations: Array<{ organizationId: number; role: "host" | "participant" }> = [];
  for (const [i, o] of input.organizations.entries()) {
    const path = `organizations.${i}.organization`;
    const organizationId = await directoryIdFor(tx, actor, "organization", o.organization, path, memo);
    if (organizations.some((x) => x.organizationId === organizationId)) throw fieldError(path, "validation.duplicate");
    organizations.push({ organizationId, role: o.role });
  }
  const sourceIds: number[] = [];
  for (const [i, ref] of input.sources.entries()) {
    const id = await sourceIdFor(tx, actor, ref, input.title, `sources.${i}`);
    // Two new sources with one URL are one document.
    if (!sourceIds.includes(id)) sourceIds.push(id);
  }
  const searchText = await searchTextFor(
    tx,
    { title: input.title, summary: input.summary, locality: input.locality },
    {
      personIds: speakers.map((s) => s.personId),
      organizationIds: [
        ...organizations.map((o) => o.organizationId),
        ...speakers.flatMap((s) => s.organizationId ?? []),
      ],
    },
    memo,
  );
  const fields = {
    title: input.title,
    campaignId: campaign.id,
    status: input.status,
    date: new Date(`${input.date}T00:00:00Z`),
    datePrecision: input.datePrecision,
    regionId: region.id,
    districtId: input.district,
    locality: input.locality,
    format: input.format,
    audienceSize: input.audienceSize,
    audienceEstimate: input.audienceSize === null ? false : input.audienceEstimate,
    summary: input.summary,
    searchText,
  };
  return { fields, speakers, organizations, sourceIds, regionId: region.id };
}

/** Refuses an input that moves the event to a region, or a status, its author may not set. */
function checkInputAllowed(actor: SessionUser, input: EventInput, regionId: number, wasCancelled: boolean) {
  if (!can.createEventIn(actor, regionId)) {
    throw new AppError("forbidden", { fieldErrors: { region: "validation.regionForbidden" } });
  }
  if (input.status === "cancelled" && !wasCancelled && !can.cancelEvent(actor, { regionId, createdById: null })) {
    throw new AppError("forbidden", { fieldErrors: { status: "validation.cancelForbidden" } });
  }
}

export const createEvent = (actor: SessionUser, input: EventInput): Promise<number> =>
  writeTransaction((tx) => createEventIn(tx, actor, input));

/** Creates an event inside the caller's transaction (an import writes many in one). */
export async function createEventIn(
  tx: Tx,
  actor: SessionUser,
  input: EventInput,
  via?: AuditVia,
  memo?: TxMemo,
): Promise<number> {
  const r = await resolve(
    tx,
    actor,
    input,
    (regionId) => {
      checkInputAllowed(actor, input, regionId, false);
    },
    memo,
  );
  const created = await tx.event.create({
    data: {
      ...r.fields,
      createdById: actor.id,
      updatedById: actor.id,
      audiences: { create: input.audiences.map((type) => ({ type })) },
      speakers: { create: r.speakers },
      organizations: { create: r.organizations },
      sources: { create: r.sourceIds.map((sourceId) => ({ sourceId })) },
    },
    select: snapshotSelect,
  });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "Event",
    entityId: created.id,
    before: null,
    after: snapshotOf(created),
    version: created.version,
    via,
  });
  return created.id;
}

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
