// Who came and how many. A number is an audience size only when a word for
// people follows it (человек, жителей, тұрғыны, participants…), so years,
// "33 articles", ages, sums, percentages and counts of regions are never
// taken; "около", "жуық", "more than", "астам" make it an estimate.
import { partOfSize } from "./audience-part";
import {
  APPROX_BEFORE,
  digitsValue,
  KK_APPROX,
  MONTH_AFTER,
  MONTH_BEFORE,
  NOT_PEOPLE_AFTER,
  NUMBER,
  PEOPLE,
  PEOPLE_EN,
  PEOPLE_KK,
  PEOPLE_RU,
  WORKFORCE_AFTER,
  WORKFORCE_BEFORE,
  type SizeGuess,
} from "./audience-words";

// («более 150-ти человек»: a number with its Russian case ending.)
// Up to two words between the number and its people ("200 young oil workers"),
// three when two of them are joined ("90 small and medium business owners",
// «90-нан астам шағын және орта бизнес өкілі»): never "120 баптың ішінде
// еңбек адамына", where the number counts articles.
// («120-дан астам IT-маман», "40 IT-specialists": a short prefix of the people's field; «школе-лицее № 22
// состоялась встреча педагогов»: a number after «№ » is a school's.)
const SIZE = new RegExp(
  `(?<![\\p{L}\\p{N}.,№#])(?<!\\p{L}-)(?<!(?:№|No\\.)\\s)${NUMBER}(?:-(?:ти|ми|х|и)(?![\\p{L}]))?(${KK_APPROX})?\\+?\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?|[\\p{L}-]+\\s+(?:және|and|и)\\s+(?:[\\p{L}-]+\\s+){1,2}?)(?:[\\p{Lu}\\p{N}]{1,4}-)?(${PEOPLE_RU}|${PEOPLE_EN}|${PEOPLE_KK})(?![\\p{L}])`,
  "giu",
);

// Round numbers written as words ("более ста человек", "жүзден астам адам",
// "a hundred residents"), by their stems in any case form.
const TENS: Array<[string, number]> = [
  ["двадцат\\p{L}*|жиырма\\p{L}*|twenty", 20],
  ["тридцат\\p{L}*|отыз\\p{L}*|thirty", 30],
  ["сорок\\p{L}*|қырық\\p{L}*|forty", 40],
  ["пятьдесят|пятидесяти|елу\\p{L}*|fifty", 50],
  ["шестьдесят|шестидесяти|алпыс\\p{L}*|sixty", 60],
  ["семьдесят|семидесяти|жетпіс\\p{L}*|seventy", 70],
  ["восемьдесят|восьмидесяти|сексен\\p{L}*|eighty", 80],
  ["девяност\\p{L}*|тоқсан\\p{L}*|ninety", 90],
];
// "Sixty-four students": English writes a number opening a sentence in words.
const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ENGLISH_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const COMPOUNDS: Array<[string, number]> = ENGLISH_TENS.flatMap((t, i) =>
  UNITS.map((u, j): [string, number] => [`${t}-${u}`, (i + 2) * 10 + j + 1]),
);
const NUMBER_WORDS: Array<[string, number]> = [
  ...COMPOUNDS,
  ...TENS,
  // («более двух тысяч человек» is 2,000, not the thousand its last word says.)
  ["полу?сотн\\p{L}*", 50],
  ["полутора тысяч|полторы тысячи", 1500],
  ["двух тысяч|две тысячи|екі мың|two thousand", 2000],
  ["тр[её]х тысяч|три тысячи|үш мың|three thousand", 3000],
  ["пяти тысяч|пять тысяч|бес мың|five thousand", 5000],
  ["полутора сотен|полторы сотни", 150],
  // («Две сотни работников»: two hundred, not the hundred its last word says.)
  ["двух сотен|две сотни", 200],
  ["тр[её]х сотен|три сотни", 300],
  ["ст[оа]|сотн\\p{L}*", 100],
  ["двухсот|двести", 200],
  ["трехсот|трёхсот|триста", 300],
  ["четырехсот|четырёхсот|четыреста", 400],
  ["пятисот|пятьсот", 500],
  ["тысяч[иа]?", 1000],
  ["екі жүз", 200],
  ["үш жүз", 300],
  ["төрт жүз", 400],
  ["бес жүз", 500],
  ["жүз", 100],
  ["мың", 1000],
  ["a hundred|one hundred", 100],
  ["two hundred", 200],
  ["three hundred", 300],
  ["five hundred", 500],
  ["a thousand|one thousand", 1000],
];
const WORD_SIZE = new RegExp(
  `(?<![\\p{L}])(${NUMBER_WORDS.map(([w]) => w).join("|")})(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа)?(?![\\p{L}])(${KK_APPROX.replaceAll("-?", "")})?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${PEOPLE_RU}|${PEOPLE_EN}|${PEOPLE_KK})(?![\\p{L}])`,
  "giu",
);
const wordValue = (w: string) => NUMBER_WORDS.find(([re]) => new RegExp(`^(${re})`, "iu").test(w))?.[1] ?? null;

/** The audience size in a piece of text (the first number of people in it). */
export function audienceSize(text: string, offset = 0): SizeGuess | null {
  return (
    partOfSize(text, offset) ??
    digitSize(text, offset) ??
    thousandsSize(text, offset) ??
    wordSize(text, offset) ??
    gatheredSize(text, offset)
  );
}

// «Во встрече приняли участие более 1,5 тысячи работников»: thousands, where
// the sentence says they came (not «5 мыңнан астам азамат қол қойды», who signed).
const THOUSANDS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[.,]\\d)?)\\s*(?:тыс\\.|тысяч\\p{L}*|мың\\p{L}*|thousand)\\s+(?:астам\\s+|[\\p{L}-]+\\s+)?${PEOPLE}`,
  "iu",
);
const SEVERAL_MEETINGS = /(\d\s+(?:встреч|кездесу|жиын)|встречах|meetings|кездесулер|жиындар)/iu;
const CAME =
  /(приняли участие|участвовал|участниками|собрал|пришл|присутствовал|подключил|attended|took part|gathered|қатысты|жиналды|жиналған|қосылды)/iu;
function thousandsSize(text: string, offset: number): SizeGuess | null {
  const m = THOUSANDS.exec(text);
  // («группа провела 23 встречи, в которых приняли участие свыше 2 тысяч человек»: a running total.)
  if (!m || !CAME.test(text) || SEVERAL_MEETINGS.test(text)) return null;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  if (WORKFORCE_BEFORE.test(before) || WORKFORCE_AFTER.test(text.slice(m.index + m[0].length))) return null;
  const size = Math.round(Number((m[1] ?? "").replace(",", ".")) * 1000);
  const estimate = APPROX_BEFORE.test(before) || /(астам|жуық)/iu.test(m[0]);
  return { size, estimate, span: { start: offset + m.index, end: offset + m.index + m[0].length } };
}

// «Жители, которых собралось около 200, …»: the number after the verb, its people named before.
const GATHERED = new RegExp(
  String.raw`(?:которых|их)\s+(?:собралось|пришло|было)\s+(около|более|свыше|до|почти)?\s*${NUMBER}(?![\p{L}\p{N}%])`,
  "iu",
);
// «Қатысушылар саны 300-ден асты», «число участников превысило 300», "the
// number of participants exceeded 300": the count itself, its people named before it.
const COUNTED = new RegExp(
  [
    String.raw`(?:қатысушылар|қатысушылардың|келгендер)\s+саны\s+${NUMBER}(-?(?:ден|дан|тен|тан|нен|нан)\s+(?:асты|астам)|-?(?:ге|ға|ке|қа)\s+(?:жетті|жуық))?`,
    String.raw`(?:число|количество)\s+(?:участников|слушателей|присутствующих|собравшихся)\s+(превысило|составило\s+(?:около|более|свыше|почти)|составило|достигло)\s*${NUMBER}`,
    String.raw`(?:the\s+)?number\s+of\s+(?:participants|attendees)\s+(exceeded|topped|was\s+(?:about|around|over|nearly|more\s+than)|reached|was)\s*${NUMBER}`,
    // A post's «Участников: 85», «Қатысқандар саны: 120», "Participants: 40".
    String.raw`(?:участников|қатысушылар|қатысқандар|participants|attendees)(?:\s+саны)?\s*:\s*(около|более|свыше|почти|about|over|more\s+than)?\s*${NUMBER}(${KK_APPROX})?`,
    // «Кездесуге 80-ге жуық портшы қатысты»: the one word between the number and the verb is who came,
    // whatever people it names (not «12 мектеп», schools or bodies).
    String.raw`(?:кездесуге|жиынға|іс-шараға|басқосуға|семинарға|отырысқа)\s+${NUMBER}(${KK_APPROX})?\s+(?!(?:ұйым|мекеме|кәсіпорын|мектеп|компания|ауыл|аудан|қала|облыс|сынып|топ|команда)\p{L}*\s)[\p{L}-]+\s+(?:қатысты|келді)(?![\p{L}])`,
  ]
    .map((re) => `(?:${re})`)
    .join("|"),
  "iu",
);

function gatheredSize(text: string, offset: number): SizeGuess | null {
  const counted = COUNTED.exec(text);
  const m = counted ?? GATHERED.exec(text);
  // (NUMBER is a group of its own: the Kazakh count is group 1, its ending 2; then verb and count,
  // twice; then a label's approximation, count and Kazakh ending («Қатысушылар саны: 120-дан астам»);
  // then a Kazakh count and its ending.)
  const digits = counted ? (counted[1] ?? counted[4] ?? counted[6] ?? counted[8] ?? counted[10]) : m?.[2];
  const size = digits ? digitsValue(digits) : NaN;
  if (!m || !Number.isInteger(size) || size < 2 || size > 200_000) return null;
  if (NOT_PEOPLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
  // ("превысило", "exceeded", «асты»: more than the number; "составило около": about it.)
  const approx = counted
    ? (counted[2] ?? counted[3] ?? counted[5] ?? counted[7] ?? counted[9] ?? counted[11] ?? "")
    : (m[1] ?? "");
  const estimate = counted
    ? /(превысило|около|более|свыше|почти|exceeded|topped|about|around|over|nearly|more\s+than|асты|астам|аса|жуық|тарта|дей|дай|тей|тай|шақты)/iu.test(
        approx,
      )
    : m[1] !== undefined;
  return { size, estimate, span: { start: offset + m.index, end: offset + m.index + m[0].length } };
}

// "сто пятьдесят студентов", "жүз елу адам", "a hundred and fifty people": the tens after a hundred.
const TENS_WORDS: Array<[RegExp, number]> = TENS.map(([re, n]) => [new RegExp(`^(?:${re})$`, "iu"), n]);
const tensOf = (words: string) =>
  words
    .split(/\s+/)
    .map((w) => TENS_WORDS.find(([re]) => re.test(w))?.[1] ?? 0)
    .reduce((a, b) => a + b, 0);

function wordSize(text: string, offset: number): SizeGuess | null {
  for (const m of text.matchAll(WORD_SIZE)) {
    const hundreds = wordValue(m[1] ?? "");
    if (hundreds === null) continue;
    const n =
      hundreds + (hundreds >= 100 ? tensOf(m[0].slice((m[1] ?? "").length).replace(/(?:and|және)\s/giu, "")) : 0);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const afterPeople = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "2 мыңнан астам": the word is part of a number written in digits before it.
    if (WORKFORCE_BEFORE.test(before) || WORKFORCE_AFTER.test(afterPeople) || /\d\s*$/u.test(before)) continue;
    // Thousands in words, as in digits: only where the sentence says they came, and not a running total.
    if (n >= 1000 && (!CAME.test(text) || SEVERAL_MEETINGS.test(text))) continue;
    const estimate =
      !!m[2] || APPROX_BEFORE.test(before) || /(астам|аса|жуық|тарта|шақты|шамамен|astam|jýyq)/iu.test(m[0]);
    return { size: n, estimate, span: { start: offset + m.index, end: offset + m.index + m[0].length } };
  }
  return null;
}

// «3 қаласынан келген жастарға», "12 districts' young people": places or schools counted, not people.
const COUNTED_THING =
  /^\+?\s+(?:(?!of\s)[\p{L}-]+\s+(?:from|by|to|for|with|on|about|от|из|для|с|со|по|к|о|об)|(?:аудан|қала|облыс|ауыл|мектеп|район|город|област|сел|школ|бап|баб|стат|district|region|cit|town|village|school|article)\p{L}*(?:\s+[\p{L}-]+)?)\s+$/iu;

// («25 мектеп директоры», «12 мектеп мұғалімі»: a school's director or teacher, counted in the
// singular; «5 мектеп оқушылары», in the plural, are the pupils of five schools.)
const TOWNS_PEOPLE =
  /^\s+(?:(?:қала|ауыл|аудан|облыс)\s+тұрғын\p{L}*|мектеп\s+(?![\p{L}-]*(?:лар|лер|дар|дер|тар|тер))[\p{L}-]+)$/iu;

function digitSize(text: string, offset: number): SizeGuess | null {
  for (const m of text.matchAll(SIZE)) {
    const digits = m[1] ?? "";
    const n = digitsValue(digits);
    const afterNumber = text.slice(m.index + digits.length, m.index + digits.length + 20);
    if (!Number.isInteger(n) || n < 2 || n > 200_000 || NOT_PEOPLE_AFTER.test(afterNumber)) continue;
    // "2026 жылы 300 адам": a year right before is fine; the number itself must not be one.
    if (n >= 1900 && n <= 2100 && /^\s*(жыл|год|year)/iu.test(afterNumber)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const afterPeople = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (
      WORKFORCE_BEFORE.test(before) ||
      MONTH_AFTER.test(afterNumber) ||
      MONTH_BEFORE.test(before) ||
      WORKFORCE_AFTER.test(afterPeople)
    )
      continue;
    // "1,240 proposals from citizens": what is counted comes before the people it is from.
    const between = m[0].slice(digits.length + (m[2] ?? "").length, m[0].length - (m[3] ?? "").length);
    // («250-ден астам қала тұрғыны», «ауыл тұрғыны»: a town's or a village's residents are people.)
    if (COUNTED_THING.test(between) && !TOWNS_PEOPLE.test(`${between}${m[3] ?? ""}`)) continue;
    const estimate = !!m[2] || APPROX_BEFORE.test(before) || m[0].includes("+");
    // «зауыттың 45 ардагері мен 60 жас маманы», "45 veterans and 60 young
    // specialists": groups listed together are one audience, added up.
    let size = n;
    let end = m.index + m[0].length;
    for (let next = andThen(text, end); next; next = andThen(text, end)) {
      size += digitsValue(next[1] ?? "");
      end = next.index + next[0].length;
    }
    return { size, estimate, span: { start: offset + m.index, end: offset + end } };
  }
  return null;
}

const SIZE_HERE = new RegExp(SIZE.source, "iuy");
function andThen(text: string, from: number): RegExpExecArray | null {
  const join = /^\s*(?:мен|бен|пен|және|и|and)\s+/iu.exec(text.slice(from, from + 12));
  if (!join) return null;
  SIZE_HERE.lastIndex = from + join[0].length;
  return SIZE_HERE.exec(text);
}
