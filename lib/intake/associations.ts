// «Ассоциация предпринимателей Атырауской области», «Союз фермеров
// Костанайской области», «Палатой предпринимателей города Шымкента»: a
// regional association named without quotes, by its kind, whom it gathers and
// its region. Only the first word declines; it is put back in the nominative.

const HEADS: Record<string, string> = { Ассоциаци: "Ассоциация", Палат: "Палата", Союз: "Союз", Федераци: "Федерация" };
const ASSOCIATION =
  /(?<![\p{L}])(Ассоциаци|Палат|Союз|Федераци)(?:я|и|ю|ей|а|ы|е|у|ой|ом)?((?:\s+\p{Ll}+(?:ов|ев|ей|ий|ых|их|ин)){1,2}\s+(?:\p{Lu}[\p{L}-]+ой\s+области|города\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}-]+ого\s+района))(?![\p{L}])/gu;

export type Association = { name: string; start: number; end: number };

/** The regional associations named in the text, in the nominative. */
export function associationsIn(text: string): Association[] {
  return [...text.matchAll(ASSOCIATION)].map((m) => ({
    name: `${HEADS[m[1] ?? ""] ?? ""}${m[2] ?? ""}`,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
