// The synthetic rows of the benchmark's data (bench/generate.mts writes them):
// events spread over the units and their districts by weight, with speakers,
// an organisation and audiences, and the people's and organisations' names.
import { AUDIENCE_TYPES, audienceBit, EVENT_FORMATS } from "../lib/domain/enums";
import { SEARCH_RANK_MARK } from "../lib/search/event-search-text";
import { searchKey } from "../lib/search/normalize";
import { pickOf, rng } from "../prisma/seed/factories";

const WORDS = [
  "кездесу",
  "жастар",
  "еңбек",
  "ұжымы",
  "конституция",
  "референдум",
  "түсіндіру",
  "встреча",
  "коллектив",
  "молодёжь",
  "разъяснение",
  "ветераны",
  "meeting",
  "youth",
  "explanatory",
  "collective",
  "forum",
  "округ",
  "ауыл",
  "зауыт",
];
const FIRST = [
  "Нұрлан",
  "Ерлан",
  "Айгүл",
  "Бекқали",
  "Тимур",
  "Луиза",
  "Асқар",
  "Gulnara",
  "Marat",
  "Saule",
  "Дәурен",
  "Жанар",
];
const LAST = [
  "Өтешев",
  "Қошанов",
  "Торғаев",
  "Жұмырбаев",
  "Мінбаева",
  "Сағадиев",
  "Ismailov",
  "Nurpeisova",
  "Абенов",
  "Касымов",
  "Тлеубаев",
  "Омарова",
];
const ORG = [
  "ЖШС",
  "АҚ",
  "ТОО",
  "филиал",
  "кәсіподағы",
  "мәслихаты",
  "колледжі",
  "University",
  "LLP",
  "қоғамдық бірлестігі",
];

export type Dims = {
  regions: Array<{ id: number; weight: number }>;
  districts: Array<{ id: number; regionId: number }>;
  campaigns: Array<{ id: number; vote: number }>;
};

export function* eventRows(n: number, dims: Dims, people: string[], orgs: string[], seed: number) {
  const r = rng(seed);
  const total = dims.regions.reduce((s, x) => s + x.weight, 0);
  const byRegion = new Map<number, number[]>();
  for (const d of dims.districts) byRegion.set(d.regionId, [...(byRegion.get(d.regionId) ?? []), d.id]);
  const personKeys = people.map((p) => searchKey(p));
  const orgKeys = orgs.map((o) => searchKey(o));
  for (let i = 0; i < n; i++) {
    let x = r() * total;
    const region = dims.regions.find((g) => (x -= g.weight) <= 0) ?? dims.regions[0]!;
    const ds = byRegion.get(region.id) ?? [];
    const campaign = pickOf(r, dims.campaigns);
    const day = new Date(campaign.vote - Math.floor(r() * 180) * 86_400_000).toISOString().slice(0, 10);
    const title = `${pickOf(r, WORDS)} ${pickOf(r, WORDS)} ${pickOf(r, WORDS)} ${i}`;
    const speakerIdx = [
      Math.floor(r() * people.length),
      ...(r() < 0.5 ? [Math.floor(r() * people.length)] : []),
    ].filter((v, k, a) => a.indexOf(v) === k);
    const orgIdx = Math.floor(r() * orgs.length);
    const audiences = [pickOf(r, AUDIENCE_TYPES), ...(r() < 0.4 ? [pickOf(r, AUDIENCE_TYPES)] : [])].filter(
      (v, k, a) => a.indexOf(v) === k,
    );
    const size = r() < 0.2 ? null : 10 + Math.floor(r() * 990);
    yield {
      title,
      campaignId: campaign.id,
      status: r() < 0.8 ? "held" : r() < 0.5 ? "planned" : "cancelled",
      date: day,
      regionId: region.id,
      districtId: ds.length && r() < 0.75 ? pickOf(r, ds) : null,
      locality: null as string | null,
      format: pickOf(r, EVENT_FORMATS),
      audienceSize: size,
      audienceEstimate: size !== null && r() < 0.3,
      // The layout of eventSearchText (keys computed once per name, not per event).
      searchText: ` ${[searchKey(title), ...speakerIdx.map((k) => personKeys[k]!), orgKeys[orgIdx]!].join(" | ")} ${SEARCH_RANK_MARK}  `,
      deleted: r() < 0.02,
      speakerIdx,
      orgIdx,
      audiences,
      audienceMask: audiences.reduce((m, a) => m | audienceBit(a), 0),
    };
  }
}

export function names(seed: number, people: number, orgs: number) {
  const r = rng(seed + 1);
  const p = Array.from({ length: people }, (_, i) => `${pickOf(r, FIRST)} ${pickOf(r, LAST)} ${i}`);
  const o = Array.from({ length: orgs }, (_, i) => `«${pickOf(r, WORDS)} ${i}» ${pickOf(r, ORG)}`);
  return { p, o };
}
