// Region and district by any spelling: the three official names, the aliases
// and case forms of the reference list (prisma/seed/data/regions.json), in
// any script («Жамбылской области», "Zhambyl oblysy", "Жамбыльская обл",
// "KZ-31"). Generic words (область, ауданы, district, г.) are dropped before
// comparing; a name matching two places is reported, never guessed.
import reference from "../../prisma/seed/data/regions.json";
import { DISTRICT_TOWNS } from "../geo/district-towns";
import { REGION_ABBREVIATIONS } from "../geo/region-abbreviations";
import { searchKey } from "../search/normalize";
import type { CellProblem } from "./values";

type Named = { id: number; nameEn: string; nameRu: string; nameKk: string };
export type PlaceRegion = Named & { iso: string; districts: Named[] };

type RefRegion = {
  iso: string;
  type?: string;
  aliases?: Record<string, string[]>;
  districts?: Array<{ en: string; ru: string; kk: string }>;
};

const GENERIC = new Set(
  [
    "область",
    "области",
    "обл",
    "облысы",
    "облыстық",
    "region",
    "oblast",
    "oblysy",
    "province",
    "район",
    "района",
    "районе",
    "ауданы",
    "аудан",
    "district",
    "қаласы",
    "қала",
    "город",
    "города",
    "г",
    "city",
    "of",
    "the",
  ].map(searchKey),
);
// Case endings of the generic words: облысында, облысының, ауданында…
const GENERIC_STEMS = ["облыс", "oblys", "аудан", "audan", "район"].map(searchKey);

/** The words that name the place, transliterated and without generic words or brackets. */
function placeCore(name: string): string {
  return searchKey(name.replace(/[()]/g, " "))
    .split(" ")
    .filter((w) => w && !GENERIC.has(w) && !GENERIC_STEMS.some((g) => w.startsWith(g) && w.length > g.length))
    .join(" ");
}

// "район Ақсуат (Аксуатский район)": each spelling on its own.
const spellings = (name: string) => [name, ...name.split(/[()]/).map((s) => s.trim())].filter(Boolean);

type Entry = { full: string; core: string; id: number };
const index = (names: Array<[string, number]>): Entry[] =>
  names
    .flatMap(([n, id]) => spellings(n).map((s) => ({ full: searchKey(s), core: placeCore(s), id })))
    .filter((e) => e.core !== "");

const PREFIX = 5;
/**
 * The one id whose spelling is `text` exactly («Алматы» the city, «Алматы
 * облысы» the region), else whose core equals `text`'s core, else sharing its
 * first five letters (Кордайский ~ Кордай); several → ambiguous.
 */
function lookup(entries: Entry[], text: string): { id: number } | { ambiguous: true } | null {
  const core = placeCore(text);
  if (!core) return null;
  const full = searchKey(text);
  const one = (ids: Set<number>) => {
    const [id, ...more] = ids;
    return id === undefined ? null : more.length ? { ambiguous: true as const } : { id };
  };
  const named = one(new Set(entries.filter((e) => e.full === full).map((e) => e.id)));
  if (named) return named;
  const exact = one(new Set(entries.filter((e) => e.core === core).map((e) => e.id)));
  if (exact || core.length < PREFIX) return exact;
  const head = core.slice(0, PREFIX);
  return one(new Set(entries.filter((e) => e.core.slice(0, PREFIX) === head).map((e) => e.id)));
}

const CITY_WORD = /(?<![\p{L}])(?:г|город\p{L}*|қ|қала\p{L}*|city)(?![\p{L}])/iu;

export type PlaceIndex = {
  region(text: string): { iso: string } | CellProblem;
  district(iso: string, text: string): { id: number } | CellProblem;
};

export const isProblem = (v: object): v is CellProblem => "message" in v;

export function placeIndex(regions: PlaceRegion[]): PlaceIndex {
  const refs = (reference as { regions: RefRegion[] }).regions;
  const byIso = new Map(regions.map((r) => [r.iso, r]));
  const regionEntries = index(
    regions.flatMap((r) => {
      const ref = refs.find((x) => x.iso === r.iso);
      const aliases = Object.values(ref?.aliases ?? {}).flat();
      return [r.nameEn, r.nameRu, r.nameKk, ...aliases].map((n): [string, number] => [n, r.id]);
    }),
  );
  const districtEntries = new Map(
    regions.map((r) => {
      const ref = refs.find((x) => x.iso === r.iso);
      const names: Array<[string, number]> = r.districts.flatMap((d) => {
        const extra = ref?.districts?.find((x) => x.en === d.nameEn);
        // A district's centre named otherwise ("Щучинск" for Burabay District).
        const towns = DISTRICT_TOWNS.filter((t) => t.iso === r.iso && t.district === d.nameEn).flatMap((t) => t.names);
        return [d.nameEn, d.nameRu, d.nameKk, ...(extra ? [extra.ru, extra.kk] : []), ...towns].map(
          (n): [string, number] => [n, d.id],
        );
      });
      return [r.iso, index(names)];
    }),
  );
  const isoOfId = new Map(regions.map((r) => [r.id, r.iso]));
  // The cities of republican significance, as the reference list marks them.
  const cities = new Set(refs.filter((x) => x.type === "city").map((x) => x.iso));
  const cityEntries = regionEntries.filter((e) => cities.has(isoOfId.get(e.id) ?? ""));
  return {
    region(text) {
      const code = /^\s*kz-?(\d{2})\s*$/i.exec(text);
      if (code) {
        const iso = `KZ-${code[1]}`;
        return byIso.has(iso) ? { iso } : { message: "import.problems.unknownRegion", values: { value: text } };
      }
      // ВКО and WKO, СКО and ШҚО share a search key: an abbreviation is read as written.
      const abbreviated = REGION_ABBREVIATIONS.get(text.trim());
      if (abbreviated && byIso.has(abbreviated)) return { iso: abbreviated };
      let hit = lookup(regionEntries, text);
      // «Алматы қ.», "Almaty city": a city word picks the city over the region named after it.
      if (hit && "ambiguous" in hit && CITY_WORD.test(text)) hit = lookup(cityEntries, text) ?? hit;
      if (hit === null) return { message: "import.problems.unknownRegion", values: { value: text } };
      if ("ambiguous" in hit) return { message: "import.problems.ambiguous", values: { value: text } };
      const iso = isoOfId.get(hit.id);
      return iso ? { iso } : { message: "import.problems.unknownRegion", values: { value: text } };
    },
    district(iso, text) {
      const hit = lookup(districtEntries.get(iso) ?? [], text);
      if (hit === null) return { message: "import.problems.unknownDistrict", values: { value: text } };
      if ("ambiguous" in hit) return { message: "import.problems.ambiguous", values: { value: text } };
      return { id: hit.id };
    },
  };
}
