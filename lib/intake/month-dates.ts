// A meeting told by its month only: «в конце февраля», «в начале марта»,
// "in early March", «ақпан айының соңында». Dated the first of that month,
// with the month as its precision: closer than "on or before the
// publication", and never a day the text did not give.
import { MONTH, monthOf } from "./dates";
import type { Span } from "./types";

const PART_RU = "(?:(?:начале|конце|середине|первой половине|второй половине)\\s+)?";
const PART_EN = "(?:(?:early|late|mid-?)\\s*)?";
const YEAR = "(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|жыл\\p{L}*))?)?";
const MONTH_ONLY = new RegExp(
  `(?<![\\p{L}\\d])(?:во?\\s+${PART_RU}${MONTH}${YEAR}|(?:in|during)\\s+${PART_EN}${MONTH}${YEAR}|(?<!\\d\\s*)${MONTH}\\s+айы(?:нда|ның\\s+(?:басында|соңында|ортасында|аяғында)))(?![\\p{L}])`,
  "giu",
);

/**
 * The months named with no day: with their year, or in the publication's
 * year when it is this month or one of the two before it.
 */
export function monthMentions(
  text: string,
  published: string | null,
): Array<{ date: string; span: Span; yearStated: boolean }> {
  if (!published) return [];
  const out: Array<{ date: string; span: Span; yearStated: boolean }> = [];
  for (const m of text.matchAll(MONTH_ONLY)) {
    const month = monthOf(m[1] ?? m[3] ?? m[5] ?? "");
    const stated = m[2] ?? m[4];
    if (month === null) continue;
    const date = `${stated ?? published.slice(0, 4)}-${String(month).padStart(2, "0")}-01`;
    // (A month after the publication, or one long before it with no year, is not when a reported meeting was.)
    if (date > published || (!stated && month < Number(published.slice(5, 7)) - 2)) continue;
    out.push({ date, span: { start: m.index, end: m.index + m[0].length }, yearStated: stated !== undefined });
  }
  return out;
}
