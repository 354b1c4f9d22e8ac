// The event register's view state, as it lives in the URL. These parameter
// names are a public contract (bookmarks, links sent to colleagues, the export
// endpoint): see README "Event list URL parameters".
import { z } from "zod";
import { AUDIENCE_TYPES, EVENT_FORMATS, EVENT_STATUSES } from "../domain/enums";

export const SORTS = ["relevance", "date_desc", "date_asc", "region", "audience_desc", "audience_asc"] as const;

export type Sort = (typeof SORTS)[number];
export type EventFilters = {
  q?: string;
  region: string[];
  district: number[];
  campaign?: string;
  from?: string;
  to?: string;
  status: (typeof EVENT_STATUSES)[number][];
  format: (typeof EVENT_FORMATS)[number][];
  audience: (typeof AUDIENCE_TYPES)[number][];
  speaker?: number;
  organization?: number;
  sort: Sort;
};

/** A search is listed best match first, any other view newest first. */
export const defaultSort = (q: string | undefined): Sort => (q ? "relevance" : "date_desc");
/** Relevance needs a search; without one the view is newest first. */
const sortWith = (sort: Sort, q: string | undefined): Sort => (sort === "relevance" && !q ? "date_desc" : sort);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const id = z.coerce.number().int().positive().max(2_147_483_647);

// One validator per parameter: a bad value is reported and ignored, the rest of
// the view still applies.
const single = {
  q: z.string().trim().min(1).max(200),
  campaign: z.string().regex(/^[a-z0-9-]{1,60}$/),
  from: isoDate,
  to: isoDate,
  speaker: id,
  organization: id,
  sort: z.enum(SORTS),
} as const;
const multi = {
  region: z.string().regex(/^KZ-\d{2}$/),
  district: id,
  status: z.enum(EVENT_STATUSES),
  format: z.enum(EVENT_FORMATS),
  audience: z.enum(AUDIENCE_TYPES),
} as const;

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;

const valuesOf = (raw: Raw, key: string): string[] => {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** Parses the URL's view state. Unknown values are collected in `invalid`, never thrown. */
export function parseEventFilters(raw: Raw): { filters: EventFilters; invalid: string[] } {
  const invalid: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(single)) {
    const value = valuesOf(raw, key).find((v) => v !== "");
    if (value === undefined) continue;
    const r = schema.safeParse(value);
    if (r.success) out[key] = r.data;
    else invalid.push(key);
  }
  for (const [key, schema] of Object.entries(multi)) {
    const parsed: unknown[] = [];
    for (const value of valuesOf(raw, key)
      .flatMap((v) => v.split(","))
      .filter((v) => v !== "")) {
      const r = schema.safeParse(value);
      if (r.success) {
        if (!parsed.includes(r.data)) parsed.push(r.data);
      } else if (!invalid.includes(key)) invalid.push(key);
    }
    out[key] = parsed;
  }
  const filters = { sort: defaultSort(out.q as string | undefined), ...out } as EventFilters;
  filters.sort = sortWith(filters.sort, filters.q);
  if (filters.from && filters.to && filters.from > filters.to) {
    invalid.push("to");
    delete filters.to;
  }
  return { filters, invalid };
}

/** The URL query for a view (stable order, defaults left out). */
export function eventFiltersToQuery(f: Partial<EventFilters>): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const r of f.region ?? []) p.append("region", r);
  for (const d of f.district ?? []) p.append("district", String(d));
  if (f.campaign) p.set("campaign", f.campaign);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  for (const s of f.status ?? []) p.append("status", s);
  for (const s of f.format ?? []) p.append("format", s);
  for (const a of f.audience ?? []) p.append("audience", a);
  if (f.speaker) p.set("speaker", String(f.speaker));
  if (f.organization) p.set("organization", String(f.organization));
  const sort = f.sort && sortWith(f.sort, f.q);
  if (sort && sort !== defaultSort(f.q)) p.set("sort", sort);
  return p;
}

/** Which filters are set, as removable units (for chips and the empty state). */
export function activeFilters(f: EventFilters): Array<{ key: string; value: string; without: EventFilters }> {
  const out: Array<{ key: string; value: string; without: EventFilters }> = [];
  const scalar = ["q", "campaign", "from", "to", "speaker", "organization"] as const;
  for (const k of scalar) {
    if (f[k] !== undefined) out.push({ key: k, value: String(f[k]), without: { ...f, [k]: undefined } });
  }
  const lists = ["region", "district", "status", "format", "audience"] as const;
  for (const k of lists) {
    for (const v of f[k] as Array<string | number>) {
      out.push({
        key: k,
        value: String(v),
        without: { ...f, [k]: (f[k] as Array<string | number>).filter((x) => x !== v) },
      });
    }
  }
  return out;
}
