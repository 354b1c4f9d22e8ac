// Search keys: one spelling of a name must find the others. «Қазақмыс»,
// «ҚАЗАҚМЫС», «Казахмыс» and «Kazakhmys» all become "kazakmis"; «Торғаев»,
// «Torgayev» and «Torgaev» become "torgaev". The key is computed in application
// code and stored (Event.searchText etc.), so matching is a plain substring test
// that behaves the same on SQLite and PostgreSQL whatever the database locale.

// Kazakh and Russian Cyrillic to a rough Latin form. Kazakh-only letters fold to
// their nearest Russian/Latin sound (қ→k, ғ→g, ң→n, ә→a, ө→o, ұ/ү→u, і→i, һ→h).
const CYRILLIC: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "k",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "y",
  і: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

// Latin spellings of the same sounds vary (Zhambyl/Jambyl, Kazakh/Qazaq,
// Torgayev/Torgaev). Reduce them to one skeleton, in this order.
const LATIN_RULES: Array<[RegExp, string]> = [
  [/dzh|dj|j/g, "zh"],
  [/q/g, "k"],
  [/kh|h/g, "k"], // Казахмыс ~ Қазақмыс ~ Kazakhmys; h is rare and usually х
  [/ck/g, "k"],
  [/c/g, "k"],
  [/w/g, "v"],
  [/x/g, "ks"],
  [/y/g, "i"],
  [/(?<=[aeiou])i(?=[aeiou])/g, ""], // Torgayev ~ Торғаев
  [/(?<=^| )i(?=[aeou])/g, ""], // Yerlan ~ Ерлан, Yessimov ~ Есімов
  [/([a-z])\1+/g, "$1"], // Ассамблея ~ Asambleya
];

/** Case-folded text: lower case (Kazakh letters included), NFKC, single spaces. */
export function foldCase(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[«»"'`’“”„]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const COLLAPSE_DOUBLES = LATIN_RULES.length - 1;

/** The transliterated skeleton used for matching across scripts. */
export function searchKey(text: string): string {
  return skeleton(text, true);
}

function skeleton(text: string, collapseDoubles: boolean): string {
  let out = "";
  for (const ch of foldCase(text)) out += CYRILLIC[ch] ?? ch;
  out = out
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // accents: é → e
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [re, to] of collapseDoubles ? LATIN_RULES : LATIN_RULES.slice(0, COLLAPSE_DOUBLES))
    out = out.replace(re, to);
  return out.replace(/ +/g, " ").trim();
}

/**
 * The keys a search query looks for, one or more per word. A word of one or
 * two letters is matched as a word start, so it keeps doubled letters: "zz"
 * would otherwise skeleton to "z", which starts half the words in the register.
 * A three-letter word that collapses ("Асс" → "as") stays a word start, so it
 * still finds «Ассамблея».
 */
export function queryKeys(q: string): string[] {
  return foldCase(q)
    .split(" ")
    .flatMap((word) => {
      const keys = searchKey(word).split(" ").filter(Boolean);
      const raw = skeleton(word, false);
      // A longer word that collapses below three letters ("zzzzqqq" → "zk") is
      // looked for as typed, so it cannot turn into a two-letter word start.
      const [only, ...more] = keys;
      const degenerate =
        only !== undefined && more.length === 0 && (raw.length < 3 || (only.length < 3 && raw.length > 3));
      return degenerate ? [raw] : keys;
    });
}

/** Search text for a record: the keys of every name and field, space-joined. */
export function searchTextOf(parts: Array<string | null | undefined>): string {
  const keys = parts.filter((p): p is string => !!p && p.trim() !== "").map(searchKey);
  return ` ${keys.join(" | ")} `;
}
