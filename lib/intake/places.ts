// Where an article's event took place: the region (ISO code) and district,
// from every place name in the text — regions with their generic word in any
// case form («Жамбыл облысына», «Жамбылской области», "Zhambyl region"),
// districts («Қордай ауданы», «Ауэзовский район»), and towns that imply their
// region under today's borders (Жезқазған → Ulytau, Semey → Abai, Taraz →
// Zhambyl). A district or town outweighs a region named in passing (a speaker
// who is "deputy of the Almaty region maslikhat" at a meeting in Almaty's
// Auezov district); a list of regions counts little; the URL counts too.
import { abbreviationMentions } from "./abbreviations";
import { sameWord, stemKey, wordsOf, type Word } from "./words";
import reference from "../../prisma/seed/data/regions.json";
import { DISTRICT_TOWNS } from "../geo/district-towns";
import { isAbbreviation } from "../geo/region-abbreviations";
import type { Sentence } from "./clean";
import type { Span } from "./types";
import type { PlaceRegion } from "../import/places";

type Kind = "region" | "district" | "city";
export type Entry = {
  tokens: string[];
  iso: string;
  kind: Kind;
  district: { id: number; name: string } | null;
  /** The name as the list spells it, in each script, without a case ending (Turkistan, Туркестан, Түркістан). */
  labels: string[];
  /** A town's former name (Akmola, Tselinograd for Astana; "Akmola (1994-1998)" as the list dates it). */
  former?: true;
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
const VILLAGE = /^(?:сел[оаеу]|сёл|ауыл|аул[аеу]?|village|aýyl|auyl)/iu;
const SEPARATOR = /^(i|zhane|and|men|ben|pen|a)$/;
// "regions", «областей», «районах», «аудандарында»: a kind in the plural.
const PLURAL_KIND = /(?:s$|(?:ей|ов|ах|ях)$|тар|дар|лар|тер|дер|лер)/u;

const tokensOf = (name: string) =>
  wordsOf(name.replace(/\([^)]*\)/g, " "))
    .map((w) => w.key)
    .filter((k) => genericOf(k) === null && !/^(the|of|respubliki|respublikanskogo)$/.test(k));

export type Gazetteer = { entries: Map<string, Entry[]>; byIso: Map<string, PlaceRegion> };

export function gazetteer(regions: PlaceRegion[]): Gazetteer {
  const refs = (reference as { regions: RefRegion[] }).regions;
  const out: Entry[] = [];
  // (A former name, "Zhambyl (former city name)", is labelled with the town's name now.)
  const add = (names: string[], iso: string, kind: Kind, district: Entry["district"], now?: string[]) => {
    for (const n of new Set(names)) {
      const tokens = tokensOf(n);
      if (tokens.length && tokens.join("").length >= 3)
        out.push({
          tokens,
          iso,
          kind,
          district,
          labels: now ?? [n.replace(/\s*\(.*\)/, "")],
          ...(now || /\(/u.test(n) ? { former: true as const } : {}),
        });
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
      const at = district ? { id: district.id, name: district.nameEn } : null;
      add([c.en, c.ru, c.kk], r.iso, "city", at);
      add(
        (c.aliases ?? []).map((a) => a.replace(/\s*\(.*\)/, "")),
        r.iso,
        "city",
        at,
        [c.en, c.ru, c.kk],
      );
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
  /** A village's name («Ақсу ауылы», «село Аксу»): no town, and villages share names everywhere. */
  village?: true;
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
      // («Келесі күні …», "the next day", opening a sentence: not Келес District.)
      // ("The Embassy of Kazakhstan in Turkey": not Emba.)
      if (
        !/^[\p{Lu}\p{N}]/u.test(words[i]?.text ?? "") ||
        /^(?:Oil|Embass\p{L}*|Келесі|Kelesi)$/iu.test(words[i]?.text ?? "")
      )
        continue;
      const hits = candidates(g, key(i)).filter((e) => matchesAt(words, i, e.tokens));
      if (!hits.length) continue;
      const longest = Math.max(...hits.map((h) => h.tokens.length));
      const best = hits.filter((h) => h.tokens.length === longest);
      const last = i + longest - 1;
      // («Қызылжарда ауыл еңбеккерлерімен»: a name in a case of its own is not followed by its kind.)
      const cased = key(last) !== best[0]?.tokens.at(-1) && KAZAKH_CASE.test(words[last]?.text ?? "");
      // ("in Shu, regional maslikhat deputy …": a kind word after a comma is another's.)
      const apart = /[,;:]/u.test(text.slice(words[last]?.end ?? 0, words[last + 1]?.start ?? 0));
      const after = words[last + 1] && !cased && !apart ? genericOf(key(last + 1)) : null;
      // "город Тараз", "области Абай", "the city of Shymkent"
      const j =
        i > 1 && /^(of|the)$/.test(key(i - 1)) ? (key(i - 2) === "of" || key(i - 2) === "tke" ? i - 3 : i - 2) : i - 1;
      // («в Алмалинском районе Алматы»: the word the mention before took as its own is not this one's.)
      const taken = found.at(-1)?.span.end === words[j]?.end;
      const before = j >= 0 && !taken ? genericOf(key(j)) : null;
      const span = { start: words[i]?.start ?? 0, end: words[last + (after ? 1 : 0)]?.end ?? 0 };
      const village = [words[last + 1], words[i - 1]].some((w) => VILLAGE.test(w?.text ?? ""));
      // («космодрома «Байконур»», «ТОО «Астана»»: a name alone in quotes after no kind of place names a thing.)
      if (
        !before &&
        !after &&
        /[«"“]\s*$/u.test(text.slice(Math.max(0, span.start - 2), span.start)) &&
        /^\s*[»"”]/u.test(text.slice(words[last]?.end ?? 0, (words[last]?.end ?? 0) + 2))
      ) {
        i = last;
        continue;
      }
      // («Мұнайлы ауданының Маңғыстау ауылында»: a village of the district just named, no town we know —
      // not the other district it shares a name with.)
      const previous = found.at(-1);
      const inDistrict =
        (after ?? before) === "city" &&
        !best.some((e) => e.kind === "city") &&
        previous?.generic === "district" &&
        /^\s*$/u.test(text.slice(previous.span.end, span.start));
      if (inDistrict) {
        i = last;
        continue;
      }
      const flag = village ? { village: true as const } : {};
      found.push({ entries: best, generic: after ?? before, span, sentence: si, first: i, last, ...flag });
      i = last;
    }
    // "Almaty, Zhambyl and Turkestan regions": the list's generic word names every member.
    const shared = new Set<Mention>();
    for (let k = found.length - 2; k >= 0; k--) {
      const a = found[k];
      const b = found[k + 1];
      if (!a || !b) continue;
      const between = words.slice(a.last + 1, b.first);
      // (Something must stand between: "Almaty's Bostandyk district" is no list.)
      const listed = /[,;]/.test(text.slice(a.span.end, b.span.start)) || between.length > 0;
      // (A list ends in "and" or a plural: "In Oral, West Kazakhstan region" names a town, then its region.)
      const kind = text.slice(b.span.start, b.span.end).split(/\s+/).at(-1) ?? "";
      const ends = shared.has(b) || between.length > 0 || PLURAL_KIND.test(kind.toLowerCase());
      if (a.generic === null && listed && ends && between.every((w) => SEPARATOR.test(w.key))) {
        a.generic = b.generic;
        shared.add(a);
      }
    }
    // («Сайрам ауданының Ақсу ауылындағы», «в селе Аксу Сайрамского района»: a village beside the district
    // it is in, which is in no region the village's name is a town's or a district's of — another Aksu.)
    const otherRegion = (v: Mention | undefined, d: Mention | undefined) =>
      v?.village === true && d !== undefined && !v.entries.some((e) => d.entries.some((x) => x.iso === e.iso));
    const elsewhere = (v: Mention | undefined, d: Mention | undefined) =>
      otherRegion(v, d) && d?.generic === "district";
    const adjacent = found.filter((m, k) => {
      const [before, after] = [found[k - 1], found[k + 1]];
      const next = (a: Mention | undefined, b: Mention | undefined) =>
        a && b && /^\s*$/u.test(text.slice(a.span.end, b.span.start));
      // («Атырау қаласына қарасты Амангелді ауылдық округінің»: a village under a town of another region's.)
      const under = otherRegion(m, before) && /^\s*қарасты\s+$/u.test(text.slice(before?.span.end ?? 0, m.span.start));
      return !((next(before, m) && elsewhere(m, before)) || (next(m, after) && elsewhere(m, after)) || under);
    });
    mentions.push(...adjacent.map(({ first: _f, last: _l, ...m }) => m));
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
