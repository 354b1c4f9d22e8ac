// The political parties an article names, by their one name in any script,
// and whether each is only a speaker's own («"AMANAT" партиясы облыстық
// филиалының төрағасы Дана …»): that names no one who held the meeting,
// unless the speaker opened it.
import { speakersOwn } from "./body-context";

const PARTIES: Array<[RegExp, string]> = [
  [/(?<![\p{L}])(AMANAT|Amanat|Аманат|АМАНАТ)(?![\p{L}])/gu, "AMANAT"],
  [/(?<![\p{L}])(Respublica|Республика партиясы)(?![\p{L}])/gu, "Respublica"],
  [/(?<![\p{L}])(Ak Zhol|Ақ жол|Ак жол)(?![\p{L}])/gu, "Ak Zhol"],
];

export function partiesIn(text: string, sentenceAt: (at: number) => string) {
  return PARTIES.flatMap(([re, name]) =>
    [...text.matchAll(re)].map((m) => {
      const end = m.index + m[0].length;
      return { name, start: m.index, end, speakersOwn: speakersOwn(text, m.index, end, sentenceAt(m.index)) };
    }),
  );
}
