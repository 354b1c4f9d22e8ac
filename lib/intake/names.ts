// People's names as news texts write them, back in the nominative: Russian
// case endings on the first name and surname («Ерланом Кошановым» → Ерлан
// Кошанов, «Д. Мынбая» → Д. Мынбай) and Kazakh endings on the last word
// («Ерлан Қошановтың» → Ерлан Қошанов). Small tables, each rule tested.

// Kazakh case and possessive endings after a surname, longest first.
const KAZAKH_ENDINGS = [
  "тың",
  "тің",
  "дың",
  "дің",
  "ның",
  "нің",
  "пен",
  "бен",
  "мен",
  "қа",
  "ке",
  "ға",
  "ге",
  "ты",
  "ті",
  "ды",
  "ді",
  "ны",
  "ні",
  "тан",
  "тен",
  "дан",
  "ден",
  "нан",
  "нен",
  "та",
  "те",
  "да",
  "де",
];
const SURNAME_KK = /(ов|ев|ин|ұлы|қызы|ова|ева|ина)$/;
const ADDRESSED = /(?<=\p{L}{4})(?:ға|ге|қа|ке|мен|бен|пен|ның|нің|дың|дің|тың|тің)$/u;

type Case = "ins" | "dat" | "gen" | "pre" | "fins";
/** Russian surname endings → the nominative, and the case they show. */
const RU_SURNAME: Array<[RegExp, string, Case]> = [
  [/(ов|ев|ёв|ин|ын)ым$/, "$1", "ins"], // Кошановым
  [/(ов|ев|ёв|ин|ын)у$/, "$1", "dat"], // Кошанову
  [/(ов|ев|ёв|ин|ын)е$/, "$1", "pre"], // о Кошанове
  [/(ов|ев|ёв|ин|ын)ой$/, "$1а", "fins"], // Минбаевой
  [/ба(?:я)$/, "бай", "gen"], // Мынбая
  [/ба(?:ю)$/, "бай", "dat"], // Мынбаю
  [/ба(?:ем)$/, "бай", "ins"], // Мынбаем
];
const RU_SURNAME_OV = RU_SURNAME.filter(([, to]) => to !== "бай");
// (A soft sign's stem, «Игорем», «Адилю», «Рамиля», is «Игорь», «Адиль»,
// «Рамиль»: a hard «л», «н», «р» would take «-ом», «-у», «-а».)
// («Павлом», «Павла», «Павлу», «Павле»: Павел drops its «е» before an ending.)
const PAVEL: [RegExp, string] = [/^Павл(?:ом|а|у|е)$/u, "Павел"];
/** The first name's ending in that case → its nominative. */
const RU_FIRST: Record<Case, Array<[RegExp, string]>> = {
  ins: [PAVEL, [/(?<=[аеиоуя])ем$/, "й"], [/(?<=[лнр])ем$/, "ь"], [/[оеё]м$/, ""]],
  dat: [PAVEL, [/(?<=[лнр])ю$/, "ь"], [/ю$/, "й"], [/у$/, ""]],
  gen: [PAVEL, [/(?<=[лнр])я$/, "ь"], [/я$/, "й"], [/а$/, ""]],
  pre: [PAVEL, [/е$/, ""]],
  // A woman's surname in «-ой» is in any oblique case; so is her first name:
  // «Ольгой», «Марией», «Ольги», «Анны», «Марии», «Натальи», «Наталье» (not «-е»
  // alone: Сауле is a name).
  fins: [
    [/ей$/, "я"],
    [/ье$/, "ья"],
    [/ой$/, "а"],
    [/([иь])и$/, "$1я"],
    [/(?<=[гкхжшчщ])и$/, "а"],
    [/ы$/, "а"],
  ],
};

const isInitial = (w: string) => /^\p{Lu}{1,2}[a-zа-яё]?\.$/u.test(w) || /^\p{Lu}\p{Ll}?\.$/u.test(w);

/** The name in the nominative, as a person record would hold it. */
export function nominative(words: string[], language: "kk" | "ru" | "en"): string[] {
  if (language === "en" || words.length === 0) return words;
  const out = [...words];
  const last = out.length - 1;
  if (language === "kk") {
    const w = out[last] ?? "";
    const ending = KAZAKH_ENDINGS.find((e) => w.endsWith(e) && SURNAME_KK.test(w.slice(0, -e.length)));
    // («депутаты Айдос Сарымға»: a surname of no Russian form takes the dative, the
    // genitive or «-мен» too; a short word may end so itself.)
    const plain = w.length >= 6 ? ADDRESSED.exec(w) : null;
    if (ending) out[last] = w.slice(0, -ending.length);
    else if (plain) out[last] = w.slice(0, plain.index);
    return out;
  }
  const oblique = feminineOblique(out);
  if (oblique) return oblique;
  // Russian: the surname's ending shows the case; the first name is in the same one.
  // («Серикбаем Ахметовым»: a first name in «-бай» declines as such a surname does,
  // so a surname in «-ов», «-ев», «-ин» is looked for first.)
  const surname = (rules: typeof RU_SURNAME) => out.findIndex((w) => !isInitial(w) && rules.some(([re]) => re.test(w)));
  const strong = surname(RU_SURNAME_OV);
  const s = strong !== -1 ? strong : surname(RU_SURNAME);
  if (s === -1) return shortSurname(out);
  const rule = RU_SURNAME.find(([r]) => r.test(out[s] ?? ""));
  if (!rule) return out;
  const [re, to, grammaticalCase] = rule;
  out[s] = (out[s] ?? "").replace(re, to);
  out.forEach((w, i) => {
    if (i === s || isInitial(w) || w.length < 4) return;
    const rule = RU_FIRST[grammaticalCase].find(([r]) => r.test(w));
    if (rule) out[i] = w.replace(rule[0], rule[1]);
  });
  return out;
}

/**
 * «выступление депутата маслихата Бахытжана Нуртазина»: after a title in the
 * genitive, «-ова», «-ева», «-ина» is a man's surname in that case, not a
 * woman's in the nominative (hers would be «-овой»), and the first name is in
 * the same case.
 */
export function fromGenitive(words: string[]): string[] {
  const s = words.findIndex((w) => !isInitial(w) && /(?:ов|ев|ёв|ин|ын)а$/u.test(w));
  if (s === -1) return undeclinedSurname(words) ?? nominative(words, "ru");
  return words.map((w, i) => {
    if (i === s) return w.slice(0, -1);
    if (isInitial(w) || w.length < 4) return w;
    const rule = RU_FIRST.gen.find(([r]) => r.test(w));
    return rule ? w.replace(rule[0], rule[1]) : w;
  });
}

// «депутата Ольги Гриценко», «Ивана Черных»: a surname that does not decline
// (-о, -ых, -их, or a woman's on a consonant) leaves the first name to show
// the genitive.
// («Ивана Петровича Сидоренко»: a patronymic between them is in the first name's case.)
function undeclinedSurname(words: string[]): string[] | null {
  const [first, middle, last] = words;
  const patronymic = words.length === 3 && middle !== undefined && /(?:вич|вн|чн)\p{Ll}*$/u.test(middle);
  const surname = patronymic ? last : middle;
  if (words.length !== (patronymic ? 3 : 2) || !first || !surname || isInitial(first)) return null;
  if (RU_SURNAME.some(([re]) => re.test(surname))) return null;
  const woman = /(?:ы|(?<=[гкхжшчщ])и|[иь]и)$/u.test(first);
  if (!woman && !/(?:о|[ыи]х)$/u.test(surname)) return null;
  const rules = woman ? RU_FIRST.fins : RU_FIRST.gen;
  const nominal = (w: string) => {
    const rule = rules.find(([r]) => r.test(w));
    return rule ? w.replace(rule[0], rule[1]) : null;
  };
  const given = nominal(first);
  const father = patronymic && middle ? nominal(middle) : null;
  if (given === null || (patronymic && father === null)) return null;
  return [given, ...(father ? [father] : []), surname];
}

// «юриста Галину Сергиенко», «Марию Петрову», «Наталью Ким», «Марине Ким»: a
// woman's first name in the accusative or dative (-ину, -ине, -ию, -ью; a man's
// dative «Ивану» is ambiguous and left to the rules above), her surname with it.
function feminineOblique(words: string[]): string[] | null {
  const [first, surname] = words;
  if (words.length !== 2 || !first || !surname || !/^\p{Lu}\p{Ll}+(?:ин[уе]|ию|ью)$/u.test(first)) return null;
  return [
    first.replace(/(?:[уе]|ю)$/u, (e) => (e === "ю" ? "я" : "а")),
    surname.replace(/(ов|ев|ёв|ин|ын)(?:у|ой)$/u, "$1а"),
  ];
}

// «Олегом Кимом», «Олега Кима», «Олегу Киму»: a surname with no Russian ending
// (Ким, Пак, Цой) declines like a noun; when the first name shows the same
// masculine case, both lose it. So does one on a soft sign («Еркином Абилем»,
// «Еркина Абиля» → Абиль).
const SHORT_CASES: Array<[RegExp, RegExp, Case]> = [
  // («Сергеем Карплюком»: a first name in «-ей» and a longer surname on a hard consonant, in «-ом».)
  [
    /^\p{Lu}\p{Ll}+(?:[бвгджзклмнпрстфхцчшщ][оеё]м|(?<=[ае])ем)$/u,
    /^\p{Lu}\p{Ll}{1,4}(?:ом|(?<=[лнр])ем)$|^\p{Lu}\p{Ll}{5,8}[бвгдзклмнпрстфх]ом$/u,
    "ins",
  ],
  [/^\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]а$/u, /^\p{Lu}\p{Ll}{1,4}(?:а|(?<=[лнр])я)$/u, "gen"],
  [/^\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]у$/u, /^\p{Lu}\p{Ll}{1,4}(?:у|(?<=[лнр])ю)$/u, "dat"],
];
function shortSurname(words: string[]): string[] {
  const [first, surname] = words;
  if (words.length !== 2 || !first || !surname) return words;
  // «Ольгой Гребенюк», «Еленой Тарасенко»: a woman's surname on a consonant
  // (or any in -о, -ых, -их) does not decline; her first name does.
  if (/^\p{Lu}\p{Ll}{2,}(?:ой|ьей)$/u.test(first) && /(?:[бвгджзклмнпрстфхцчшщ]|о|[ыи]х)$/u.test(surname)) {
    const fem = RU_FIRST.fins.find(([r]) => r.test(first));
    if (fem) return [first.replace(fem[0], fem[1]), surname];
  }
  // («Гульнара Бекова»: a Russian surname's «-ова» is a woman's, in the nominative; its genitive is read after a title.)
  if (/(?:ов|ев|ёв|ин|ын)а$/u.test(surname)) return words;
  const hit = SHORT_CASES.find(([f, sn]) => f.test(first) && sn.test(surname));
  const rule = hit && RU_FIRST[hit[2]].find(([r]) => r.test(first));
  if (!hit || !rule) return words;
  return [first.replace(rule[0], rule[1]), surname.replace(/(?<=[лнр])(?:ем|я|ю)$/u, "ь").replace(/(?:ом|а|у)$/u, "")];
}

export { isInitial };
