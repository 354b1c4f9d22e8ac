// A region named by its abbreviation in an article (lib/geo/region-abbreviations).
import { REGION_ABBREVIATIONS } from "../geo/region-abbreviations";
import type { Sentence } from "./clean";
import type { Mention } from "./places";

// "в ВКО", "ШҚО-да", "СҚО-ның": a case ending comes after a hyphen.
const PATTERN = new RegExp(`(?<![\\p{L}])(${[...REGION_ABBREVIATIONS.keys()].join("|")})(?![\\p{L}])`, "gu");

/** Each region named by its abbreviation, as a place mention of its sentence. */
export function abbreviationMentions(sentences: Sentence[], text: string): Mention[] {
  return [...text.matchAll(PATTERN)].flatMap((m) => {
    const iso = REGION_ABBREVIATIONS.get(m[1] ?? "");
    const sentence = sentences.findIndex((s) => m.index >= s.start && m.index < s.end);
    if (!iso || sentence < 0) return [];
    const entry = { tokens: [m[0]], iso, kind: "region" as const, district: null, labels: [m[0]] };
    return [
      { entries: [entry], generic: "region" as const, span: { start: m.index, end: m.index + m[0].length }, sentence },
    ];
  });
}
