// Steps 3 and 4: one row of cells → the event body the form would send, and
// every problem as column + message. A row without an id becomes a new event;
// a row with our export's id and version is compared with the event as it is
// stored, field by field, and only the cells that differ are applied (an
// unchanged row writes nothing). The body is then checked by the same zod
// schema as the form.
import { isProblem, type PlaceIndex } from "./places";
import {
  cellText,
  parseAudiences,
  parseDate,
  parseFormat,
  parsePrecision,
  parseSize,
  parseStatus,
  parseYesNo,
  splitList,
  type CellProblem,
  type Parsed,
} from "./values";
import { eventInputSchema, fieldErrorsOf } from "../schemas/event";
import { emptyBody, type EventBody } from "../schemas/event-fields";
import { parseSpeaker } from "../schemas/event-fields-text";
import { foldCase } from "../search/normalize";
import type { ImportField, Mapping } from "./header-map";
import type { Cell } from "./read";
import type { OrgRole } from "../domain/enums";

export type RowProblem = CellProblem & { field: ImportField | null };

type Campaign = { slug: string; nameEn: string; nameRu: string; nameKk: string };
export type ResolveContext = {
  places: PlaceIndex;
  campaigns: Campaign[];
  defaultCampaign: string;
  /**
   * The file was read as Windows-1251, which has no Kazakh letters: a
   * spreadsheet saving one there wrote "?" instead (Қазақмыс → ?аза?мыс).
   */
  lossy?: boolean;
};

// The characters Windows-1251 can hold, and a text as it comes back from it.
const CP1251 = new Set(
  Array.from({ length: 256 }, (_, b) => new TextDecoder("windows-1251").decode(new Uint8Array([b]))),
);
const throughCp1251 = (s: string) => Array.from(s, (ch) => (CP1251.has(ch) ? ch : "?")).join("");
/** A "?" inside a word: a letter the file's encoding could not hold. */
const LOST_LETTER = /\p{L}\?|\?\p{L}/u;

/** What a row's cells say, before it is compared with anything stored. */
export type RowValues = {
  id: number | null;
  version: number | null;
  externalId: string | null;
  /** The event fields the row fills (a column the file lacks is absent). */
  set: Partial<Omit<EventBody, "speakers" | "organizations" | "sources">>;
  speakers?: Array<{ name: string; role: string | null }>;
  hosts?: string[];
  participants?: string[];
  sources?: string[];
  /** The district as typed: resolved once the region is known. */
  districtText?: string;
  problems: RowProblem[];
};

export const isBlank = (cells: Cell[]) => cells.every((c) => cellText(c) === "");

/** The cells of one row, read through the mapping. */
export function readRow(cells: Cell[], mapping: Mapping, ctx: ResolveContext): RowValues {
  const out: RowValues = { id: null, version: null, externalId: null, set: {}, problems: [] };
  const cellOf = new Map<ImportField, Cell>();
  mapping.forEach((f, i) => {
    if (f) cellOf.set(f, cells[i] ?? null);
  });
  const problem = (field: ImportField, p: CellProblem) => out.problems.push({ field, ...p });
  const take = <T>(field: ImportField, parsed: Parsed<T>, apply: (v: T) => void) => {
    if (parsed.ok) apply(parsed.value);
    else problem(field, parsed.problem);
  };
  const has = (f: ImportField) => cellOf.has(f);
  const cell = (f: ImportField) => cellOf.get(f) ?? null;
  const text = (f: ImportField) => cellText(cell(f));
  const filled = (f: ImportField) => has(f) && text(f) !== "";

  if (filled("id")) {
    const n = Number(text("id"));
    if (Number.isSafeInteger(n) && n > 0) out.id = n;
    else problem("id", { message: "import.problems.badId", values: { value: text("id") } });
  }
  if (filled("version")) {
    const n = Number(text("version"));
    if (Number.isSafeInteger(n) && n > 0) out.version = n;
    else problem("version", { message: "import.problems.badId", values: { value: text("version") } });
  }
  if (filled("externalId")) out.externalId = text("externalId").slice(0, 200);

  if (has("title")) out.set.title = text("title");
  for (const f of ["locality", "summary"] as const) if (has(f)) out.set[f] = text(f) || null;
  if (has("date")) {
    take("date", parseDate(cell("date")), (d) => {
      out.set.date = d.date;
      if (d.month && !filled("datePrecision")) out.set.datePrecision = "month";
    });
  }
  if (filled("datePrecision"))
    take("datePrecision", parsePrecision(cell("datePrecision")), (v) => (out.set.datePrecision = v));
  if (filled("status")) take("status", parseStatus(cell("status")), (v) => (out.set.status = v));
  if (filled("format")) take("format", parseFormat(cell("format")), (v) => (out.set.format = v));
  if (has("audiences")) take("audiences", parseAudiences(cell("audiences")), (v) => (out.set.audiences = v));
  if (has("audienceSize")) {
    take("audienceSize", parseSize(cell("audienceSize")), (v) => {
      out.set.audienceSize = v.size;
      out.set.audienceEstimate = v.size !== null && v.estimate;
    });
  }
  if (filled("audienceEstimate") && out.set.audienceSize !== null) {
    take("audienceEstimate", parseYesNo(cell("audienceEstimate")), (v) => {
      out.set.audienceEstimate = v || out.set.audienceEstimate === true;
    });
  }
  if (filled("campaign")) {
    const wanted = foldCase(text("campaign"));
    const c = ctx.campaigns.find((x) => [x.slug, x.nameEn, x.nameRu, x.nameKk].some((n) => foldCase(n) === wanted));
    if (c) out.set.campaign = c.slug;
    else problem("campaign", { message: "import.problems.unknownValue", values: { value: text("campaign") } });
  }
  // The code is exact; the name is read only when there is no code.
  const regionField: ImportField | null = filled("regionCode") ? "regionCode" : filled("region") ? "region" : null;
  if (regionField) {
    const r = ctx.places.region(text(regionField));
    if (isProblem(r)) problem(regionField, r);
    else out.set.region = r.iso;
  }
  if (has("district")) out.districtText = text("district");
  if (has("speakers")) out.speakers = splitList(cell("speakers")).map(parseSpeaker);
  if (has("hosts")) out.hosts = splitList(cell("hosts"));
  if (has("participants")) out.participants = splitList(cell("participants"));
  if (has("sources")) out.sources = splitList(cell("sources"));
  return out;
}

/** The stored event an update row is compared with. */
export type StoredForImport = { id: number; version: number; body: EventBody; sourceLabels: string[] };

const URL = /^https?:\/\/\S+\.\S+$/i;
const newSource = (s: string) =>
  URL.test(s)
    ? { url: s, title: null, outlet: null, publishedAt: null, text: null }
    : { title: s, outlet: s, url: null, publishedAt: null, text: null };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = <T>(xs: T[]) => [...xs].sort();

function organizationsOf(
  base: EventBody["organizations"],
  role: OrgRole,
  names: string[],
  seen: (text: string) => string,
): { list: EventBody["organizations"]; changed: boolean } {
  const mine = base.filter((o) => o.role === role);
  const key = (n: string) => foldCase(n);
  const nameOf = (o: EventBody["organizations"][number]) => seen(o.organization.name ?? "");
  if (same(sorted(mine.map((o) => key(nameOf(o)))), sorted(names.map(key)))) return { list: base, changed: false };
  const others = base.filter((o) => o.role !== role);
  const next = names.map((n) => mine.find((o) => key(nameOf(o)) === key(n)) ?? { organization: { name: n }, role });
  return { list: role === "host" ? [...next, ...others] : [...others, ...next], changed: true };
}

/**
 * The body to write for a row: the stored event with the row's differing
 * cells applied (an update), or a new event of the row's cells (a create).
 * `changed` names the fields an update changes.
 */
export function bodyFor(
  v: RowValues,
  stored: StoredForImport | null,
  ctx: ResolveContext,
): { body: EventBody; changed: ImportField[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const base: EventBody = stored
    ? stored.body
    : emptyBody({ campaign: ctx.defaultCampaign, status: "held", datePrecision: "day", format: "meeting" });
  const body: EventBody = { ...base };
  const changed: ImportField[] = [];
  // What a stored text looks like after a trip through the file's encoding.
  const seen = (text: string) => (ctx.lossy ? throughCp1251(text) : text);
  const lost = (field: ImportField, text: string | null | undefined) => {
    if (!ctx.lossy || !text || !LOST_LETTER.test(text)) return false;
    problems.push({ field, message: "import.problems.lostLetters" });
    return true;
  };
  for (const [k, value] of Object.entries(v.set) as Array<[keyof RowValues["set"], unknown]>) {
    const before = body[k];
    const differs =
      k === "audiences"
        ? !same(sorted(before as string[]), sorted(value as string[]))
        : typeof before === "string"
          ? seen(before) !== value
          : !same(before, value);
    if (differs && typeof value === "string" && lost(k, value)) continue;
    if (differs) {
      (body as Record<string, unknown>)[k] = value;
      changed.push(k === "audienceEstimate" ? "audienceSize" : k);
    }
  }
  if (v.districtText !== undefined) {
    let district: number | null = null;
    if (v.districtText !== "") {
      const d = ctx.places.district(body.region, v.districtText);
      if (isProblem(d)) problems.push({ field: "district", ...d });
      else district = d.id;
    }
    if (district !== body.district && !problems.some((p) => p.field === "district")) {
      body.district = district;
      changed.push("district");
    }
  } else if (stored && body.region !== stored.body.region) {
    // Moved to another region without naming a district: the old one cannot stay.
    body.district = null;
  }
  if (v.speakers) {
    const key = (n: string) => foldCase(n);
    const names = v.speakers.map((s) => key(s.name));
    if (new Set(names).size !== names.length) {
      problems.push({ field: "speakers", message: "import.problems.speakerTwice" });
    }
    const now = base.speakers.map((s) => `${key(seen(s.person.name ?? ""))}|${seen(s.role ?? "")}`);
    const wanted = v.speakers.map((s) => `${key(s.name)}|${s.role ?? ""}`);
    if (!same(now, wanted) && !v.speakers.some((s) => lost("speakers", `${s.name} ${s.role ?? ""}`))) {
      body.speakers = v.speakers.map((s) => {
        const kept = base.speakers.find((x) => key(seen(x.person.name ?? "")) === key(s.name));
        return kept ? { ...kept, role: s.role } : { person: { name: s.name }, role: s.role, organization: null };
      });
      changed.push("speakers");
    }
  }
  for (const [field, role] of [
    ["hosts", "host"],
    ["participants", "participant"],
  ] as const) {
    const listed = v[field];
    if (!listed) continue;
    // An organisation named twice in one cell is named once.
    const names = listed.filter((n, i) => listed.findIndex((m) => foldCase(m) === foldCase(n)) === i);
    const r = organizationsOf(body.organizations, role, names, seen);
    if (r.changed && names.some((n) => lost(field, n))) continue;
    if (r.changed) {
      body.organizations = r.list;
      changed.push(field);
    }
  }
  if (v.sources) {
    // Sources are only ever added by a file: a document dropped from a cell
    // stays linked (unlinking is done on the event's page, where it is seen).
    const known = new Set((stored?.sourceLabels ?? []).map((s) => s.toLowerCase()));
    const added = v.sources.filter((s) => !known.has(s.toLowerCase()));
    if (added.length) {
      body.sources = [...base.sources, ...added.map(newSource)];
      changed.push("sources");
    }
  }
  return { body, changed: [...new Set(changed)], problems };
}

// A schema error's path → the column to blame.
const FIELD_OF_PATH: Record<string, ImportField> = {
  organizations: "hosts",
  audienceEstimate: "audienceSize",
};
function fieldOfPath(path: string, has: (f: ImportField) => boolean): ImportField | null {
  const head = path.split(".")[0] ?? "";
  if (head === "_form") return null;
  const f = (FIELD_OF_PATH[head] ?? head) as ImportField;
  return f === "region" && !has("region") && has("regionCode") ? "regionCode" : f;
}

/** The form's schema over the body: the parsed input, or the problems by column. */
export function validateBody(body: EventBody, has: (f: ImportField) => boolean) {
  const parsed = eventInputSchema.safeParse(body);
  if (parsed.success) return { ok: true as const, input: parsed.data };
  const problems: RowProblem[] = Object.entries(fieldErrorsOf(parsed.error)).map(([path, key]) => {
    const [message = "validation.invalid", arg] = key.split("|");
    return { field: fieldOfPath(path, has), message, values: arg ? { max: arg } : undefined };
  });
  return { ok: false as const, problems };
}
