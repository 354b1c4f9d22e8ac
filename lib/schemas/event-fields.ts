// One description of an event's fields. The API body (what GET returns and PUT
// accepts), the form's values, the empty form and the form → body step are all
// derived from the table below; adding a field means adding it here, to the
// schema (./event.ts) and to the migration.
import {
  type AudienceType,
  type DatePrecision,
  type EventFormat,
  type Language,
  type EventStatus,
  type OrgKind,
  type OrgRole,
} from "../domain/enums";

type Named = { id: number; name: string };
/** A person or organisation: an existing record (by id; the name is for display) or a new one. */
type RefBody = { id: number; name?: string } | { name: string; kind?: OrgKind };
/** A new source document, typed or pasted with the event. */
export type NewSourceBody = {
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language?: Language | null;
  text: string | null;
};
/** A source: an existing document by id (the title is for display), or a new one. */
export type SourceRefBody = { id: number; title?: string | null } | NewSourceBody;

/** An event as the JSON API sends it and as PUT and POST accept it. */
export type EventBody = {
  title: string;
  campaign: string;
  status: EventStatus;
  date: string;
  datePrecision: DatePrecision;
  region: string;
  district: number | null;
  locality: string | null;
  format: EventFormat;
  audiences: AudienceType[];
  audienceSize: number | null;
  audienceEstimate: boolean;
  summary: string | null;
  speakers: Array<{ person: RefBody; role: string | null; organization: RefBody | null }>;
  organizations: Array<{ organization: RefBody; role: OrgRole }>;
  sources: SourceRefBody[];
};

// Method syntax on purpose: a codec of any form type fits the table's description.
type Codec<B, F> = {
  empty: B;
  toForm(b: B): F;
  fromForm(f: F): B;
  /** The form's value as a posted form (FormData) carries it under the field's name. */
  read(data: FormData, name: string): F;
};
export const one = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === "string" ? v : "";
};
const text = <T extends string>(empty: T): Codec<T, string> => ({
  empty,
  toForm: (v) => v,
  fromForm: (s) => s as T, // the schema checks the value set
  read: one,
});
const optionalText: Codec<string | null, string> = {
  empty: null,
  toForm: (v) => v ?? "",
  fromForm: (s) => s,
  read: one,
};
const integer: Codec<number | null, string> = {
  empty: null,
  toForm: (v) => (v === null ? "" : String(v)),
  fromForm: (s) => (s.trim() === "" ? null : Number(s.trim())),
  read: one,
};
// A checked checkbox posts its value; an unchecked one posts nothing.
const flag: Codec<boolean, boolean> = {
  empty: false,
  toForm: (v) => v,
  fromForm: (v) => v,
  read: (data, name) => data.has(name),
};
const list = <T extends string>(): Codec<T[], string[]> => ({
  empty: [],
  toForm: (v) => v,
  fromForm: (v) => v as T[],
  read: (data, name) => data.getAll(name).filter((v): v is string => typeof v === "string"),
});

/** The event's own (non-relation) fields, in form order. */
const EVENT_FIELDS = {
  title: text<string>(""),
  campaign: text<string>(""),
  status: text<EventStatus>("held"),
  date: text<string>(""),
  datePrecision: text<DatePrecision>("day"),
  region: text<string>(""),
  district: integer,
  locality: optionalText,
  format: text<EventFormat>("meeting"),
  audiences: list<AudienceType>(),
  audienceSize: integer,
  audienceEstimate: flag,
  summary: optionalText,
} satisfies { [K in keyof EventBody]?: Codec<EventBody[K], unknown> };
type Own = keyof typeof EVENT_FIELDS;
const OWN = Object.keys(EVENT_FIELDS) as Own[];

export type DirectoryValue = Named | { name: string } | null;
export type SpeakerRow = { key: string; person: DirectoryValue; role: string; organization: DirectoryValue };
export type OrganizationRow = { key: string; organization: DirectoryValue; role: OrgRole };
type NewSourceValues = { title: string; url: string; outlet: string; publishedAt: string; text: string };
export type LinkedSource = { id: number; title: string };

/** What the event form holds while the user types. */
export type FormValues = { [K in Own]: ReturnType<(typeof EVENT_FIELDS)[K]["toForm"]> } & {
  speakers: SpeakerRow[];
  organizations: OrganizationRow[];
  /** Sources already linked (kept, or unlinked by removing them). */
  sources: LinkedSource[];
  /** A new source typed with the event (empty: none). */
  newSource: NewSourceValues;
};

let next = 0;
export const rowKey = () => `row-${next++}`;

const refValue = (r: RefBody | null): DirectoryValue =>
  r === null ? null : "id" in r ? { id: r.id, name: r.name ?? "" } : { name: r.name };
const refBody = (v: DirectoryValue): RefBody | null =>
  v === null ? null : "id" in v ? { id: v.id } : { name: v.name };

// The table's codecs, seen field by field (TypeScript cannot follow a key
// through a mapped type, so one view of the table is declared here).
const codecs = EVENT_FIELDS;
const setOwn = (out: Record<string, unknown>, key: Own, body: EventBody) => {
  out[key] = (codecs[key] as Codec<unknown, unknown>).toForm(body[key]);
};
const setOwnBody = (out: Record<string, unknown>, key: Own, v: FormValues) => {
  out[key] = (codecs[key] as Codec<unknown, unknown>).fromForm(v[key]);
};

const EMPTY_NEW_SOURCE: NewSourceValues = { title: "", url: "", outlet: "", publishedAt: "", text: "" };
const isLinked = (s: SourceRefBody): s is { id: number; title?: string | null } => "id" in s;

export function formValuesOf(body: EventBody): FormValues {
  const own: Record<string, unknown> = {};
  for (const k of OWN) setOwn(own, k, body);
  const fresh = body.sources.find((x) => !isLinked(x));
  return {
    ...(own as Pick<FormValues, Own>),
    speakers: body.speakers.map((x) => ({
      key: rowKey(),
      person: refValue(x.person),
      role: x.role ?? "",
      organization: refValue(x.organization),
    })),
    organizations: body.organizations.map((o) => ({
      key: rowKey(),
      organization: refValue(o.organization),
      role: o.role,
    })),
    sources: body.sources.filter(isLinked).map((x) => ({ id: x.id, title: x.title ?? `#${x.id}` })),
    newSource:
      fresh && !isLinked(fresh)
        ? {
            title: fresh.title ?? "",
            url: fresh.url ?? "",
            outlet: fresh.outlet ?? "",
            publishedAt: fresh.publishedAt ?? "",
            text: fresh.text ?? "",
          }
        : EMPTY_NEW_SOURCE,
  };
}

export function bodyOf(v: FormValues): EventBody {
  const own: Record<string, unknown> = {};
  for (const k of OWN) setOwnBody(own, k, v);
  const n = v.newSource;
  const typed = n.title.trim() || n.url.trim() || n.outlet.trim() || n.publishedAt || n.text.trim();
  return {
    ...(own as Omit<EventBody, "speakers" | "organizations" | "sources">),
    // A row left completely empty is not a speaker.
    speakers: v.speakers
      .filter((s) => s.person || s.role.trim() || s.organization)
      .map((s) => ({ person: refBody(s.person) ?? { name: "" }, role: s.role, organization: refBody(s.organization) })),
    organizations: v.organizations
      .filter((o) => o.organization)
      .map((o) => ({ organization: refBody(o.organization) ?? { name: "" }, role: o.role })),
    sources: [
      ...v.sources.map((x) => ({ id: x.id, title: x.title })),
      ...(typed
        ? [
            {
              title: n.title || null,
              url: n.url || null,
              outlet: n.outlet || null,
              publishedAt: n.publishedAt || null,
              text: n.text || null,
            },
          ]
        : []),
    ],
  };
}

export function emptyBody(defaults: Partial<Pick<EventBody, Own>>): EventBody {
  const own = Object.fromEntries(OWN.map((k) => [k, EVENT_FIELDS[k].empty])) as Pick<EventBody, Own>;
  return { ...own, ...defaults, speakers: [], organizations: [], sources: [] };
}

/** A linked source's "unlink" checkbox (posted only by a browser without JavaScript). */
export const UNLINK_SOURCE = "unlinkSource";

/** The event's own fields from a posted form: the same names the form's controls carry. */
export function ownValuesFromData(data: FormData): Pick<FormValues, Own> {
  const own: Record<string, unknown> = {};
  for (const k of OWN) own[k] = (codecs[k] as Codec<unknown, unknown>).read(data, k);
  return own as Pick<FormValues, Own>;
}
