// Kazakh institutions' names as the reports write them: a capitalised name
// and its kind with the possessive and a case ending («… зауытының ұжымымен»,
// «… университетінде»), a namesake («… атындағы»), a name made of adjectives.
// What named-institutions.ts reads them with.
import { SURNAME_END } from "./person-key";
import type { OrgKind } from "../domain/enums";

// Kazakh, by its capitalised name and kind, where the meeting is held or whose
// staff it is with: «Оңтүстік Қазақстан педагогикалық университетінде»,
// «Ақтөбе ферроқорытпа зауытының ұжымымен», «Павлодар облыстық ауруханасының
// 80-ге тарта медицина қызметкері». Words with a case ending of their
// own («Қаладағы») open the sentence, not the name — Қызылорда's own "-да"
// is none; a namesake («Қорқыт Ата атындағы …», «Жәңгір хан атындағы …») is
// part of the name.
// (A third `true`: where the meeting was, hosting it unless someone is said to have organised it.)
export const KAZAKH_NOUNS: Record<string, [string, OrgKind, true?]> = {
  университет: ["университеті", "education"],
  колледж: ["колледжі", "education"],
  институт: ["институты", "education"],
  академия: ["академиясы", "education"],
  зауыт: ["зауыты", "enterprise"],
  комбинат: ["комбинаты", "enterprise"],
  кешен: ["кешені", "enterprise"],
  // («Түркістан облыстық орталық мешітінде»: its imams' workplace, where they met.)
  мешіт: ["мешіті", "other"],
  фабрика: ["фабрикасы", "enterprise"],
  шахта: ["шахтасы", "enterprise"],
  аурухана: ["ауруханасы", "other"],
  емхана: ["емханасы", "other"],
  кітапхана: ["кітапханасы", "other", true],
  палата: ["палатасы", "other"],
  департамент: ["департаменті", "public_body"],
  порт: ["порты", "enterprise"],
  әуежай: ["әуежайы", "enterprise"],
  орталығ: ["орталығы", "ngo", true],
  // («Жаркент шекара отрядында»: a border unit, whose soldiers were met.)
  отряд: ["отряды", "public_body"],
  // (And in the Latin script: «Jastar ortalyǵynda», «Shákárim ýnıversıtetiniń stýdentterimen».)
  ýnıversıtet: ["ýnıversıteti", "education"],
  kolledj: ["kolledji", "education"],
  zaýyt: ["zaýyty", "enterprise"],
  kombınat: ["kombınaty", "enterprise"],
  aýrýhana: ["aýrýhanasy", "other"],
  kitaphana: ["kitaphanasy", "other", true],
  ortalyǵ: ["ortalyǵy", "ngo", true],
};
// A capitalised word with no case ending of its own (Қызылорда's "-да" is none).
const NO_CASE_END = String.raw`(?<!дағы|дегі|тағы|тегі|нда|нде|(?<!ор)да|де|та|те)`;
// Whom it is named after («Қорқыт Ата атындағы», «Х. Досмұхамедов атындағы», «әл-Фараби атындағы»);
// a word with a case ending of its own («Атырауда …») is where, not the name.
// (Initials end with their full stop, «Х. Досмұхамедов», «Қ.Жұбанов»; a word ending a sentence, «… Сәрсенбай.», does not.)
// (No full word before initials: «депутаты Қожахметов Бауыржан Қ.Жұбанов атындағы …» is the speaker, then the namesake.)
export const NAMESAKE = String.raw`(?:(?!\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\.)(?:әл-|аль-|al-|äl-)?\p{Lu}[\p{L}.-]*(?<!\p{Ll}{3}\.)${NO_CASE_END}[^\S\n]+(?:(?:[Хх]ан|[Бб]и|[Бб]атыр|[Аа]та|[Аа]қын)[^\S\n]+)?){1,3}атындағы`;
// The same in the Latin script: «Sh. Ýálıhanov atyndaǵy».
const LATIN_NAMESAKE = String.raw`(?:\p{Lu}[\p{L}.-]*\s+(?:(?:[Hh]an|[Bb]ı|[Bb]atyr|[Aa]ta|[Aa]qyn)\s+)?){1,3}atyndaǵy`;
// («Ол Қорқыт Ата атындағы …»: a pronoun or "today" opening the sentence is no part of the name;
// nor a (given name and) surname before the name, «Әшімжанов Ақтөбе ферроқорытпа зауытының …»,
// «Бекзат Алтынбеков Жезқазған қалалық ауруханасының …»; «… университетінің оқытушысы Ержан Ниязов»,
// one lecturer before a name, is a title, no staff met — «… зауытының 200-ден астам жұмысшысы» are, and so
// are its people in the plural met with, «… ферроқорытпа зауытының металлургтерімен».)
/** The words that open a Kazakh sentence and are no part of a name after them («Кеше облыстық …», «Ол …»). */
export const KAZAKH_OPENER = String.raw`(?:Ол|Олар|Бұл|Осы|Сол|Ал|Кеше|Бүгін|Алдыңгүні|Биыл|Сондай-ақ|Сонымен)`;
const SURNAME_BEFORE = String.raw`(?!(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+${SURNAME_END}\s+\p{Lu})`;
export const KAZAKH_NAMED = new RegExp(
  `(?<![\\p{L}])(?!${KAZAKH_OPENER}\\s)((?:(?:${NAMESAKE}|${LATIN_NAMESAKE})\\s+)?${SURNAME_BEFORE}(?:\\p{Lu}[\\p{L}-]*${NO_CASE_END}\\s+){1,3}(?:[\\p{Ll}-]+\\s+){0,3}?)(${Object.keys(KAZAKH_NOUNS).join("|")})(?:сы|ы|і|sy|y|ı|i)(?:нда|нде|nda|nde|(?:ның|нің|nyń|niń)(?=\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?!(?:оқытушысы|ұстазы|дәрігері)\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll})(?:ұжым|қызметкер|жұмысшы|студент|оқытушы|ұстаз|дәрігер|ujym|qyzmetker|jumysshy|stýdent|\\p{Ll}+(?:лар|лер|дар|дер|тар|тер)[ыі]мен(?![\\p{L}]))))(?![\\p{L}])`,
  "gu",
);

// «Шәкәрім атындағы университетте», «… атындағы орта мектепте», «Ы. Алтынсарин атындағы облыстық
// … кітапханада»: named only for someone, with no possessive (or, after more words of its name, with it).
// (And in the Latin script: «Shákárim atyndaǵy ýnıversıtette».)
export const KAZAKH_NAMESAKE = new RegExp(
  String.raw`(?<![\p{L}.])(${NAMESAKE}|${LATIN_NAMESAKE})\s+((?:[\p{L}-]+\s+){0,3}?(?:университет|колледж|институт|академия|мектеп-гимназия|мектеп-лицей|мектеп|гимназия|лицей|кітапхана|ýnıversıtet|kolledj|ınstıtýt|akademııa|mektep|kitaphana))(?:те|де|та|да|te|de|ta|da|((?:с|s)?[іыıiy])(?:нде|нда|nde|nda))(?![\p{L}])`,
  "gu",
);
// «Ұлттық ядролық орталықтың ұжымымен», «Ұлттық ғылыми орталықта»: a name
// made of adjectives (-лық, -лік…, ғылыми) takes no possessive on its noun. (A level
// alone, «Облыстық …», is councils.ts's to read, in lower case.)
export const KAZAKH_ADJECTIVAL_NOUNS: Record<string, OrgKind> = {
  орталық: "other",
  университет: "education",
  институт: "education",
  академия: "education",
  зауыт: "enterprise",
  комбинат: "enterprise",
  аурухана: "other",
};
const ADJECTIVE = "(?:лық|лік|дық|дік|тық|тік)";
export const KAZAKH_ADJECTIVAL = new RegExp(
  String.raw`(?<![\p{L}])((?!(?:Облыстық|Қалалық|Аудандық)\s)\p{Lu}\p{Ll}+${ADJECTIVE}\s+(?:\p{Ll}+(?:${ADJECTIVE}|ғы|гі|и)\s+){0,2})(${Object.keys(KAZAKH_ADJECTIVAL_NOUNS).join("|")})(?:та|те|да|де|(?:тың|тің|дың|дің|ның|нің)(?=\s+(?:[\p{L}\d-]+\s+){0,3}?(?:ұжым|қызметкер|жұмысшы|ғалым|студент|оқытушы|дәрігер)))(?![\p{L}])`,
  "gu",
);
