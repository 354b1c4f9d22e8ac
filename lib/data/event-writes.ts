// Writing events. Each write is one transaction that also records an
// AuditEntry with the changed fields before and after. Callers (lib/commands)
// have already checked the role and region; these functions check again in
// their queries (region scope, version) so a stale check cannot write.
import "server-only";
import { db } from "../db";
import { eventSearchText } from "../search/event-search-text";
import { detectLanguage } from "../search/language";
import { searchTextOf } from "../search/normalize";
import type { SessionUser } from "./users";
import type { Prisma } from "../generated/sqlite/client";
import type { EventInput } from "../schemas/event";

type Tx = Prisma.TransactionClient;

/** A problem with one field, found while writing (unknown campaign, district of another region…). */
export class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly key: string,
  ) {
    super(key);
  }
}
export class ConflictError extends Error {
  constructor(
    readonly changes: Array<AuditChange & { by?: string }>,
    readonly currentVersion: number,
  ) {
    super("conflict");
  }
}

const TX = { maxWait: 30_000, timeout: 30_000 };

const snapshotSelect = {
  id: true,
  title: true,
  status: true,
  date: true,
  datePrecision: true,
  regionId: true,
  locality: true,
  format: true,
  audienceSize: true,
  audienceEstimate: true,
  summary: true,
  version: true,
  createdById: true,
  deletedAt: true,
  campaign: { select: { slug: true } },
  region: { select: { iso: true } },
  district: { select: { nameEn: true } },
  audiences: { select: { type: true } },
  speakers: {
    orderBy: { position: "asc" },
    select: { role: true, person: { select: { fullName: true } }, organization: { select: { name: true } } },
  },
  organizations: {
    orderBy: { organizationId: "asc" },
    select: { role: true, organization: { select: { name: true } } },
  },
  sources: { select: { sourceId: true, source: { select: { url: true, outlet: true, publishedAt: true } } } },
} as const satisfies Prisma.EventSelect;
type Stored = Prisma.EventGetPayload<{ select: typeof snapshotSelect }>;

export type Snapshot = Record<string, string | number | boolean | null>;
export type AuditChange = { field: string; before: Snapshot[string]; after: Snapshot[string] };

/** The event as the history shows it: one comparable value per field. */
export function snapshotOf(e: Stored): Snapshot {
  const source = e.sources[0]?.source;
  return {
    title: e.title,
    campaign: e.campaign.slug,
    status: e.status,
    date: e.date.toISOString().slice(0, 10),
    datePrecision: e.datePrecision,
    region: e.region.iso,
    district: e.district?.nameEn ?? null,
    locality: e.locality,
    format: e.format,
    audiences:
      e.audiences
        .map((a) => a.type)
        .sort()
        .join(", ") || null,
    audienceSize: e.audienceSize,
    audienceEstimate: e.audienceEstimate,
    summary: e.summary,
    speakers:
      e.speakers
        .map(
          (s) =>
            `${s.person.fullName}${s.role ? ` (${s.role})` : ""}${s.organization ? ` — ${s.organization.name}` : ""}`,
        )
        .join("; ") || null,
    organizations: e.organizations.map((o) => `${o.organization.name} (${o.role})`).join("; ") || null,
    source: source
      ? [source.url, source.outlet, source.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ") || null
      : null,
  };
}

export function changesBetween(before: Snapshot, after: Snapshot): AuditChange[] {
  return Object.keys(after)
    .filter((k) => before[k] !== after[k])
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

async function audit(
  tx: Tx,
  actor: SessionUser,
  action: string,
  entity: string,
  entityId: number,
  changes: AuditChange[] | null,
  full?: Snapshot,
) {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      entity,
      entityId: String(entityId),
      before: changes ? JSON.stringify(Object.fromEntries(changes.map((c) => [c.field, c.before]))) : null,
      after: JSON.stringify(full ?? Object.fromEntries((changes ?? []).map((c) => [c.field, c.after]))),
    },
  });
}

async function personId(tx: Tx, ref: EventInput["speakers"][number]["person"], path: string): Promise<number> {
  if ("id" in ref) {
    if (!(await tx.person.findUnique({ where: { id: ref.id }, select: { id: true } })))
      throw new FieldError(path, "validation.notFound");
    return ref.id;
  }
  // The same spelling typed again is the same person; other spellings are merged later.
  const existing = await tx.person.findFirst({
    where: { OR: [{ fullName: ref.name }, { aliases: { some: { name: ref.name } } }] },
    select: { id: true },
  });
  if (existing) return existing.id;
  return (await tx.person.create({ data: { fullName: ref.name, searchText: searchTextOf([ref.name]) } })).id;
}

async function organizationId(
  tx: Tx,
  ref: NonNullable<EventInput["speakers"][number]["organization"]>,
  path: string,
): Promise<number> {
  if ("id" in ref) {
    if (!(await tx.organization.findUnique({ where: { id: ref.id }, select: { id: true } })))
      throw new FieldError(path, "validation.notFound");
    return ref.id;
  }
  const existing = await tx.organization.findFirst({
    where: { OR: [{ name: ref.name }, { aliases: { some: { name: ref.name } } }] },
    select: { id: true },
  });
  if (existing) return existing.id;
  return (
    await tx.organization.create({ data: { name: ref.name, kind: ref.kind, searchText: searchTextOf([ref.name]) } })
  ).id;
}

/** Everything the event row and its relations need, with names resolved to ids. */
async function resolve(tx: Tx, input: EventInput) {
  const [campaign, region] = await Promise.all([
    tx.campaign.findUnique({ where: { slug: input.campaign }, select: { id: true } }),
    tx.region.findUnique({ where: { iso: input.region }, select: { id: true } }),
  ]);
  if (!campaign) throw new FieldError("campaign", "validation.choose");
  if (!region) throw new FieldError("region", "validation.choose");
  if (input.district !== null) {
    const district = await tx.district.findUnique({ where: { id: input.district }, select: { regionId: true } });
    if (!district || district.regionId !== region.id)
      throw new FieldError("district", "validation.districtWrongRegion");
  }
  const speakers: Array<{ personId: number; role: string | null; organizationId: number | null; position: number }> =
    [];
  for (const [i, s] of input.speakers.entries()) {
    const pid = await personId(tx, s.person, `speakers.${i}.person`);
    if (speakers.some((x) => x.personId === pid)) throw new FieldError(`speakers.${i}.person`, "validation.duplicate");
    const oid = s.organization ? await organizationId(tx, s.organization, `speakers.${i}.organization`) : null;
    speakers.push({ personId: pid, role: s.role, organizationId: oid, position: i });
  }
  const organizations: Array<{ organizationId: number; role: "host" | "participant" }> = [];
  for (const [i, o] of input.organizations.entries()) {
    const oid = await organizationId(tx, o.organization, `organizations.${i}.organization`);
    if (organizations.some((x) => x.organizationId === oid))
      throw new FieldError(`organizations.${i}.organization`, "validation.duplicate");
    organizations.push({ organizationId: oid, role: o.role });
  }
  const [people, orgs] = await Promise.all([
    tx.person.findMany({
      where: { id: { in: speakers.map((s) => s.personId) } },
      select: { fullName: true, aliases: { select: { name: true } } },
    }),
    tx.organization.findMany({
      where: {
        id: { in: [...organizations.map((o) => o.organizationId), ...speakers.flatMap((s) => s.organizationId ?? [])] },
      },
      select: { name: true, aliases: { select: { name: true } } },
    }),
  ]);
  const searchText = eventSearchText({
    title: input.title,
    summary: input.summary,
    locality: input.locality,
    people: people.map((p) => ({ name: p.fullName, aliases: p.aliases.map((a) => a.name) })),
    organizations: orgs.map((o) => ({ name: o.name, aliases: o.aliases.map((a) => a.name) })),
  });
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
  return { fields, speakers, organizations, regionId: region.id };
}

function sourceData(input: EventInput) {
  const s = input.source;
  if (!s || !(s.url || s.outlet || s.text || s.publishedAt)) return null;
  return {
    url: s.url,
    outlet: s.outlet,
    publishedAt: s.publishedAt ? new Date(`${s.publishedAt}T00:00:00Z`) : null,
    text: s.text ?? "",
    title: input.title,
    language: detectLanguage(s.text || input.title),
  };
}

/** The region an input names, for the permission check before writing. */
export async function regionIdOf(iso: string): Promise<number | null> {
  return (await db.region.findUnique({ where: { iso }, select: { id: true } }))?.id ?? null;
}

export async function createEvent(actor: SessionUser, input: EventInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const r = await resolve(tx, input);
    const source = sourceData(input);
    const created = await tx.event.create({
      data: {
        ...r.fields,
        createdById: actor.id,
        updatedById: actor.id,
        audiences: { create: input.audiences.map((type) => ({ type })) },
        speakers: { create: r.speakers },
        organizations: { create: r.organizations },
        ...(source ? { sources: { create: [{ source: { create: source } }] } } : {}),
      },
      select: snapshotSelect,
    });
    await audit(tx, actor, "create", "Event", created.id, null, snapshotOf(created));
    return created.id;
  }, TX);
}

/** Facts the permission check needs, for an event inside the scope (or null). */
export async function eventFactsForWrite(
  id: number,
  scopeRegionIds: number[] | null,
  opts: { deleted?: boolean } = {},
) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db.event.findFirst({
    where: {
      id,
      deletedAt: opts.deleted ? { not: null } : null,
      ...(scopeRegionIds === null ? {} : { regionId: { in: scopeRegionIds } }),
    },
    select: { id: true, regionId: true, createdById: true, status: true, version: true },
  });
}

/**
 * Saves an edit made on `baseVersion`. If someone saved in between, nothing is
 * written and ConflictError lists what they changed.
 */
export async function updateEvent(
  actor: SessionUser,
  id: number,
  baseVersion: number,
  input: EventInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    if (before.version !== baseVersion || before.deletedAt)
      throw new ConflictError(await changesSince(tx, id, baseVersion), before.version);
    const r = await resolve(tx, input);
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.event.updateMany({
      where: { id, version: baseVersion, deletedAt: null },
      data: { ...r.fields, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError([], before.version);
    await tx.eventAudience.deleteMany({ where: { eventId: id } });
    await tx.eventSpeaker.deleteMany({ where: { eventId: id } });
    await tx.eventOrganization.deleteMany({ where: { eventId: id } });
    await tx.event.update({
      where: { id },
      data: {
        audiences: { create: input.audiences.map((type) => ({ type })) },
        speakers: { create: r.speakers },
        organizations: { create: r.organizations },
      },
    });
    const source = sourceData(input);
    const linked = before.sources[0]?.sourceId;
    if (source && linked) {
      // Keep a seeded document's text; the form edits its metadata.
      const { text, ...meta } = source;
      await tx.source.update({ where: { id: linked }, data: text ? source : meta });
    } else if (source) {
      await tx.event.update({ where: { id }, data: { sources: { create: [{ source: { create: source } }] } } });
    }
    const after = await tx.event.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
    await audit(tx, actor, "update", "Event", id, changesBetween(snapshotOf(before), snapshotOf(after)));
  }, TX);
}

/**
 * What others changed since `version`: every update raises the version by one
 * and writes one audit entry, so the entries after the first (version - 1) are
 * exactly the newer saves. Merged per field: first "before", last "after".
 */
async function changesSince(tx: Tx, id: number, version: number): Promise<Array<AuditChange & { by: string }>> {
  const updates = await tx.auditEntry.findMany({
    where: { entity: "Event", entityId: String(id), action: "update" },
    orderBy: { id: "asc" },
    select: { actorEmail: true, before: true, after: true },
  });
  const merged = new Map<string, AuditChange & { by: string }>();
  for (const u of updates.slice(Math.max(version - 1, 0))) {
    const before = JSON.parse(u.before ?? "{}") as Snapshot;
    const after = JSON.parse(u.after ?? "{}") as Snapshot;
    for (const field of Object.keys(after)) {
      const prev = merged.get(field);
      merged.set(field, {
        field,
        before: prev ? prev.before : (before[field] ?? null),
        after: after[field] ?? null,
        by: u.actorEmail,
      });
    }
  }
  return [...merged.values()].filter((c) => c.before !== c.after);
}

export async function softDeleteEvent(actor: SessionUser, id: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), updatedById: actor.id },
    });
    if (count === 0) return false;
    await audit(tx, actor, "delete", "Event", id, [{ field: "deleted", before: false, after: true }]);
    return true;
  }, TX);
}

export async function restoreEvent(actor: SessionUser, id: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, updatedById: actor.id },
    });
    if (count === 0) return false;
    await audit(tx, actor, "restore", "Event", id, [{ field: "deleted", before: true, after: false }]);
    return true;
  }, TX);
}
