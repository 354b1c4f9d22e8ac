// A draft as the event API and form take it (lib/schemas/event-fields'
// EventBody): matched people and organisations by id, new ones by name, the
// article as a new source. Used by the page's "Save" and "Open in form".
import type { Draft } from "./types";
import type { Language } from "../domain/enums";
import type { EventBody } from "../schemas/event-fields";

export type ArticleFacts = { text: string; url: string | null; publishedAt: string | null; language: Language };

export function draftBody(d: Draft, article: ArticleFacts, today: string, fallbackCampaign: string): EventBody {
  return {
    title: d.title,
    campaign: d.campaign ?? fallbackCampaign,
    status: draftStatus(d, today),
    date: d.date ?? today,
    datePrecision: d.datePrecision,
    region: d.region ?? "",
    district: d.district?.id ?? null,
    locality: d.locality,
    format: d.format,
    audiences: d.audiences,
    audienceSize: d.audienceSize,
    audienceEstimate: d.audienceSize !== null && d.audienceEstimate,
    summary: d.summary || null,
    speakers: d.speakers.map((s) => ({
      person: s.personId !== null ? { id: s.personId, name: s.name } : { name: s.name },
      role: s.role ? s.role.slice(0, 300) : null,
      organization: null,
    })),
    organizations: d.organizations.map((o) => ({
      organization: o.organizationId !== null ? { id: o.organizationId, name: o.name } : { name: o.name, kind: o.kind },
      role: o.role,
    })),
    sources: [
      {
        title: d.title.slice(0, 300),
        url: article.url,
        outlet: null,
        publishedAt: article.publishedAt,
        language: article.language,
        text: article.text,
      },
    ],
  };
}

/** Cancelled as the report tells it; otherwise planned when after today, held when not. */
export const draftStatus = (d: Pick<Draft, "cancelled" | "date">, today: string) =>
  d.cancelled ? "cancelled" : d.date && d.date > today ? "planned" : "held";
