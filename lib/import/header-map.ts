// Step 2: which column is which field. Our own export's headers, in any of the
// three languages, map with no clicks; common spellings people type in their
// own sheets map too. The user corrects the rest on the page (or sends a
// mapping through the API), and a mapping can be saved by name.
import { IMPORT_FIELDS, type ImportField } from "./fields";
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import { searchKey } from "../search/normalize";
import type { Cell } from "./read";

export { IMPORT_FIELDS, isImportField, type ImportField } from "./fields";

/** One entry per column of the file: the field it fills, or null (ignored). */
export type Mapping = Array<ImportField | null>;

// Spellings seen in regional offices' own sheets, besides the export's headers.
const EXTRA: Partial<Record<ImportField, string[]>> = {
  id: ["event id", "№ события", "id события"],
  externalId: ["external id", "externalid", "внешний id", "внешний номер", "сыртқы id", "ext id"],
  date: ["event date", "дата проведения", "дата мероприятия", "өткізілген күні", "күн"],
  title: ["event", "name", "мероприятие", "наименование", "тема", "іс-шара", "тақырыбы"],
  region: ["oblast", "область", "облысы", "облыс", "регион/область"],
  regionCode: ["iso", "region iso", "код области"],
  district: ["район/город", "аудан/қала", "district/city"],
  locality: ["location", "venue", "место проведения", "населенный пункт", "өткізілген орны", "елді мекен"],
  audienceSize: ["participants count", "attendance", "количество участников", "охват", "қатысушылар", "саны"],
  speakers: ["speaker", "спикер", "выступающие", "баяндамашы", "спикерлер"],
  hosts: ["host", "organiser", "organizer", "организатор", "ұйымдастырушы"],
  summary: ["description", "notes", "краткое описание", "примечание", "қысқаша сипаттама"],
  sources: ["source", "url", "link", "ссылка", "источник", "сілтеме", "дереккөз"],
};

/** A header as compared: transliterated and folded, punctuation dropped. */
const headerKey = (h: string) => searchKey(h);

const KNOWN = (() => {
  const m = new Map<string, ImportField>();
  for (const catalogue of [en, ru, kk]) {
    const columns = catalogue.export.columns as Record<string, string>;
    for (const f of IMPORT_FIELDS) if (columns[f]) m.set(headerKey(columns[f]), f);
  }
  for (const f of IMPORT_FIELDS) {
    m.set(headerKey(f), f);
    for (const s of EXTRA[f] ?? []) if (!m.has(headerKey(s))) m.set(headerKey(s), f);
  }
  return m;
})();

export const headerText = (c: Cell) =>
  c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

/** The field a header names, if we know it. */
const fieldOfHeader = (h: string): ImportField | null => KNOWN.get(headerKey(h)) ?? null;

/**
 * The header row: among the first ten rows, the one naming the most known
 * fields (a title row merged above the headers, or a blank first row, is
 * skipped); without any, the first row with two or more filled cells.
 */
export function findHeaderRow(rows: Cell[][]): number {
  let best = -1;
  let bestHits = 0;
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const hits = (rows[i] ?? []).filter((c) => fieldOfHeader(headerText(c)) !== null).length;
    if (hits > bestHits) [best, bestHits] = [i, hits];
  }
  if (best >= 0) return best;
  const filled = rows.findIndex((r) => r.filter((c) => headerText(c) !== "").length >= 2);
  return filled >= 0 ? filled : 0;
}

/**
 * The mapping for these headers: a saved mapping's choice where it names the
 * header, else the known field. A field named by two columns is taken from
 * the first; the second is ignored and reported as a duplicate.
 */
export function autoMapping(
  headers: string[],
  saved: Record<string, ImportField | null> = {},
): { mapping: Mapping; duplicates: number[] } {
  const taken = new Set<ImportField>();
  const duplicates: number[] = [];
  const mapping = headers.map((h, i) => {
    const key = headerKey(h);
    const f = key in saved ? (saved[key] ?? null) : fieldOfHeader(h);
    if (f === null) return null;
    if (taken.has(f)) {
      duplicates.push(i);
      return null;
    }
    taken.add(f);
    return f;
  });
  return { mapping, duplicates };
}

/** A mapping as saved by name: header key → field, so it applies to a file whose columns moved. */
export function savedForm(headers: string[], mapping: Mapping): Record<string, ImportField | null> {
  return Object.fromEntries(headers.map((h, i) => [headerKey(h), mapping[i] ?? null]));
}
