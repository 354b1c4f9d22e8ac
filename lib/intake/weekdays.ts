// The days of the week as news writes when: "on Monday", "last Friday", «в
// минувшую пятницу», «өткен сейсенбіде», «өткен аптаның сейсенбісінде» —
// worked out against the publication date.
import type { DateMention } from "./dates";

export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The last such weekday (0 = Sunday) on or before the day. */
export const lastWeekday = (published: string, weekday: number) => {
  const d = new Date(`${published}T00:00:00Z`);
  return addDays(published, -((d.getUTCDay() - weekday + 7) % 7));
};

// "on Monday", "last Friday", "в (минувшую) пятницу", "(өткен) сейсенбіде",
// «сенбі күні»:
// the last such day on or before the publication.
// Each day: English, Russian after its preposition, Kazakh in the locative
// (and the Kazakh word itself, said with «күні»), Latin-script Kazakh.
const WEEKDAY_WORDS: Array<[string, string, string, string, string, number]> = [
  ["monday", "в", "понедельник", "дүйсенбі", "dúısenbide", 1],
  ["tuesday", "во", "вторник", "сейсенбі", "seısenbide", 2],
  ["wednesday", "в", "среду", "сәрсенбі", "sársenbide", 3],
  ["thursday", "в", "четверг", "бейсенбі", "beısenbide", 4],
  ["friday", "в", "пятницу", "жұма", "jumada", 5],
  ["saturday", "в", "субботу", "сенбі", "senbide", 6],
  ["sunday", "в", "воскресенье", "жексенбі", "jeksenbide", 0],
];
/** The days' names on their own, in English and Kazakh ("Monday", «сенбі»). */
export const WEEKDAY_NAMES = WEEKDAY_WORDS.flatMap(([en, , , kk]) => [en, kk]);
const kazakhLocative = (day: string) => (day === "жұма" ? "жұмада" : `${day}де`);
/** The days as a clause says when ("Sunday", «воскресенье», «жексенбіде», "jeksenbide"). */
export const WEEKDAY_FORMS = WEEKDAY_WORDS.flatMap(([en, , ru, kk, latin]) => [en, ru, kazakhLocative(kk), latin]);
// Wire style leaves out "on" after the verb: "met Tuesday", "was held Friday" (not "said Tuesday": when it was told).
const WIRE_VERBS = String.raw`met|held|hosted|visited|gathered|spoke|explained|discussed|addressed|briefed|took place`;
const WEEKDAYS: Array<[RegExp, number]> = WEEKDAY_WORDS.map(([en, , ru, kk, latin, n]) => [
  new RegExp(
    String.raw`(?<![\p{L}])((?:on|last|this past|spent) ${en}|(?<=(?:${WIRE_VERBS}) )${en}|(?:в|во) (?:(?:минувш|прошл)\p{L}*\s+)?${ru}|(?:өткен )?(?:${kazakhLocative(kk)}|${kk} күні)|${latin})(?![\p{L}])`,
    "giu",
  ),
  n,
]);
// «өткен аптаның сейсенбісінде», «во вторник на прошлой неделе», "on Tuesday last week": that day of the
// calendar week before the publication's.
const LAST_WEEK: Array<[RegExp, number]> = WEEKDAY_WORDS.map(([en, prep, ru, kk, , n]) => [
  new RegExp(
    String.raw`(?<![\p{L}])(?:өткен\s+аптаның\s+(?:${kk}(?:сында|сінде)|${kk}\s+күні)|${prep}\s+${ru}\s+на\s+(?:прошлой|минувшей)\s+неделе|на\s+(?:прошлой|минувшей)\s+неделе,?\s+${prep}\s+${ru}|on\s+${en}\s+last\s+week|last\s+week\s+on\s+${en}|${en}\s+of\s+last\s+week)(?![\p{L}])`,
    "giu",
  ),
  n,
]);

/** The weekdays the text names, unless `dated(end)`: a date is written right after it, which says the day. */
export function weekdayMentions(text: string, published: string, dated: (end: number) => boolean): DateMention[] {
  const mention = (m: RegExpMatchArray & { index: number }, date: string, weekday: number): DateMention => ({
    date,
    span: { start: m.index, end: m.index + m[0].length },
    yearInferred: false,
    relative: true,
    from: { weekday },
    timestamp: false,
  });
  const lastWeek = LAST_WEEK.flatMap(([re, weekday]) =>
    [...text.matchAll(re)].map((m) => {
      const monday = addDays(published, -((new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7));
      return mention(m, addDays(monday, ((weekday + 6) % 7) - 7), weekday);
    }),
  );
  const days = WEEKDAYS.flatMap(([re, weekday]) =>
    [...text.matchAll(re)]
      .filter((m) => !dated(m.index + m[0].length))
      .filter((m) => !lastWeek.some((d) => d.span.start <= m.index && m.index < d.span.end))
      .map((m) => {
        // ("last Thursday", «в минувший четверг», «өткен бейсенбіде» in a Thursday's paper: a week before.)
        const past = /^(?:last|this past)\s|минувш|прошл|^өткен\s/iu.test(m[0]);
        const day = lastWeekday(published, weekday);
        return mention(m, past && day === published ? addDays(day, -7) : day, weekday);
      }),
  );
  return [...lastWeek, ...days];
}
