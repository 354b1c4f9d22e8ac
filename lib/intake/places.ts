// Where an article's event took place: the region (ISO code) and district,
// from every place name in the text — regions with their generic word in any
// case form («Жамбыл облысына», «Жамбылской области», "Zhambyl region"),
// districts («Қордай ауданы», «Ауэзовский район»), and towns that imply their
// region under today's borders (Жезқазған → Ulytau, Semey → Abai, Taraz →
// Zhambyl). A district or town outweighs a region named in passing (a speaker
// who is "deputy of the Almaty region maslikhat" at a meeting in Almaty's
// Auezov district); a list of regions counts little; the URL counts too.
import { abbreviationMentions } from "./abbreviations";
import { labelFor } from "./place-context";
import { sameWord, stemKey, wordsOf, type Word } from "./words";
import reference from "../../prisma/seed/data/regions.json";
import { DISTRICT_TOWNS } from "../geo/district-towns";
import { isAbbreviation } from "../geo/region-abbreviations";
import type { Sentence } from "./clean";
import type { Span } from "./types";
import type { PlaceRegion } from "../import/places";

type Kind = "region" | "district" | "city";
type Entry = {
  tokens: string[];
  iso: string;
  kind: Kind;
  district: { id: number; name: string } | null;
  /** The name as the list spells it, in each script, without a case ending (Turkistan, Туркестан, Түркістан). */
  labels: string[];
};
type RefRegion = {
  iso: string;
  aliases?: Record<string, string[]>;
  centre?: { en: string; ru: string; kk: string; aliases?: string[] };
  cities?: Array<{ en: string; ru: string; kk: string }>;
  districts?: Array<{ en: string; ru: string; kk: string; aliases?: string[] }>;
};

type Generic = "region" | "district" | "city";
// The words that say what a name is, in any language and case form
// (облысында, областной, regional, ауданы, районе, қаласында, города…).
const GENERIC_WORDS: Record<Generic, string[]> = {
  region: ["облыс", "област", "region", "oblast", "oblys", "province", "провинц"],
  district: ["аудан", "район", "district", "raion", "rayon", "audan"],
  city: ["қала", "город", "city", "town", "село", "ауыл", "village", "kala"],
};
const EXACT: Record<string, Generic> = { [stemKey("обл")]: "region", [stemKey("г")]: "city" };
const GENERIC_KEYS = Object.entries(GENERIC_WORDS).flatMap(([g, words]) =>
  words.map((w) => [stemKey(w), g as Generic] as const),
);
const genericOf = (key: string): Generic | null =>
  EXACT[key] ?? GENERIC_KEYS.find(([k]) => key.startsWith(k))?.[1] ?? null;
const SEPARATOR = /^(i|zhane|and|men|ben|pen|a)$/;

const tokensOf = (name: string) =>
  wordsOf(name.replace(/\([^)]*\)/g, " "))
    .map((w) => w.key)
    .filter((k) => genericOf(k) === null && !/^(the|of|respubliki|respublikanskogo)$/.test(k));

export type Gazetteer = { entries: Map<string, Entry[]>; byIso: Map<string, PlaceRegion> };

export function gazetteer(regions: PlaceRegion[]): Gazetteer {
  const refs = (reference as { regions: RefRegion[] }).regions;
  const out: Entry[] = [];
  const add = (names: string[], iso: string, kind: Kind, district: Entry["district"]) => {
    for (const n of new Set(names)) {
      const tokens = tokensOf(n);
      if (tokens.length && tokens.join("").length >= 3)
        out.push({ tokens, iso, kind, district, labels: [n.replace(/\s*\(.*\)/, "")] });
    }
  };
  for (const r of regions) {
    const ref = refs.find((x) => x.iso === r.iso);
    const city = r.iso === "KZ-71" || r.iso === "KZ-75" || r.iso === "KZ-79";
    const aliases = Object.values(ref?.aliases ?? {})
      .flat()
      .filter((a) => (/^\p{Lu}/u.test(a) && !isAbbreviation(a)) || /^(г\.|город|обл)/.test(a));
    add([r.nameEn, r.nameRu, r.nameKk, ...aliases], r.iso, city ? "city" : "region", null);
    const cities = new Set((ref?.cities ?? []).map((c) => c.en));
    for (const d of r.districts) {
      const extra = ref?.districts?.find((x) => x.en === d.nameEn);
      const names = [d.nameEn, d.nameRu, d.nameKk, ...(extra ? [extra.ru, extra.kk, ...(extra.aliases ?? [])] : [])];
      add(names, r.iso, cities.has(d.nameEn) ? "city" : "district", { id: d.id, name: d.nameEn });
    }
    for (const t of DISTRICT_TOWNS.filter((x) => x.iso === r.iso)) {
      const district = r.districts.find((d) => d.nameEn === t.district);
      if (district) add(t.names, r.iso, "city", { id: district.id, name: district.nameEn });
    }
    if (ref?.centre && !city) {
      const c = ref.centre;
      const district = r.districts.find((d) => d.nameEn === c.en);
      const names = [c.en, c.ru, c.kk, ...(c.aliases ?? []).map((a) => a.replace(/\(.*\)/, ""))];
      add(names, r.iso, "city", district ? { id: district.id, name: district.nameEn } : null);
    }
  }
  const entries = new Map<string, Entry[]>();
  const seen = new Map<string, Entry>();
  for (const e of out) {
    const id = `${e.tokens.join(" ")}|${e.iso}|${e.kind}|${e.district?.id ?? ""}`;
    const same = seen.get(id);
    if (same) {
      same.labels.push(...e.labels);
      continue;
    }
    seen.set(id, e);
    const head = (e.tokens[0] ?? "").slice(0, 4);
    entries.set(head, [...(entries.get(head) ?? []), e]);
  }
  return { entries, byIso: new Map(regions.map((r) => [r.iso, r])) };
}

export type Mention = {
  entries: Entry[];
  generic: Generic | null;
  span: Span;
  sentence: number;
  /** Less than a name in the text: the agency's dateline city. */
  weight?: number;
};

const KAZAKH_CASE =
  /(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|дың|дің|тың|тің|ның|нің|da|de|ta|te|ǵa|ğa|ge|qa|ke|dan|den|tan|ten|nan|nen|dyń|diń|tyń|tiń|nyń|niń|dyñ|diñ|tyñ|tiñ|nyñ|niñ)$/iu;

/** Every place name in the sentences, with the generic word that follows or precedes it. */
export function placeMentions(g: Gazetteer, sentences: Sentence[], text: string): Mention[] {
  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    const words = wordsOf(text.slice(s.start, s.end), s.start);
    const found: Array<Mention & { first: number; last: number }> = [];
    const key = (k: number) => words[k]?.key ?? "";
    for (let i = 0; i < words.length; i++) {
      // A place's name is capitalised: «рудника» (a mine's) is not Рудный.
      // ("Atyrau Oil Refinery": the English word, whose key is Oiyl District's.)
      if (!/^[\p{Lu}\p{N}]/u.test(words[i]?.text ?? "") || /^Oil$/iu.test(words[i]?.text ?? "")) continue;
      const hits = candidates(g, key(i)).filter((e) => matchesAt(words, i, e.tokens));
      if (!hits.length) continue;
      const longest = Math.max(...hits.map((h) => h.tokens.length));
      const best = hits.filter((h) => h.tokens.length === longest);
      const last = i + longest - 1;
      // («Қызылжарда ауыл еңбеккерлерімен»: a name in a case of its own is not followed by its kind.)
      const cased = key(last) !== best[0]?.tokens.at(-1) && KAZAKH_CASE.test(words[last]?.text ?? "");
      const after = words[last + 1] && !cased ? genericOf(key(last + 1)) : null;
      // "город Тараз", "области Абай", "the city of Shymkent"
      const j =
        i > 1 && /^(of|the)$/.test(key(i - 1)) ? (key(i - 2) === "of" || key(i - 2) === "tke" ? i - 3 : i - 2) : i - 1;
      // («в Алмалинском районе Алматы»: the word the mention before took as its own is not this one's.)
      const taken = found.at(-1)?.span.end === words[j]?.end;
      const before = j >= 0 && !taken ? genericOf(key(j)) : null;
      const span = { start: words[i]?.start ?? 0, end: words[last + (after ? 1 : 0)]?.end ?? 0 };
      found.push({ entries: best, generic: after ?? before, span, sentence: si, first: i, last });
      i = last;
    }
    // "Almaty, Zhambyl and Turkestan regions": the list's generic word names every member.
    for (let k = found.length - 2; k >= 0; k--) {
      const a = found[k];
      const b = found[k + 1];
      if (!a || !b) continue;
      const between = words.slice(a.last + 1, b.first);
      // (Something must stand between: "Almaty's Bostandyk district" is no list.)
      const listed = /[,;]/.test(text.slice(a.span.end, b.span.start)) || between.length > 0;
      if (a.generic === null && listed && between.every((w) => SEPARATOR.test(w.key))) a.generic = b.generic;
    }
    mentions.push(...found.map(({ first: _f, last: _l, ...m }) => m));
  });
  return [...mentions, ...abbreviationMentions(sentences, text)].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Names by their first four letters; a town with a name of three or four
 * letters also under a word it opens («Уиле» is Уил, «Ойылда» Ойыл) — not a
 * district («Мая» is no Май ауданы) or a town named by an adjective
 * («Руда» is no Рудный).
 */
const candidates = (g: Gazetteer, k: string): Entry[] => [
  ...(g.entries.get(k.slice(0, 4)) ?? []),
  ...(k.length > 3
    ? (g.entries.get(k.slice(0, 3)) ?? []).filter((e) => e.kind === "city" && e.labels.some((l) => l.length <= 4))
    : []),
];

function matchesAt(words: Word[], i: number, tokens: string[]): boolean {
  return tokens.every((t, k) => {
    const w = words[i + k];
    // Inner words of a name are written whole; the last one takes the case ending.
    return w !== undefined && (k === tokens.length - 1 ? sameWord(w.key, t) : w.key === t || sameWord(w.key, t));
  });
}

/**
 * The entries a mention can mean, given its generic word ("Абай ауданы" is no
 * region); "the town of Abai" with no town of that name is the district it is
 * the centre of.
 */
function readings(m: Mention): Entry[] {
  const fits = (e: Entry) =>
    m.generic === null
      ? true
      : m.generic === "region"
        ? e.kind === "region"
        : m.generic === "district"
          ? e.kind === "district"
          : e.kind === "city" || (!m.entries.some((x) => x.kind === "city") && e.kind === "district");
  // A district named without its generic word counts only with a long name:
  // "May 6" is no May District, "Abai" alone is rather the region or the poet.
  const long = (e: Entry) => m.generic !== null || e.kind !== "district" || e.tokens.join("").length >= 5;
  const kept = m.entries.filter(fits).filter(long);
  // "Pavlodar aluminium smelter": a bare name that is a town and a district of
  // the same name means the town; "ALMATY –" is the city, not Astana's Almaty
  // District, nor the region around it («в Алматы» is not Алматы облысы).
  const city = m.generic === null ? kept.find((e) => e.kind === "city") : undefined;
  return city ? kept.filter((e) => e.kind === "city" || (e.kind === "region" && e.iso === city.iso)) : kept;
}

const WEIGHT = { region: 2, district: 3, city: 3 } as const;

export type PlaceGuess = {
  region: string | null;
  district: { id: number; name: string } | null;
  locality: string | null;
  regionSpans: Span[];
  districtSpans: Span[];
  uncertain: boolean;
};

/** The region and district the mentions point to most, with the words that said so. */
export function guessPlace(mentions: Mention[], urlKeys: string[], g: Gazetteer, text: string): PlaceGuess {
  const score = new Map<string, number>();
  // A sentence naming three or more places for sure is a list ("Almaty, Zhambyl,
  // Kyzylorda and Turkestan regions"): each counts a third.
  const perSentence = new Map<number, number>();
  const sure = new Map<number, Set<string>>();
  for (const m of mentions) {
    const isos = new Set(readings(m).map((e) => e.iso));
    if (isos.size === 1) sure.set(m.sentence, new Set([...(sure.get(m.sentence) ?? []), ...isos]));
  }
  for (const [k, v] of sure) perSentence.set(k, v.size);
  for (const m of mentions) {
    const r = readings(m);
    const isos = new Set(r.map((e) => e.iso));
    const listed = (perSentence.get(m.sentence) ?? 1) >= 3 ? 3 : 1;
    const bare = m.generic === null && r.every((e) => e.kind === "region") ? 0.5 : 1;
    const early = (m.sentence <= 1 ? 1.5 : 1) * (m.weight ?? 1);
    for (const e of r) {
      const w = (WEIGHT[e.kind] * bare * early) / listed / isos.size / r.filter((x) => x.iso === e.iso).length;
      score.set(e.iso, (score.get(e.iso) ?? 0) + w);
    }
  }
  for (const k of urlKeys) {
    for (const e of g.entries.get(k.slice(0, 4)) ?? []) {
      if (e.tokens.length === 1 && sameWord(k, e.tokens[0] ?? "")) score.set(e.iso, (score.get(e.iso) ?? 0) + 1.5);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top)
    return { region: null, district: null, locality: null, regionSpans: [], districtSpans: [], uncertain: true };
  const iso = top[0];
  const regionSpans = mentions.filter((m) => readings(m).some((e) => e.iso === iso)).map((m) => m.span);
  // A district named in the text wins over the agency's dateline city, which
  // stands when nothing else names one ("KARAGANDA – Miners of the … mine").
  const named = mentions.filter((m) => (m.weight ?? 1) >= 1);
  const regionLabel = (m: Mention) =>
    /^\s*:/u.test(text.slice(m.span.end, m.span.end + 3)) && readings(m).some((x) => x.kind === "region");
  const hitsIn = (ms: Mention[]) =>
    ms.flatMap((m) =>
      readings(m).flatMap((e) =>
        // "Қарағанды облысында" names the region, never its city.
        e.iso === iso && e.district && m.generic !== "region"
          ? [
              {
                district: e.district,
                span: m.span,
                kind: e.kind,
                label: labelFor(e.labels, text.slice(m.span.start, m.span.end)),
                // Named with its kind ("Шахтинск қаласындағы", "в Кордайском районе"): where it happened;
                // a headline's label that is also its region's name ("Aktobe: Kazchrome workers …"): maybe only the region.
                weight: m.generic !== null ? 2 : regionLabel(m) ? 0.5 : 1,
                sentence: m.sentence,
              },
            ]
          : [],
      ),
    );
  const hitsNamed = hitsIn(named);
  const districtHits = hitsNamed.length ? hitsNamed : hitsIn(mentions);
  // "Teachers from the Bostandyk, Almaly and Auezov districts": a sentence
  // listing several districts places the meeting in none of them.
  const single = districtHits.filter(
    (d) => !districtHits.some((o) => o.sentence === d.sentence && o.district.id !== d.district.id),
  );
  const counts = new Map<number, number>();
  for (const d of single) counts.set(d.district.id, (counts.get(d.district.id) ?? 0) + d.weight);
  const best = single.sort((a, b) => (counts.get(b.district.id) ?? 0) - (counts.get(a.district.id) ?? 0))[0];
  const locality = districtHits.find((d) => d.kind === "city" && (!best || d.district.id === best.district.id));
  return {
    region: iso,
    district: best?.district ?? null,
    locality: locality?.label ?? null,
    regionSpans,
    districtSpans: best ? districtHits.filter((d) => d.district.id === best.district.id).map((d) => d.span) : [],
    uncertain: second !== undefined && second[1] > top[1] * 0.6,
  };
}
