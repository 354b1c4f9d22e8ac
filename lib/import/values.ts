// Cell values as people type them → the values the event schema takes:
// dates in the usual spellings (and Excel's serial numbers), the labels of
// statuses, formats, audiences and precisions in any of the three languages,
// numbers with thousands separators, yes/no, lists split on ";".
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";
import { AUDIENCE_TYPES, DATE_PRECISIONS, EVENT_FORMATS, EVENT_STATUSES } from "../domain/enums";
import { APPROX_WORDS, KK_APPROX, PEOPLE } from "../intake/audience-words";
import { foldCase } from "../search/normalize";
import type { Cell } from "./read";

/** A problem with one cell: a message key (messages/*.json) and its values. */
export type CellProblem = { message: string; values?: Record<string, string | number> };
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string, values?: Record<string, string | number>): Parsed<T> => ({
  ok: false,
  problem: { message, values },
});

export const cellText = (c: Cell): string =>
  c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

// ---- dates ----

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const iso = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? t.toISOString().slice(0, 10)
    : null;
};

// Month words by their first letters, as written in dates (any case ending).
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|янв|қаң|қан)/, 1],
  [/^(feb|фев|ақп|акп)/, 2],
  [/^(mar|мар|нау)/, 3],
  [/^(apr|апр|сәу|сау)/, 4],
  [/^(may$|ма[йяе]$|мам)/, 5],
  [/^(jun|июн|мау)/, 6],
  [/^(jul|июл|шіл|шил)/, 7],
  [/^(aug|авг|там)/, 8],
  [/^(sep|сен|қыр|кыр)/, 9],
  [/^(oct|окт|қаз|каз)/, 10],
  [/^(nov|ноя|қар|кар)/, 11],
  [/^(dec|дек|жел)/, 12],
];
const monthOf = (word: string) => MONTHS.find(([re]) => re.test(word))?.[1] ?? null;

// 15.03.26: a two-digit year is this century's.
const SHORT_YEAR = /^(\d{1,2})[./](\d{1,2})[./](\d{2})$/;

export type ParsedDate = { date: string; month?: boolean };

/** A date cell: a spreadsheet date, an Excel serial number, or text in the spellings people type. */
export function parseDate(c: Cell): Parsed<ParsedDate> {
  if (c instanceof Date) {
    return Number.isNaN(c.getTime())
      ? bad("import.problems.date", { value: "" })
      : ok({ date: c.toISOString().slice(0, 10) });
  }
  if (typeof c === "number") return serial(c);
  const s = foldCase(cellText(c));
  if (s === "") return bad("validation.required");
  // The numbers a pattern captured, in order.
  const parts = (re: RegExp) => re.exec(s)?.slice(1).map(Number);
  // (2026.03.15 and 2026/03/15 too: a year first is never ambiguous.)
  let n = parts(/^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ t].*)?$/)?.filter((_, i) => i !== 1);
  if (n) return found(c, iso(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0));
  n = parts(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:,? .*)?$/);
  if (n) return found(c, iso(n[2] ?? 0, n[1] ?? 0, n[0] ?? 0));
  n = parts(SHORT_YEAR);
  if (n) return found(c, iso(2000 + (n[2] ?? 0), n[1] ?? 0, n[0] ?? 0));
  if (/^\d{5}(\.\d+)?$/.test(s)) return serial(Number(s));
  n = parts(/^(\d{4})-(\d{1,2})$/);
  if (n) return found(c, iso(n[0] ?? 0, n[1] ?? 0, 1), true);
  n = parts(/^(\d{1,2})[./](\d{4})$/);
  if (n) return found(c, iso(n[1] ?? 0, n[0] ?? 0, 1), true);
  // "15 наурыз 2026", "2026 жылғы 15 наурыз", "15 марта 2026 г.", "March 15, 2026", "наурыз 2026"
  const words = s.split(/[\s,.-]+/).filter(Boolean);
  let day: number | null = null;
  let y: number | null = null;
  let mo: number | null = null;
  for (const w of words) {
    const digits = /^(\d{1,4})/.exec(w)?.[1];
    if (digits && digits.length === 4) y = +digits;
    else if (digits && +digits >= 1 && +digits <= 31 && day === null) day = +digits;
    else if (!digits && mo === null) mo = monthOf(w);
  }
  if (mo !== null && y !== null) return found(c, iso(y, mo, day ?? 1), day === null);
  return bad("import.problems.date", { value: cellText(c) });
}

/** The date a pattern made, or the cell as typed named in the problem (31.02.2026 is no day). */
const found = (c: Cell, date: string | null, month = false): Parsed<ParsedDate> =>
  date ? ok(month ? { date, month } : { date }) : bad("import.problems.date", { value: cellText(c) });

function serial(n: number): Parsed<ParsedDate> {
  // Excel counts days from 1899-12-30; 20000–80000 is 1954–2119.
  if (!Number.isFinite(n) || n < 20_000 || n > 80_000) return bad("import.problems.date", { value: String(n) });
  return ok({ date: new Date(EXCEL_EPOCH + Math.floor(n) * 86_400_000).toISOString().slice(0, 10) });
}

// ---- labels of closed value sets ----

type Catalogue = typeof en;
const CATALOGUES: Catalogue[] = [en, ru, kk];

function labelMap<T extends string>(values: readonly T[], labels: (c: Catalogue) => Record<string, string>) {
  const m = new Map<string, T>();
  for (const v of values) {
    m.set(foldCase(v), v);
    m.set(foldCase(v.replaceAll("_", " ")), v);
    for (const c of CATALOGUES) {
      const l = labels(c)[v];
      if (l) m.set(foldCase(l), v);
    }
  }
  return m;
}

const STATUS = labelMap(EVENT_STATUSES, (c) => c.enum.status);
const FORMAT = labelMap(EVENT_FORMATS, (c) => c.enum.format);
const AUDIENCE = labelMap(AUDIENCE_TYPES, (c) => c.enum.audience);
const PRECISION = labelMap(DATE_PRECISIONS, (c) => c.export.precision);
const YES = new Set([
  "yes",
  "y",
  "true",
  "1",
  "да",
  "д",
  "иә",
  "ия",
  "x",
  "✓",
  en.export.yes,
  ru.export.yes,
  kk.export.yes,
]);
const NO = new Set(["no", "n", "false", "0", "нет", "н", "жоқ", "жок", en.export.no, ru.export.no, kk.export.no]);

function oneOf<T>(m: Map<string, T>, c: Cell): Parsed<T> {
  const v = m.get(foldCase(cellText(c)));
  return v === undefined ? bad("import.problems.unknownValue", { value: cellText(c) }) : ok(v);
}
export const parseStatus = (c: Cell) => oneOf(STATUS, c);
export const parseFormat = (c: Cell) => oneOf(FORMAT, c);
export const parsePrecision = (c: Cell) => oneOf(PRECISION, c);

export function parseAudiences(c: Cell): Parsed<Array<(typeof AUDIENCE_TYPES)[number]>> {
  const out: Array<(typeof AUDIENCE_TYPES)[number]> = [];
  for (const part of splitList(c, /[;,\n]/)) {
    const v = AUDIENCE.get(foldCase(part));
    if (v === undefined) return bad("import.problems.unknownValue", { value: part });
    if (!out.includes(v)) out.push(v);
  }
  return ok(out);
}

export function parseYesNo(c: Cell): Parsed<boolean> {
  if (typeof c === "boolean") return ok(c);
  const s = foldCase(cellText(c));
  if (YES.has(s)) return ok(true);
  if (NO.has(s) || s === "") return ok(false);
  return bad("import.problems.unknownValue", { value: cellText(c) });
}

// ---- numbers and lists ----

// The intake's words for an estimate and for who was counted, as a cell may
// carry them: "~300", «более 300», «300-ден астам», «120 адам», «300 чел.».
const ABOUT = new RegExp(`^(?:~|≈|approx\\.?|шамасы|(?:${APPROX_WORDS})(?![\\p{L}]))\\s*`, "iu");
const ABOUT_AFTER = new RegExp(`(?<=\\d)${KK_APPROX}$|\\s+шамасында$`, "iu");
const UNIT = new RegExp(`\\s*(?:чел\\.?|${PEOPLE})$`, "iu");

/** An audience size: a whole number; "~300", "около 300", "300+", «300-ден астам» are estimates. */
export function parseSize(c: Cell): Parsed<{ size: number | null; estimate: boolean }> {
  if (typeof c === "number") {
    return Number.isInteger(c) ? ok({ size: c, estimate: false }) : bad("validation.sizeInteger");
  }
  let s = foldCase(cellText(c));
  if (s === "") return ok({ size: null, estimate: false });
  let estimate = false;
  s = s.replace(UNIT, "");
  if (ABOUT.test(s)) [s, estimate] = [s.replace(ABOUT, ""), true];
  if (ABOUT_AFTER.test(s)) [s, estimate] = [s.replace(ABOUT_AFTER, ""), true];
  if (s.endsWith("+")) [s, estimate] = [s.slice(0, -1), true];
  s = s.replace(/[\s\u00a0\u202f]/g, "").replace(/(?<=\d)[,.](?=\d{3}(\D|$))/g, "");
  if (!/^-?\d+$/.test(s)) return bad("validation.sizeInteger");
  return ok({ size: Number(s), estimate });
}

/** The items of a list cell, split on ";" (and new lines), trimmed, empty ones dropped. */
export function splitList(c: Cell, on: RegExp = /[;\n]/): string[] {
  return cellText(c)
    .split(on)
    .map((s) => s.trim())
    .filter(Boolean);
}
