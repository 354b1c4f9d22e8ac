// The shapes of article intake: what goes in (an article), what comes out (its
// drafts). Codes are the event schema's (lib/schemas/event.ts, lib/domain/enums).
import type { AudienceType, DatePrecision, EventFormat, Language, OrgKind, OrgRole } from "../domain/enums";

/** Where a proposal came from: character offsets into the cleaned article text. */
export type Span = { start: number; end: number };

export type DateSource = "stated" | "inferred_year" | "relative" | "dateline" | "url" | "published" | "none";

type DraftSpeaker = { name: string; role: string | null; personId: number | null };
type DraftOrganization = { name: string; role: OrgRole; kind: OrgKind; organizationId: number | null };

export type Draft = {
  title: string;
  /** The report tells of it as postponed or cancelled ("… has been postponed", «… кейінге шегерілді»). */
  cancelled: boolean;
  summary: string;
  date: string | null;
  datePrecision: DatePrecision;
  dateSource: DateSource;
  region: string | null;
  district: { id: number; name: string } | null;
  locality: string | null;
  format: EventFormat;
  audiences: AudienceType[];
  audienceSize: number | null;
  audienceEstimate: boolean;
  campaign: string | null;
  speakers: DraftSpeaker[];
  organizations: DraftOrganization[];
  evidence: Partial<Record<DraftField, Span[]>>;
  uncertain: DraftField[];
};
export type DraftField =
  | "title"
  | "status"
  | "date"
  | "region"
  | "district"
  | "locality"
  | "format"
  | "audiences"
  | "audienceSize"
  | "campaign"
  | "speakers"
  | "organizations";

export type ArticleResult = {
  id: string;
  language: Language;
  isOutreach: boolean;
  /** Why there are no drafts, as a message key (intake.reasons.*), when there are none. */
  reason: string | null;
  /** The article as the evidence offsets count it: tags stripped, entities decoded. */
  text: string;
  url: string | null;
  publishedAt: string | null;
  drafts: Draft[];
};

/** One member of a group of drafts or stored events that report the same meeting. */
export type DuplicateMember = { id: string; draft: number } | { eventId: number };
