// The article's language from its letters: Kazakh-only Cyrillic letters (ә ғ
// қ ң ө ұ ү һ і) mark Kazakh, other Cyrillic Russian, Latin English, unless
// the Latin text reads as Kazakh in the Latin alphabet (its own letters and
// words). A language-identification library labelled Russian Bulgarian here.
import type { Language } from "../domain/enums";

const KAZAKH = /[әғқңөұүһі]/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const LATIN_KAZAKH_WORDS =
  /\b(jäne|jane|kezdesu|oblysy|audany|qalasy|referendum(ge|ǵa|da|nyn)|konstitutsiia|konstitutsiya(ny|sy)|bolyp|tūrǵyn|turgyn|qatysty|ótti|otti|ökil|jastar|halyq|qazaqstan)\w*/giu;

// Their small words tell Russian from Kazakh where the letters do not: a
// Russian report that spells Kazakh names in Kazakh letters («с Қайратом
// Қасымбековым») has many of those letters, and still its «и», «в», «на».
const RUSSIAN_WORDS =
  /(?<![\p{L}])(?:и|в|во|на|с|со|по|что|для|не|об?|из|к|от|как|это|также|был|была|были|года|который|которые|которая)(?![\p{L}])/giu;
const KAZAKH_WORDS =
  /(?<![\p{L}])(?:және|мен|бен|пен|бойынша|үшін|деп|бұл|осы|болды|өтті|жылы|туралы|арқылы|қатысты|кезінде|сондай-ақ|оның|олар|деді)(?![\p{L}])/giu;

export type Detected = { language: Language } | { unknown: true };

export function detectLanguage(text: string): Detected {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const cyrillic = count(CYRILLIC);
  const latin = count(LATIN);
  if (cyrillic + latin < 20) return { unknown: true };
  if (cyrillic > latin) {
    // A Russian text quoting a Kazakh name has a few; a Kazakh text has many.
    const russian = count(RUSSIAN_WORDS);
    const kazakh = count(KAZAKH_WORDS);
    if (russian >= 3 && russian > 4 * kazakh) return { language: "ru" };
    return { language: count(KAZAKH) / cyrillic > 0.012 ? "kk" : "ru" };
  }
  // Latin letters but not English: Kazakh Latin, or a language we do not read.
  const words = text.match(/\p{L}+/gu) ?? [];
  const kazakhWords = text.match(LATIN_KAZAKH_WORDS)?.length ?? 0;
  const english =
    words.filter((w) => /^(the|and|of|to|in|a|is|was|were|with|for|on|at|by|that|said|will)$/i.test(w)).length /
    Math.max(words.length, 1);
  // (The alphabet's own letters, unless the text reads as English: "Aqtóbe" in an English headline.)
  if (kazakhWords >= 3 || (/[ǵńúūáóı]/iu.test(text) && english <= 0.05)) return { language: "kk" };
  return english > 0.05 ? { language: "en" } : { unknown: true };
}
