// Records as their history records them: one comparable value per field, read
// inside the write's transaction before and after the change. `npm run
// audit:verify` replays the history and compares it with these snapshots of
// the stored rows, so every write must record a snapshot's change. Pure (no
// connection): the seed and the verifier use it too.
import type { Snapshot } from "./audit-write";
import type { Prisma } from "../generated/sqlite/client";

export const snapshotSelect = {
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
  sources: { select: { sourceId: true }, orderBy: { sourceId: "asc" } },
} as const satisfies Prisma.EventSelect;
export type StoredEvent = Prisma.EventGetPayload<{ select: typeof snapshotSelect }>;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function snapshotOf(e: StoredEvent): Snapshot {
  const speaker = (s: StoredEvent["speakers"][number]) =>
    `${s.person.fullName}${s.role ? ` (${s.role})` : ""}${s.organization ? ` — ${s.organization.name}` : ""}`;
  return {
    title: e.title,
    campaign: e.campaign.slug,
    status: e.status,
    date: day(e.date),
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
    speakers: e.speakers.map(speaker).join("; ") || null,
    organizations:
      e.organizations
        .map((o) => `${o.organization.name} (${o.role})`)
        .sort()
        .join("; ") || null,
    // By id: a source is a record of its own, edited on its own page.
    sources: e.sources.map((s) => `#${s.sourceId}`).join(", ") || null,
    deleted: e.deletedAt !== null,
  };
}

const aliasList = (aliases: Array<{ name: string }>) =>
  aliases
    .map((a) => a.name)
    .sort()
    .join("; ") || null;

export const personSnapshotSelect = { fullName: true, aliases: { select: { name: true } } } as const;
export const personSnapshot = (p: { fullName: string; aliases: Array<{ name: string }> }): Snapshot => ({
  name: p.fullName,
  aliases: aliasList(p.aliases),
});

export const organizationSnapshotSelect = { name: true, kind: true, aliases: { select: { name: true } } } as const;
export const organizationSnapshot = (o: {
  name: string;
  kind: string;
  aliases: Array<{ name: string }>;
}): Snapshot => ({
  name: o.name,
  kind: o.kind,
  aliases: aliasList(o.aliases),
});

export const sourceSnapshotSelect = {
  title: true,
  outlet: true,
  url: true,
  publishedAt: true,
  language: true,
  text: true,
} as const;
export const sourceSnapshot = (s: {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
  text: string;
}): Snapshot => ({
  title: s.title,
  outlet: s.outlet,
  url: s.url,
  publishedAt: s.publishedAt && day(s.publishedAt),
  language: s.language,
  text: s.text,
});
