// An event write's input made ready to store: campaign, region, district,
// people, organisations and sources resolved to ids inside the write's
// transaction (names typed in the form become records), the caller's right to
// the region and status checked. Shared by creates and updates.
import "server-only";
import { AppError, fieldError } from "../errors";
import { can } from "../permissions";
import { directoryIdFor } from "./directory-refs";
import { searchTextFor } from "./event-search";
import { sourceIdFor } from "./source-writes";
import { remembered, type TxMemo } from "./tx-memo";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { EventInput } from "../schemas/event";

/** Everything the event row and its relations need, with names resolved to ids. */
export async function resolve(
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
export function checkInputAllowed(actor: SessionUser, input: EventInput, regionId: number, wasCancelled: boolean) {
  if (!can.createEventIn(actor, regionId)) {
    throw new AppError("forbidden", { fieldErrors: { region: "validation.regionForbidden" } });
  }
  if (input.status === "cancelled" && !wasCancelled && !can.cancelEvent(actor, { regionId, createdById: null })) {
    throw new AppError("forbidden", { fieldErrors: { status: "validation.cancelForbidden" } });
  }
}
