// How many came, when the text counts a whole and then the part of it that
// came: "250 of the plant's 1,800 employees", «пришли 140 из них»,
// «500-ге жуық қызметкерінің 120-сы», «солардың 300-ден астамы қатысты».
import { APPROX_BEFORE, digitsValue, NUMBER, PEOPLE, PEOPLE_KK, KK_APPROX, type SizeGuess } from "./audience-words";

// "About 350 of the plant's 1,800 employees attended", «350 из 1800 работников»: the part that came.
const PART_OF = new RegExp(
  `(?<![\\p{L}\\p{N}.,])${NUMBER}\\s+(?:of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?|из\\s+)${NUMBER}\\s+${PEOPLE}`,
  "iu",
);
// «500-ге жуық қызметкерінің 120-сы кездесуге қатысты»: 120 of some 500 employees.
const KK_PART_OF = new RegExp(
  `${NUMBER}(?:${KK_APPROX})?\\s+(?:[\\p{L}-]+\\s+)?(?:${PEOPLE_KK})(?:ының|інің|ның|нің)\\s+${NUMBER}-?(?:сы|сі|ы|і)(?![\\p{L}])`,
  "iu",
);
// «на встречу пришли 140 из них»: of those just counted, the ones who came.
const CAME_OF_THEM = new RegExp(
  `(?:пришл|присутствовал|собрал|участвовал)\\p{L}*\\s+(?:(около|более|свыше|порядка)\\s+)?${NUMBER}\\s+из\\s+них(?![\\p{L}])`,
  "iu",
);
// «кездесуге солардың 300-ден астамы қатысты», «оның 150-ден астамы келді»: the same in Kazakh.
const KK_CAME_OF_THEM = new RegExp(
  `(?:соның|солардың|оның|олардың)\\s+(?:ішінен\\s+|ішінде\\s+)?${NUMBER}(-?(?:ден|дан|тен|тан|нен|нан)\\s+астамы|-?(?:ге|ға|ке|қа)\\s+жуығы|-?(?:сы|сі|ы|і))?\\s+(?:[\\p{L}-]+\\s+)?(?:қатысты|келді|жиналды)`,
  "iu",
);
export function partOfSize(text: string, offset: number): SizeGuess | null {
  const kkCame = KK_CAME_OF_THEM.exec(text);
  if (kkCame) {
    const start = kkCame.index + kkCame[0].search(/\d/u);
    const span = { start: offset + start, end: offset + kkCame.index + kkCame[0].length };
    return { size: digitsValue(kkCame[1] ?? ""), estimate: /(астамы|жуығы)/iu.test(kkCame[2] ?? ""), span };
  }
  const came = CAME_OF_THEM.exec(text);
  if (came) {
    const start = came.index + came[0].search(/\d/u);
    const span = { start: offset + start, end: offset + came.index + came[0].length };
    return { size: digitsValue(came[2] ?? ""), estimate: came[1] !== undefined, span };
  }
  const kk = KK_PART_OF.exec(text);
  if (kk) {
    const start = kk.index + kk[0].lastIndexOf(kk[2] ?? "");
    return {
      size: digitsValue(kk[2] ?? ""),
      estimate: false,
      span: { start: offset + start, end: offset + kk.index + kk[0].length },
    };
  }
  const m = PART_OF.exec(text);
  const size = m ? digitsValue(m[1] ?? "") : NaN;
  if (!m || !Number.isInteger(size) || size < 2 || size >= digitsValue(m[2] ?? "")) return null;
  const estimate = APPROX_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
  return { size, estimate, span: { start: offset + m.index, end: offset + m.index + m[0].length } };
}
