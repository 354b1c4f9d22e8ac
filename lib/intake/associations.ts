// «Ассоциация предпринимателей Атырауской области», «Союз фермеров
// Костанайской области», «Палатой предпринимателей города Шымкента»: a
// regional association named without quotes, by its kind, whom it gathers and
// its region. Only the first word declines; it is put back in the nominative.

const HEADS: Record<string, string> = { Ассоциаци: "Ассоциация", Палат: "Палата", Союз: "Союз", Федераци: "Федерация" };
const ASSOCIATION =
  /(?<![\p{L}])(Ассоциаци|Палат|Союз|Федераци)(?:я|и|ю|ей|а|ы|е|у|ой|ом)?((?:\s+\p{Ll}+(?:ов|ев|ей|ий|ых|их|ин)){1,2}\s+(?:\p{Lu}[\p{L}-]+ой\s+области|города\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}-]+ого\s+района))(?![\p{L}])/gu;

// "lawyers from the Mangystau regional bar association", "the Shymkent city trade union": the same
// in English, in lower case after its town (capitalised, it is read as a name with the other kinds).
const ENGLISH_ASSOCIATION =
  /(?<=(?:^|\s)(?:the|of)\s+)((?:\p{Lu}[\p{L}-]+\s+){1,2}(?:(?:regional|city|district)\s+)?(?:bar\s+association|trade\s+union|chamber\s+of\s+legal\s+consultants))(?![\p{L}])/gu;

// («в Палате предпринимателей …»: where a meeting was held, the meeting's host, no visitor's.)
const AT_BEFORE = /(?:^|\s)(?:в|во)\s+$/u;

/** `at`: named as where something was, in the locative after «в». */
export type Association = { name: string; start: number; end: number; at: boolean };

/** The regional associations named in the text, in the nominative. */
export function associationsIn(text: string): Association[] {
  const english = [...text.matchAll(ENGLISH_ASSOCIATION)].map((m) => ({
    name: m[1] ?? "",
    start: m.index,
    end: m.index + m[0].length,
    at: /(?:^|\s)(?:at|in)\s+the\s+$/u.test(text.slice(Math.max(0, m.index - 8), m.index)),
  }));
  return [...text.matchAll(ASSOCIATION)]
    .map((m) => ({
      name: `${HEADS[m[1] ?? ""] ?? ""}${m[2] ?? ""}`,
      start: m.index,
      end: m.index + m[0].length,
      at:
        AT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
        /^(?:е|и)$/u.test(m[0].slice((m[1] ?? "").length).split(/\s/u)[0] ?? ""),
    }))
    .concat(english);
}
