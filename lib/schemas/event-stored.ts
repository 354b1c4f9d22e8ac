// A stored event (as lib/data reads it) in the shape of the API body
// (./event-fields.ts): what GET /api/events/:id returns, what an edit form
// opens with, and the "theirs" of a conflict.
import type { EventBody } from "./event-fields";
import type { AudienceType, DatePrecision, EventFormat, EventStatus, OrgRole } from "../domain/enums";

type Named = { id: number; name: string };

/** The stored event, as lib/data reads it, in the body's shape. */
export type StoredEventFields = {
  title: string;
  status: EventStatus;
  date: Date;
  datePrecision: DatePrecision;
  locality: string | null;
  format: EventFormat;
  audienceSize: number | null;
  audienceEstimate: boolean;
  summary: string | null;
  campaign: { slug: string };
  region: { iso: string };
  district: { id: number } | null;
  audiences: Array<{ type: AudienceType }>;
  speakers: Array<{ role: string | null; person: { id: number; fullName: string }; organization: Named | null }>;
  organizations: Array<{ role: OrgRole; organization: Named }>;
  sources: Array<{ source: { id: number; title: string | null } }>;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export function bodyOfStored(e: StoredEventFields): EventBody {
  return {
    title: e.title,
    campaign: e.campaign.slug,
    status: e.status,
    date: day(e.date),
    datePrecision: e.datePrecision,
    region: e.region.iso,
    district: e.district?.id ?? null,
    locality: e.locality,
    format: e.format,
    audiences: e.audiences.map((a) => a.type),
    audienceSize: e.audienceSize,
    audienceEstimate: e.audienceEstimate,
    summary: e.summary,
    speakers: e.speakers.map((s) => ({
      person: { id: s.person.id, name: s.person.fullName },
      role: s.role,
      organization: s.organization && { id: s.organization.id, name: s.organization.name },
    })),
    organizations: e.organizations.map((o) => ({
      organization: { id: o.organization.id, name: o.organization.name },
      role: o.role,
    })),
    // Sources by id: the documents are records of their own (/api/sources/:id).
    sources: e.sources.map(({ source }) => ({ id: source.id, title: source.title })),
  };
}
