// An enterprise or institution a report names without quotes or a legal
// form, where the meeting is held or whose staff it is with. In Russian by
// its adjectives ("на Павлодарском алюминиевом заводе", "с работниками
// Карагандинского металлургического комбината"), put back in the nominative
// ("Павлодарский алюминиевый завод") so a saved organisation reads right; in
// English by its capitalised name and kind ("at the Karaganda Metallurgical
// Plant", "employees of the Shymkent Oil Refinery").
import { ATTENDED, SPOKEN_TO } from "./attendance";
import { isHeadline, type Sentence } from "./clean";
import { councilsWhereHeld } from "./councils";
import { depots } from "./depots";
import { englishInstitutions, englishKind } from "./english-institutions";
import {
  KAZAKH_ADJECTIVAL,
  KAZAKH_ADJECTIVAL_NOUNS,
  KAZAKH_NAMED,
  KAZAKH_NAMESAKE,
  KAZAKH_NOUNS,
  NAMESAKE,
} from "./kazakh-institutions";
import { LIST_ITEM } from "./listed-meetings";
import { RUSSIAN_LEVEL } from "./organisers";
import { withOwnName } from "./own-name";
import { NAMESAKE_TITLE } from "./people";
import { powerStations } from "./power-stations";
import { tellsAnEvent } from "./topic";
import type { OrgKind } from "../domain/enums";

// `fixed`: an abbreviation that takes no case ending (ГРЭС, ТЭЦ: feminine, as станция);
// `ending`: a feminine or neuter noun's own in the nominative, when not «а» (электростанция, объединение);
// `neuter`: its adjectives end in «-ое» («производственное объединение»);
// `place`: where the meeting was, hosting it unless someone is said to have organised it (a library).
type Noun = {
  stem: string;
  feminine: boolean;
  kind: OrgKind;
  fixed?: boolean;
  ending?: string;
  neuter?: true;
  place?: true;
};
const NOUNS: Noun[] = [
  { stem: "завод", feminine: false, kind: "enterprise" },
  { stem: "комбинат", feminine: false, kind: "enterprise" },
  { stem: "рудник", feminine: false, kind: "enterprise" },
  { stem: "разрез", feminine: false, kind: "enterprise" },
  { stem: "фабрик", feminine: true, kind: "enterprise" },
  { stem: "шахт", feminine: true, kind: "enterprise" },
  { stem: "электростанци", feminine: true, kind: "enterprise", ending: "я" },
  { stem: "элеватор", feminine: false, kind: "enterprise" },
  { stem: "порт", feminine: false, kind: "enterprise" },
  { stem: "объединени", feminine: false, kind: "enterprise", neuter: true, ending: "е" },
  { stem: "университет", feminine: false, kind: "education" },
  { stem: "колледж", feminine: false, kind: "education" },
  { stem: "институт", feminine: false, kind: "education" },
  { stem: "академи", feminine: true, kind: "education", ending: "я" },
  { stem: "больниц", feminine: true, kind: "other" },
  { stem: "библиотек", feminine: true, kind: "other", place: true },
  { stem: "ГРЭС", feminine: true, kind: "enterprise", fixed: true },
  { stem: "ТЭЦ", feminine: true, kind: "enterprise", fixed: true },
  { stem: "ГЭС", feminine: true, kind: "enterprise", fixed: true },
  // («на Донском ГОКе», «Жезказганского ГМК»: a mining plant by its abbreviation, declined.)
  { stem: "ГОК", feminine: false, kind: "enterprise" },
  { stem: "ГМК", feminine: false, kind: "enterprise" },
];
const NOUN = NOUNS.map((n) => n.stem).join("|");
const ADJ_ENDING = "(?:ого|его|ому|ему|ым|им|ом|ем|ий|ый|ой|ая|ую|ей)";
const ADJ_AT_END = new RegExp(`${ADJ_ENDING}$`, "u");
// («в актовом зале Костанайского регионального университета», «в стенах
// Семейского медицинского колледжа», «на базе …»: the hall is the university's;
// «Сотрудникам … больницы» opening a sentence: whose staff; «на площадке … библиотеки»: where.)
const TRIGGER =
  "(?:[Нн]а(?:\\s+(?:базе|площадке))?|[Вв]|[Вв]о|[Пп]осетил\\p{L}*|[Вв]\\s+(?:актовом\\s+|большом\\s+|конференц-)?зале|[Вв]\\s+стенах|[Кк]оллектив\\p{L}*|[Рр]аботник\\p{L}*|[Сс]отрудник\\p{L}*|[Рр]абоч\\p{L}*|[Сс]тудент\\p{L}*|[Пп]реподавател\\p{L}*|[Сс]пециалист\\p{L}*|[Вв]рач\\p{L}*|[Мм]едик\\p{L}*|[Гг]орняк\\p{L}*|[Шш]ахт[её]р\\p{L}*|[Ээ]нергетик\\p{L}*|[Мм]еталлург\\p{L}*|[Пп]едагог\\p{L}*|[Уу]чител\\p{L}*)";
// «колледж транспорта и коммуникаций», «колледж сервиса»: what it teaches or serves, in the genitive, is
// part of its name (two such words joined by «и», or one of these); so is the town a university is named
// for, «в Медицинском университете Караганды», or the ministry an academy is of, «академии МВД имени …».
const GENITIVE = "(?:а|я|и|ов|ев|ий|ей)";
const FIELD =
  "(?:транспорта|сервиса|бизнеса|права|экономики|технологий|искусств|культуры|связи|строительства|энергетики|медицины|управления|туризма|питания|агробизнеса|(?<=университет\\p{Ll}{0,3}\\s+)(?:Караганды|Семей|Астана)|(?:МВД|МЧС)(?:\\s+имени\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)?)";
const COMPANY_NEXT = /^\s*(?:ТОО|АО|ЖШС|АҚ|JSC|LLP)\s*[«"“]/u;
const NAMED = new RegExp(
  `(?<![\\p{L}])${TRIGGER}\\s+(((?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|областн|городск|районн|центральн|межрайонн|республиканск)${ADJ_ENDING})((?:\\s+[\\p{Ll}-]+${ADJ_ENDING}){0,3})\\s+(${NOUN})(\\p{Ll}{0,3})(?:\\s*№\\s*(\\d+)|-(\\d+)|\\s+(\\p{Ll}{3,}${GENITIVE}\\s+и\\s+\\p{Ll}{3,}${GENITIVE}|(?:\\p{Ll}{3,}(?:ых|их)\\s+)?\\p{Ll}{4,}(?:ов|ев|ий)|${FIELD})|\\s+(имени\\s+(?:${NAMESAKE_TITLE}\\s+)?(?:(?:\\p{Lu}\\.\\s*){1,2}(?:аль-)?\\p{Lu}\\p{Ll}+|(?:аль-)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)(?:\\s+(?:хана|би|батыра|ата|акына))?))?)(?![\\p{L}\\p{N}])`,
  "gu",
);

// A school, college or clinic by its number: «№3 мектеп-гимназияда», "в школе-гимназии №12".
const KAZAKH_NUMBERED =
  /№\s*(\d+)\s+((?:[\p{L}-]+\s+){0,3}?)(мектеп-гимназия|мектеп-лицей|мекте[пб]|гимназия|лицей|колледж|аурухана|емхана|mektep-gımnazıa|mektep-gimnaziia|mektep-lıseı|mekte[pb]|gımnazıa|lıseı|kolledj|aýrýhana|emhana)(?:\p{L}*)/giu;
const RUSSIAN_NUMBERED =
  /(?<![\p{L}])(школ|гимнази|лице|колледж|больниц|поликлиник)\p{L}*(?:-(гимнази|лице)\p{L}*)?\s*№\s*(\d+)/giu;
// «в школе имени Абая», «средней школы-гимназии имени К. Сатпаева»: a school
// by whom it is named after (who stays in the genitive, as in its name; after
// initials, or a given name and a surname in the genitive: «имени Жаяу Мусы»).
const NAMESAKE_RU = String.raw`(имени\s+(?:${NAMESAKE_TITLE}\s+)?(?:(?:\p{Lu}\.\s*){1,2}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+[аяы](?![\p{L}]))?))`;
const RUSSIAN_NAMESAKE = new RegExp(
  String.raw`(?<![\p{L}])(школ|гимнази|лице)\p{L}*(?:-(гимнази|лице)\p{L}*)?\s+${NAMESAKE_RU}`,
  "gu",
);
// «в Университете имени Шакарима», «студенты колледжа имени …», «в областной
// филармонии имени Жамбыла»: a university, a concert hall or a theatre
// where it was held or whose people came (not one in a speaker's title,
// «профессор Евразийского национального университета имени Л.Н. Гумилева»).
const RUSSIAN_NAMESAKE_HIGHER = new RegExp(
  String.raw`(?<=(?:[Сс]тудент|[Пп]реподавател|[Сс]отрудник|[Кк]оллектив)\p{L}*\s+|(?:^|\s)(?:[Вв]о?|[Нн]а)\s+)(?<adjectives>(?:\p{Ll}{4,}(?:ой|ом|ого)\s+){0,2})([Уу]ниверситет|[Кк]олледж|[Ии]нститут|[Аа]кадеми|[Фф]илармони|[Тт]еатр)\p{L}*()\s+${NAMESAKE_RU}`,
  "gu",
);
// «студенты Торайгыров университета», «в Торайгыров университете»: a university
// named by a surname, undeclined, as it names itself.
const RUSSIAN_SURNAME_NAMED =
  /(?<=(?:[Сс]тудент|[Пп]реподавател|[Сс]отрудник|[Кк]оллектив)\p{L}*\s+|(?:^|\s)[Вв]\s+)(\p{Lu}\p{Ll}+(?:ов|ев|ин))\s+(университет|колледж|институт)\p{Ll}{0,2}(?![\p{L}])/gu;
const RUSSIAN_NOMINATIVE: Record<string, string> = {
  школ: "школа",
  гимнази: "гимназия",
  лице: "лицей",
  колледж: "колледж",
  университет: "университет",
  институт: "институт",
  академи: "академия",
  филармони: "филармония",
  театр: "театр",
  больниц: "больница",
  поликлиник: "поликлиника",
};
// «Astana IT University-де», «в Astana IT University»: a name in the Latin
// script in a Kazakh or Russian report, with its case ending after a hyphen.
const LATIN_NAMED =
  /(?<![\p{L}])(?:(?:[Вв]|[Нн]а\s+базе)\s+)?((?:\p{Lu}[\p{Script=Latin}&'’.]*\s+){1,4}(University|College|Institute|Academy|School|Hospital))(?:-(?:де|да|те|та|нда|нде|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|мен|бен|пен)|(?=\s+\p{Script=Cyrillic}))(?![\p{L}])/gu;
const IN_TOWN = /\s+(?:қаласында(?:ғы)?|ауданында(?:ғы)?|ауылында(?:ғы)?|кентінде(?:гі)?)\s+/u;
const NAMESAKE_BEFORE = new RegExp(String.raw`${NAMESAKE}\s+$`, "u");
// (««Kazchrome» АҚ Дөң …»: with no case ending too.)
const LEGAL_LEAD = /^(?:(?:Т?ҰК\s+)?АҚ|ЖШС|ТОО|АО|LLP|JSC)(?:-\p{L}+)?\s+/u;
const KAZAKH_LEAD = /^(?:Бүгін|Кеше|Алдыңгүні|Биыл|Сондай-ақ|Сонымен қатар|Búgin|Keshe)\s+/u;

const numberedKind = (noun: string): OrgKind =>
  /^(аурухана|емхана|aýrýhana|emhana|больниц|поликлиник|филармони|театр|hospital|polyclinic)/iu.test(noun)
    ? "other"
    : "education";

/** An adjective in the nominative of the noun's gender: "Павлодарском" → "Павлодарский". */
function nominativeAdjective(word: string, noun: Pick<Noun, "feminine" | "neuter">): string {
  const stem = word.replace(ADJ_AT_END, "");
  if (noun.feminine) return `${stem}ая`;
  if (noun.neuter) return `${stem}ое`;
  if (RUSSIAN_LEVEL[stem]) return RUSSIAN_LEVEL[stem];
  // («на Донском ГОКе»: the few stressed on their ending are «-ской», not «-ский».)
  if (/^(?:Донск|Тверск|Луговск|Заводск|Морск)$/iu.test(stem)) return `${stem}ой`;
  return /[кгхжшчщ]$/u.test(stem) ? `${stem}ий` : `${stem}ый`;
}

/**
 * `venue`: where it was held, not whose staff it was with (never the host).
 * `place`: where it was held, hosting it unless someone else is said to.
 */
export type NamedInstitution = { name: string; kind: OrgKind; start: number; end: number; venue?: true; place?: true };

export function namedInstitutions(text: string, sentences: Sentence[]): NamedInstitution[] {
  const out: NamedInstitution[] = [];
  // "на"/"в"/"at"/"in" name where something happens: only in a sentence about the meeting.
  // (A clause cut before the verb it shares, «… колледждің студенттерімен, / сондай-ақ … кездесті», with it.)
  const about = (s: Sentence | undefined) =>
    s !== undefined &&
    // («№3 мектеп-гимназияда … ашық сабақ өтті»: an open lesson, a reading, leaflets handed out there.)
    (tellsAnEvent(s.text) || SPOKEN_TO.test(s.text) || ATTENDED.test(s.text));
  const aboutMeeting = (at: number) => {
    const i = sentences.findIndex((s) => at >= s.start && at < s.end);
    const sentence = sentences[i];
    // («Утром они встретились с …, | а после обеда — с учителями школы-лицея №2»: the clause after one, too;
    // «На Аксуском заводе … рассказал депутат … Его слушали около 250 металлургов.»: what the next says who heard.)
    const before = sentences[i - 1];
    const next = sentences[i + 1];
    // («…провели серию встреч …: | – 25 февраля … – с педагогами школы-лицея №5;»: an item of a list of meetings.)
    const listLead = sentences.slice(0, Math.max(i, 0)).findLast((s) => !LIST_ITEM.test(s.text));
    return (
      about(sentence) ||
      (sentence !== undefined &&
        LIST_ITEM.test(sentence.text) &&
        /:$/u.test(listLead?.text ?? "") &&
        about(listLead)) ||
      (next?.paragraph === sentence?.paragraph && ATTENDED.test(next?.text ?? "")) ||
      (sentence !== undefined && /,$/u.test(sentence.text) && about(sentences[i + 1])) ||
      (before !== undefined && /,$/u.test(before.text) && about(before))
    );
  };
  const headline = (at: number) => sentences[0] !== undefined && at < sentences[0].end && isHeadline(sentences[0], 0);
  for (const m of text.matchAll(NAMED)) {
    const start = m.index + m[0].length - (m[1] ?? "").length;
    if (/^(на|в|во)\s/iu.test(m[0]) && !aboutMeeting(start)) continue;
    // («Работникам … завода рассказали …» as a headline names the story, as the Kazakh one does.)
    if (/^\p{Lu}/u.test(m[0]) && !/^(на|в|во)\s/iu.test(m[0]) && headline(m.index)) continue;
    const noun = NOUNS.find((n) => n.stem === m[4]);
    if (!noun) continue;
    // («с коллективом Аксуской электростанции ТОО «…»»: the staff of a site of the
    // company named next, which is the organisation; «на … руднике АО «…»» is where.)
    if (
      noun.kind === "enterprise" &&
      !/^(на|в|во)\s/iu.test(m[0]) &&
      COMPANY_NEXT.test(text.slice(m.index + m[0].length))
    )
      continue;
    const adjectives = [m[2] ?? "", ...(m[3] ?? "").trim().split(/\s+/).filter(Boolean)];
    const name = [
      ...adjectives.map((a) => nominativeAdjective(a, noun)),
      `${noun.stem}${(noun.feminine || noun.neuter) && !noun.fixed ? (noun.ending ?? "а") : ""}${m[7] ? `-${m[7]}` : ""}`,
      // "завод ферросплавов", «завод хромовых соединений»: what the plant makes, in the genitive plural, is part of its name (so is a college's field).
      ...(m[8] ? [m[8]] : []),
      // («университета имени Д. Серикбаева», «… имени Жангир хана»: whom it is named after stays in the genitive.)
      ...(m[9] ? [m[9]] : []),
      ...(m[6] ? [`№${m[6]}`] : []),
    ]
      .join(" ")
      // («коллективом областной больницы»: a level in lower case, written as a heading writes it.)
      .replace(/^./u, (c) => c.toUpperCase());
    // («в областной библиотеке имени …»: where it was, not whose staff it was with.)
    const place = noun.place && /^(на|в|во)\s/iu.test(m[0]) ? { place: true as const } : {};
    out.push(withOwnName({ name, kind: noun.kind, start, end: m.index + m[0].length, ...place }, text));
  }
  for (const m of text.matchAll(KAZAKH_NUMBERED)) {
    if (!aboutMeeting(m.index)) continue;
    const [, n, words = "", noun = ""] = m;
    // («Абай атындағы №12 … мектепте»: whom the school is named after is part of its name.)
    const namesake = NAMESAKE_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[0] ?? "";
    out.push({
      // («№1 жалпы білім беретін мектебінде»: the «п» voiced before an ending is written back.)
      name: `${namesake}№${n} ${words}${noun.toLowerCase().replace(/б$/u, "п").replace(/b$/u, "p")}`,
      kind: numberedKind(noun),
      start: m.index - namesake.length,
      end: m.index + m[0].length,
    });
  }
  for (const m of [RUSSIAN_NUMBERED, RUSSIAN_NAMESAKE, RUSSIAN_NAMESAKE_HIGHER].flatMap((re) => [
    ...text.matchAll(re),
  ])) {
    if (!aboutMeeting(m.index)) continue;
    const [, stem = "", second, tail = ""] = m.groups?.adjectives === undefined ? m : m.slice(1);
    const noun = RUSSIAN_NOMINATIVE[stem.toLowerCase()] ?? stem;
    const name = [
      // («в драматическом театре имени Абая»: what kind of theatre is part of its name.)
      ...(m.groups?.adjectives ?? "")
        .split(/\s+/u)
        .filter(Boolean)
        .map((a) => nominativeAdjective(a, { feminine: /я$/u.test(noun) })),
      [noun, second ? (RUSSIAN_NOMINATIVE[second.toLowerCase()] ?? second) : ""].filter(Boolean).join("-"),
    ].join(" ");
    out.push({
      name: `${name[0]?.toUpperCase()}${name.slice(1)} ${/^\d/u.test(tail) ? `№${tail}` : tail}`,
      kind: numberedKind(stem),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  out.push(...powerStations(text, aboutMeeting), ...depots(text, aboutMeeting));
  for (const m of text.matchAll(RUSSIAN_SURNAME_NAMED)) {
    if (aboutMeeting(m.index) && !headline(m.index))
      out.push({ name: `${m[1]} ${m[2]}`, kind: "education", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(KAZAKH_NAMED)) {
    const [noun, kind, isPlace] = KAZAKH_NOUNS[m[2] ?? ""] ?? [];
    // Not from a headline: there the plant names the story («…зауытында меморандумға қол қойылды»).
    if (!noun || !kind || !aboutMeeting(m.index) || headline(m.index)) continue;
    // «Бүгін Балқаш мыс қорыту зауытында»: when the sentence opens is no part of the name.
    // «… ЖШС-ның Жезқазған мыс қорыту зауытында»: the company's legal form before it is not the plant's name.
    const lead = (KAZAKH_LEAD.exec(m[1] ?? "") ?? LEGAL_LEAD.exec(m[1] ?? ""))?.[0] ?? "";
    // («Ақсу қаласындағы ферроқорытпа зауыты», «Ақсу қаласында ферроқорытпа зауытының
    // жұмысшылары»: the town it is in, not "in the town", names it.)
    const words = (m[1] ?? "").slice(lead.length).trim().replace(IN_TOWN, " ");
    // (A centre only by capitalised words, «Жастар орталығында»: with words in lower case,
    // «… облыстық кәсіподақтар орталығында», a council's or an association's reading names it.)
    if (!words || (/^(?:орталығ|ortalyǵ)$/u.test(m[2] ?? "") && /(?:^|\s)\p{Ll}/u.test(words))) continue;
    const place = isPlace && /(?:нда|нде|nda|nde)$/u.test(m[0]) ? { place: true as const } : {};
    out.push({ name: `${words} ${noun}`, kind, start: m.index + lead.length, end: m.index + m[0].length, ...place });
  }
  for (const m of text.matchAll(KAZAKH_ADJECTIVAL)) {
    const kind = KAZAKH_ADJECTIVAL_NOUNS[m[2] ?? ""];
    if (kind && aboutMeeting(m.index) && !headline(m.index))
      out.push({ name: `${m[1]}${m[2]}`, kind, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LATIN_NAMED)) {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name);
    if (aboutMeeting(start) && !headline(start))
      out.push({ name, kind: englishKind(m[2] ?? "", name), start, end: start + name.length });
  }
  for (const m of text.matchAll(KAZAKH_NAMESAKE)) {
    const end = m.index + m[0].length;
    // (Read already by its capitalised words: «… атындағы Батыс Қазақстан … университетінде».)
    if (!aboutMeeting(m.index) || headline(m.index) || out.some((o) => o.start < end && m.index < o.end)) continue;
    // («Keshe Sh. Ýálıhanov atyndaǵy …»: when the sentence opens is no part of the name;
    // «… Халықаралық қазақ-түрік университетінде»: a name of several words keeps its possessive.)
    const lead = KAZAKH_LEAD.exec(m[1] ?? "")?.[0] ?? "";
    const name = `${(m[1] ?? "").slice(lead.length)} ${m[2]}${m[3] ?? ""}`;
    // (A library is where it was, hosting it unless someone is said to have organised it.)
    const library = /(?:кітапхана|kitaphana)$/u.test(m[2] ?? "")
      ? { kind: "other" as const, place: true as const }
      : null;
    out.push({ name, kind: "education", start: m.index + lead.length, end, ...library });
  }
  out.push(...councilsWhereHeld(text, aboutMeeting, out));
  out.push(...englishInstitutions(text, aboutMeeting, headline));
  return out;
}
