// Words of an article with their offsets, and their matching keys: the search
// key (lib/search/normalize: one Latin skeleton for Cyrillic, Kazakh and
// Latin spellings) with Russian adjective endings taken off, so «Ауэзовском»,
// «Ауэзовский» and "Auezovsky" all read "auezov".
import { searchKey } from "../search/normalize";

export type Word = { text: string; key: string; start: number; end: number };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// Russian adjective endings as written (Кордайский, Ауэзовском, Auezovsky),
// taken off the word before it is transliterated ("sh" becomes "sk" there).
const ADJECTIVE = /(ский|ской|ского|скому|ским|ском|ская|скую|ское|ские|ских|скими|skiy|skii|sky|ski)$/i;

// Kazakh in the Latin alphabet (2021): letters the search key would strip to
// another sound («Kökshetaý» is Көкшетау, not "kokshetai").
const KAZAKH_LATIN: Record<string, string> = {
  ý: "u",
  Ý: "U",
  ú: "u",
  ū: "u",
  ı: "i",
  ǵ: "g",
  ń: "n",
  ş: "sh",
  ç: "ch",
};
const fromKazakhLatin = (word: string) => word.replace(/[ýÝúūıǵńşç]/g, (c) => KAZAKH_LATIN[c] ?? c);

// A town named by an adjective (Рудный: «в Рудном», «Рудного»): only for a
// capitalised word, so everyday adjectives keep their endings.
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(ный|ного|ному|ным|ном)$/u;

const endingOf = (latin: string) => ADJECTIVE.exec(latin)?.[0] ?? NAME_ADJECTIVE.exec(latin)?.[1] ?? null;

export const stemKey = (word: string) => {
  const latin = fromKazakhLatin(word);
  const ending = endingOf(latin);
  const stem = ending ? searchKey(latin.slice(0, -ending.length)).replace(/ /g, "") : "";
  return stem.length >= 2 ? stem : searchKey(latin).replace(/ /g, "");
};

export function wordsOf(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: stemKey(m[0]),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

// Names that decline on their stem (the last letter of the key dropped),
// with the endings the key then shows:
// - in -й: Семей → в Семее, Семея, Семею, Семеем; Кордай → в Кордае (not
//   "-ев": Кордаев is a surname; a Kazakh name ending in ы/і, as Қарағанды,
//   is not one of these);
// - in -а: Астана → в Астане, Караганда → в Караганде, Кызылорда → Кызылордой;
// - plural: Кульсары → в Кульсарах ("х" keys as "k").
const DECLINED: Array<[RegExp, Set<string>]> = [
  [/[aeou]i$/, new Set(["", "a", "u", "m", "e", "em"])],
  [/a$/, new Set(["e", "y", "i", "u", "oi", "oy", "oj"])],
  [/[yi]$/, new Set(["ak", "am", "ami"])],
];

// Russian (е, а, у, ом) and Kazakh (да, дан, ға, дың …) case endings, as keyed.
const SHORT_ENDINGS = new Set([
  "e",
  "a",
  "u",
  "om",
  "da",
  "de",
  "ta",
  "te",
  "dan",
  "den",
  "ga",
  "ge",
  "ka",
  "ke",
  "dyn",
  "din",
  "nyn",
  "nin",
]);

const SURNAME_REST = /^(?:bek|bai|bay)|(?:ov|ev|ova|eva)$/;

/**
 * A word of the text written as the name's word, with a case ending or not:
 * «Жамбылской» ~ Жамбыл, «Таразда» ~ Тараз, «Кордайского» ~ Кордай. Short
 * names allow only short endings (Ili, Aksu).
 */
export function sameWord(textKey: string, nameKey: string): boolean {
  if (textKey === nameKey) return true;
  const stem = nameKey.slice(0, -1);
  const declined = DECLINED.some(
    ([last, endings]) =>
      nameKey.length >= 5 && last.test(nameKey) && textKey.startsWith(stem) && endings.has(textKey.slice(stem.length)),
  );
  if (declined) return true;
  // A three-letter name takes only a case ending («в Уиле», «Уилда»): longer
  // words that open with it are other words.
  if (nameKey.length === 3) return textKey.startsWith(nameKey) && SHORT_ENDINGS.has(textKey.slice(3));
  if (nameKey.length < 4 || !textKey.startsWith(nameKey)) return false;
  const rest = textKey.length - nameKey.length;
  // «Джаксыбекова», «Аксуов»: a surname made from a place's name is no place.
  if (SURNAME_REST.test(textKey.slice(nameKey.length))) return false;
  // (A long rest is a case ending, «Жақсыдағы», «Аралының»: «Жаксыкылыш» is a village of its own.)
  return rest <= (nameKey.length < 5 ? 3 : 6) && (rest < 4 || LONG_ENDING.test(textKey.slice(nameKey.length)));
}

// Kazakh endings of four letters or more, as keyed: a plural, a possessive, a
// case (locative with «-ғы», genitive, ablative, instrumental, dative), an adjective.
const LONG_ENDING =
  /^(?:[ldt][ae]r)?(?:s?[yi])?(?:n?[dt][ae](?:g[yi])?|n?[gk][ae]|[ndt][yi]n|[ndt][ae]n|[mbp]en|[ndt]?[yi]|n|[ldt][yi]k(?:t[ae]r)?)?$/;
