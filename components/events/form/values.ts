// What the event form holds while the user types (strings, as inputs give
// them) and how it becomes the schema's input.
import type { EventFormValues } from "@/lib/schemas/event";
import type { DirectoryRef } from "./directory-picker";

export type SpeakerRow = { key: string; person: DirectoryRef; role: string; organization: DirectoryRef };
export type OrganizationRow = { key: string; organization: DirectoryRef; role: "host" | "participant" };

export type FormValues = {
  title: string;
  campaign: string;
  status: string;
  date: string;
  datePrecision: string;
  region: string;
  district: string;
  locality: string;
  format: string;
  audiences: string[];
  audienceSize: string;
  audienceEstimate: boolean;
  summary: string;
  speakers: SpeakerRow[];
  organizations: OrganizationRow[];
  source: { url: string; outlet: string; publishedAt: string; text: string };
};

let next = 0;
export const rowKey = () => `row-${Date.now()}-${next++}`;

export function emptyValues(defaults: { campaign?: string; region?: string }): FormValues {
  return {
    title: "",
    campaign: defaults.campaign ?? "",
    status: "held",
    date: new Date().toISOString().slice(0, 10),
    datePrecision: "day",
    region: defaults.region ?? "",
    district: "",
    locality: "",
    format: "meeting",
    audiences: [],
    audienceSize: "",
    audienceEstimate: false,
    summary: "",
    speakers: [],
    organizations: [],
    source: { url: "", outlet: "", publishedAt: "", text: "" },
  };
}

const ref = (r: DirectoryRef) => (r === null ? null : "id" in r ? { id: r.id } : { name: r.name });

export function toInput(v: FormValues): EventFormValues {
  const size = v.audienceSize.trim();
  const source = v.source;
  return {
    title: v.title,
    campaign: v.campaign,
    status: v.status as EventFormValues["status"],
    date: v.date,
    datePrecision: v.datePrecision as EventFormValues["datePrecision"],
    region: v.region,
    district: v.district ? Number(v.district) : null,
    locality: v.locality,
    format: v.format as EventFormValues["format"],
    audiences: v.audiences as EventFormValues["audiences"],
    audienceSize: size === "" ? null : Number(size),
    audienceEstimate: v.audienceEstimate,
    summary: v.summary,
    // A row left completely empty is not a speaker.
    speakers: v.speakers
      .filter((s) => s.person || s.role.trim() || s.organization)
      .map((s) => ({ person: ref(s.person) ?? { name: "" }, role: s.role, organization: ref(s.organization) })),
    organizations: v.organizations
      .filter((o) => o.organization)
      .map((o) => ({ organization: ref(o.organization) ?? { name: "" }, role: o.role })),
    source: source.url || source.outlet || source.publishedAt || source.text ? { ...source } : null,
  };
}
