// Regions by their abbreviations as written (ВКО, ШҚО, БҚО, WKR): compared
// letter for letter, not by the search key, which reads ВКО like WKO (West
// Kazakhstan) and СКО like ШҚО (North and East Kazakhstan).
import reference from "../../prisma/seed/data/regions.json";
import type { Sentence } from "./clean";
import type { Mention } from "./places";

/** An alias that is an abbreviation: two to five capitals. */
export const isAbbreviation = (alias: string) => /^\p{Lu}{2,5}$/u.test(alias);

const refs = (reference as { regions: Array<{ iso: string; aliases?: Record<string, string[]> }> }).regions;
const BY_ABBREVIATION = new Map(
  refs.flatMap((r) =>
    Object.values(r.aliases ?? {})
      .flat()
      .filter(isAbbreviation)
      .map((a) => [a, r.iso] as const),
  ),
);
// "в ВКО", "ШҚО-да", "СҚО-ның": a case ending comes after a hyphen.
const PATTERN = new RegExp(`(?<![\\p{L}])(${[...BY_ABBREVIATION.keys()].join("|")})(?![\\p{L}])`, "gu");

/** Each region named by its abbreviation, as a place mention of its sentence. */
export function abbreviationMentions(sentences: Sentence[], text: string): Mention[] {
  return [...text.matchAll(PATTERN)].flatMap((m) => {
    const iso = BY_ABBREVIATION.get(m[1] ?? "");
    const sentence = sentences.findIndex((s) => m.index >= s.start && m.index < s.end);
    if (!iso || sentence < 0) return [];
    const entry = { tokens: [m[0]], iso, kind: "region" as const, district: null, labels: [m[0]] };
    return [
      { entries: [entry], generic: "region" as const, span: { start: m.index, end: m.index + m[0].length }, sentence },
    ];
  });
}
