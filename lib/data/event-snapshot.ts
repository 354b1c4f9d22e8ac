// An event as its history records it: one comparable value per field, read
// inside the write's transaction before and after the change.
import "server-only";
import type { Snapshot } from "./audit";
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
  sources: { select: { sourceId: true, source: { select: { url: true, outlet: true, publishedAt: true } } } },
} as const satisfies Prisma.EventSelect;
export type StoredEvent = Prisma.EventGetPayload<{ select: typeof snapshotSelect }>;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function snapshotOf(e: StoredEvent): Snapshot {
  const source = e.sources[0]?.source;
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
    organizations: e.organizations.map((o) => `${o.organization.name} (${o.role})`).join("; ") || null,
    source: source
      ? [source.url, source.outlet, source.publishedAt && day(source.publishedAt)].filter(Boolean).join(" · ") || null
      : null,
  };
}
