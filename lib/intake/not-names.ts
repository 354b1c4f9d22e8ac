// Capitalised words that are institutions, places or the state, never a
// person's names ("Республикасының Конституциясына", "Совета Ветеранов",
// "депутат Мажилиса"), as search-key stems (written naturally, keyed once).
import { KAZAKH_OPENER } from "./kazakh-institutions";
import { SURNAME_END } from "./person-key";
import reference from "../../prisma/seed/data/regions.json";
import { searchKey } from "../search/normalize";

const NOT_NAME_STEMS = [
  // "Бүгін Теміртауда", "Búgin Temirtaý", "Сегодня Темиртау": when, not who.
  "бүгін",
  "сегодн",
  "вчера",
  // "On Tuesday Serikbayev held …": a day of the week, not a first name.
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  // "on Kirov Street": a street's kind, not a surname.
  ...["street", "avenue", "boulevard", "prospekt"],
  // «Жиынға Жетісу облысы әкімінің орынбасары …»: "to the meeting", not a name.
  "жиын",
  "кездесу",
  "республик",
  "конституц",
  "казахстан",
  "қазақстан",
  "kazakhstan",
  "парламент",
  "президент",
  "сенат",
  "мажилис",
  "мәжіліс",
  "ассамбле",
  "министр",
  "акимат",
  "әкімдік",
  "маслихат",
  "мәслихат",
  "референдум",
  "корпорац",
  "компани",
  "коалиц",
  "федерац",
  "ассоциац",
  "университет",
  "колледж",
  "облыс",
  "област",
  "аудан",
  "район",
  "город",
  "совет",
  "комитет",
  "департамент",
  "управлен",
  "штаб",
  "партия",
  "партии",
  "союз",
  "служб",
  "центр",
  "орталығ",
  "мектеп",
  "басқарма",
  "комисси",
  "обществ",
  "народ",
  "ардагер",
  "ветеран",
  "republic",
  "constitution",
  "parliament",
  "senate",
  "mazhilis",
  "assembly",
  "ministry",
  "council",
  "committee",
  "party",
  "union",
  "university",
  // "L.N. Gumilyov Eurasian National University": the words of a name's institution.
  "national",
  "eurasian",
  "state",
  "technical",
  "pedagogical",
  "international",
  "college",
  "region",
  "district",
  "association",
  "company",
  "corporation",
  "mining",
  "production",
  "plant",
  "factory",
  "academy",
  "institute",
  "hospital",
  "chamber",
  "agency",
  "foundation",
  "court",
  // «Горняки Сатпаева обсудили …», «Кеншілер …»: a headline's people, not a first name.
  ...["горняк", "шахтер", "шахтёр", "металлург", "нефтяник", "энергетик", "железнодорожник", "педагог", "студент"],
  ...["учител", "жител", "пенсионер", "строител", "аграри", "медик", "врач", "рабоч", "молодеж", "молодёж"],
  ...["кенші", "мұнайшы", "теміржолшы", "студенттер", "ұстаздар", "мұғалім", "тұрғын", "зейнеткер", "жастар"],
  // "Honoured Teacher of Kazakhstan Raushan …", «Заслуженный врач …»: a distinction, not a name.
  "honoured",
  "honored",
  "honorary",
  "заслужен",
  "почетн",
  "почётн",
  // «Ветераны Великой Отечественной войны», "veterans of the Great Patriotic War": a war's name.
  "отечествен",
  "patriotic",
].map((w) => searchKey(w));
// Stems whose search key another's name shares, compared as written: «школ» keys
// as "skol", and so would Шолпан, a given name.
const NOT_NAME_WRITTEN = ["школ"];
// «Әшімжанов Ақтөбе ферроқорытпа зауытының …»: a region's centre after a surname is where, not the given name
// (Қонаев, a surname too, may be one).
const CENTRES = new Set(
  reference.regions.flatMap((r) => [r.centre.en, r.centre.ru, r.centre.kk]).filter((n) => !/(?:ов|ев|ин)$/u.test(n)),
);
const SURNAME = new RegExp(`${SURNAME_END}$`, "u");
export const centreAfterSurname = (words: string[]) =>
  words.length === 2 && CENTRES.has(words[1] ?? "") && SURNAME.test(words[0] ?? "");
// («Алдыңгүні Сәтбаев қаласындағы», «Кеше Сәтбаев …», «Биыл …»: a word that opens a Kazakh sentence, whole.)
const OPENER = new RegExp(`^${KAZAKH_OPENER}$`, "u");
export const notAName = (word: string) => {
  const key = searchKey(word).replace(/ /g, "");
  const written = word.toLowerCase();
  return (
    NOT_NAME_STEMS.some((stem) => key.startsWith(stem)) ||
    NOT_NAME_WRITTEN.some((stem) => written.startsWith(stem)) ||
    OPENER.test(word)
  );
};

// The regions whose Russian name puts «область» first («области Абай»), as the
// reference list spells them: the name that follows is the region's. (Not
// «района»: «аким района Нуржан …» names the akim.)
const NAMED_AFTER_OBLAST = reference.regions
  .flatMap((r) => [r.name_ru, ...r.aliases.ru])
  .flatMap((n) => /^област[ьи]\s+(\p{Lu}\S+)$/u.exec(n)?.[1] ?? []);
// …and the towns named for someone, after «города»: «города Сатпаева Алия Карибаева» names Алия
// (as does any town there before a name: «депутат маслихата города Караганды Ирина Ким»).
const TOWNS_LIKE_SURNAMES = reference.regions
  .flatMap((r) => (r.cities ?? []).map((c) => c.ru))
  .filter((n) => /(?:ов|ев|ин)$/u.test(n))
  .map((n) => `${n}а`);
export const AFTER_UNIT = new RegExp(
  `(?<=области\\s+)(?:${[...new Set(NAMED_AFTER_OBLAST)].join("|")})(?![\\p{L}])|(?<=(?:города|г\\.)\\s*)(?:${TOWNS_LIKE_SURNAMES.join("|")}|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))(?![\\p{L}])`,
  "gu",
);

// A Kazakh place's kind word after its name («Ақкөл ауылының», «Талас ауданында»),
// or a place in the locative («Шымкентте», «Шымкенттегі»): where, not who.
const PLACE_KIND_WORD = /^(?:ауыл|аудан|қала|облыс|кент)\p{Ll}*$/u;
const KAZAKH_LOCATIVE = /^\p{Lu}\p{Ll}{2,}(?:да|де|та|те|дағы|дегі|тағы|тегі)$/u;
/** A word (and the one after it) that names a Kazakh place. */
export const kazakhPlaceAt = (word: string, next: string) => KAZAKH_LOCATIVE.test(word) || PLACE_KIND_WORD.test(next);
