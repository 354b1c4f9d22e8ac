// Words of an article with their offsets, and their matching keys: the search
// key (lib/search/normalize: one Latin skeleton for Cyrillic, Kazakh and
// Latin spellings) with Russian adjective endings taken off, so «Ауэзовском»,
// «Ауэзовский» and "Auezovsky" all read "auezov".
import { searchKey } from "../search/normalize";

export type Word = { text: string; key: string; start: number; end: number };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const ADJECTIVE = /(skii|skoi|skogo|skomu|skim|skom|skaia|skaya|skuiu|skoe|skie|skikh|skimi|ski|sky)$/;

export const stemKey = (word: string) => {
  const key = searchKey(word).replace(/ /g, "");
  const stem = key.replace(ADJECTIVE, "");
  return stem.length >= 3 ? stem : key;
};

export function wordsOf(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: stemKey(m[0]),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/**
 * A word of the text written as the name's word, with a case ending or not:
 * «Жамбылской» ~ Жамбыл, «Таразда» ~ Тараз, «Кордайского» ~ Кордай. Short
 * names allow only short endings (Ili, Aksu).
 */
export function sameWord(textKey: string, nameKey: string): boolean {
  if (textKey === nameKey) return true;
  if (nameKey.length < 4 || !textKey.startsWith(nameKey)) return false;
  const rest = textKey.length - nameKey.length;
  return rest <= (nameKey.length < 5 ? 3 : 6);
}
