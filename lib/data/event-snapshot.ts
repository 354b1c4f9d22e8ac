// Records as their history records them: one comparable value per field, read
// inside the write's transaction before and after the change. `npm run
// audit:verify` replays the history and compares it with these snapshots of
// the stored rows, so every write must record a snapshot's change. Pure (no
// connection): the seed and the verifier use it too.
import { bodyOfStored } from "../schemas/event-stored";
import type { Snapshot } from "./audit-write";
import type { Prisma } from "../generated/sqlite/client";
import type { EventBody } from "../schemas/event-fields";

/**
 * A stored event's fields as `bodyOfStored` (lib/schemas/event-stored.ts)
 * reads them: what the edit form opens with, what the API returns, what an
 * import row is compared with, and what history records.
 */
export const storedFieldsSelect = {
  title: true,
  status: true,
  date: true,
  datePrecision: true,
  locality: true,
  format: true,
  audienceSize: true,
  audienceEstimate: true,
  summary: true,
  campaign: { select: { slug: true } },
  region: { select: { iso: true } },
  district: { select: { id: true } },
  audiences: { select: { type: true } },
  speakers: {
    orderBy: { position: "asc" },
    select: {
      role: true,
      person: { select: { id: true, fullName: true } },
      organization: { select: { id: true, name: true } },
    },
  },
  organizations: {
    orderBy: { role: "asc" },
    select: { role: true, organization: { select: { id: true, name: true } } },
  },
  sources: { orderBy: { sourceId: "asc" }, select: { source: { select: { id: true, title: true } } } },
} as const satisfies Prisma.EventSelect;

export const snapshotSelect = {
  ...storedFieldsSelect,
  id: true,
  version: true,
  regionId: true,
  createdById: true,
  deletedAt: true,
  district: { select: { id: true, nameEn: true } },
} as const satisfies Prisma.EventSelect;
export type StoredEvent = Prisma.EventGetPayload<{ select: typeof snapshotSelect }>;

const day = (d: Date) => d.toISOString().slice(0, 10);
const refName = (r: { name?: string }) => r.name ?? "";

/**
 * The event as its history records it: the API body's fields (one comparable
 * value each: lists as sorted or ordered text), with the district by its name
 * (ids differ between databases) and whether it is deleted.
 */
export function snapshotOf(e: StoredEvent): Snapshot {
  const { district: _id, audiences, speakers, organizations, sources, ...own } = bodyOfStored(e);
  const speaker = (s: EventBody["speakers"][number]) =>
    `${refName(s.person)}${s.role ? ` (${s.role})` : ""}${s.organization ? ` — ${refName(s.organization)}` : ""}`;
  return {
    ...own,
    district: e.district?.nameEn ?? null,
    audiences: [...audiences].sort().join(", ") || null,
    speakers: speakers.map(speaker).join("; ") || null,
    organizations:
      organizations
        .map((o) => `${refName(o.organization)} (${o.role})`)
        .sort()
        .join("; ") || null,
    // By id: a source is a record of its own, edited on its own page.
    sources: sources.map((x) => ("id" in x ? `#${x.id}` : "")).join(", ") || null,
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
