// The dates an article states, in the ways news texts write them: "15 марта
// 2026 года", "2026 жылғы 15 наурызда", "June 5, 2022", "5 маусымда" (year
// worked out), "15.03.2026", "2026-03-15", and the relative words
// (сегодня/бүгін/today, вчера/кеше/yesterday, позавчера/алдыңгүні) against
// the publication date.
import { addDays, lastWeekday, weekdayMentions } from "./weekdays";
import type { Span } from "./types";

// Month words by stem, with any case ending (наурызда, марта, мамырдың).
const MONTH_STEMS: Array<[string, number]> = [
  ["january|jan|январ|янв|қаңтар|каңтар|qantar|qańtar", 1],
  ["february|feb|феврал|фев|ақпан|акпан|aqpan", 2],
  ["march|mar|март|наурыз|nauryz|naýryz", 3],
  ["april|apr|апрел|апр|сәуір|сәуiр|sáuir|sáýir|sauir", 4],
  ["may|ма[йяюе]|мамыр|mamyr", 5],
  ["june|jun|июн|маусым|mausym|maýsym", 6],
  ["july|jul|июл|шілде|shilde", 7],
  ["august|aug|август|авг|тамыз|tamyz", 8],
  ["september|sept|sep|сентябр|сент|қыркүйек|qyrkúiek", 9],
  ["october|oct|октябр|окт|қазан|qazan", 10],
  ["november|nov|ноябр|нояб|қараша|qarasha", 11],
  ["december|dec|декабр|дек|желтоқсан|jeltoqsan", 12],
];
export const MONTH = `(${MONTH_STEMS.map(([s]) => s).join("|")})[\\p{L}]*`;
export const monthOf = (word: string) => MONTH_STEMS.find(([s]) => new RegExp(`^(${s})`, "iu").test(word))?.[1] ?? null;

export type DateMention = {
  date: string;
  span: Span;
  /** The year was not written: taken from the publication date (or the campaign). */
  yearInferred: boolean;
  relative: boolean;
  /** How a relative date was worked out: a weekday (0 = Sunday) or a shift in days from a day. */
  from?: { weekday: number } | { shift: number };
  /** A time follows (09:40): a page's timestamp, not an event's day. */
  timestamp: boolean;
};

const iso = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? t.toISOString().slice(0, 10)
    : null;
};

const B = "(?<![\\p{L}\\p{N}])";
// A date is written on one line: «5 марта 2026» under a headline and «4 марта …» opening the
// next paragraph are two dates, not «2026 … 4 марта».
const S = "[^\\S\\n]";
const PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number | null, number | null, number] }> = [
  // 2026 жылғы 15 наурыз / 2026 г. 15 марта
  {
    re: new RegExp(
      `${B}(\\d{4})${S}*(?:жылғы|жылы|жылдың|ж\\.|г\\.|года)?${S}+(\\d{1,2})(?:-?\\p{L}{0,3})?${S}+${MONTH}`,
      "giu",
    ),
    parts: (m) => [Number(m[1]), monthOf(m[3] ?? ""), Number(m[2])],
  },
  // 14 и 15 февраля / 14–15 ақпан / 14 және 15 ақпанда / с 20 по 22 февраля /
  // between 20 and 22 February: meetings over days from the first
  {
    re: new RegExp(
      `${B}(?:с${S}+|between${S}+)?(\\d{1,2})${S}*(?:и|және|and|по|–|—|-)${S}*\\d{1,2}(?:-?(?:ші|шы|го|е))?${S}+${MONTH}(?:,?${S}+(\\d{4}))?`,
      "giu",
    ),
    parts: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[2] ?? ""), Number(m[1])],
  },
  // February 14 and 15 / Feb. 14–15, 2026
  {
    re: new RegExp(`${B}${MONTH}\\.?${S}+(\\d{1,2})${S}*(?:and|–|—|-)${S}*\\d{1,2}(?!\\d)(?:,?${S}+(\\d{4}))?`, "giu"),
    parts: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[1] ?? ""), Number(m[2])],
  },
  // 15 марта 2026 года / 2-го марта / 5 маусымда / 4-наурызда / 15-ші наурыз / 5th of June 2022
  {
    re: new RegExp(
      `${B}(\\d{1,2})(?:-?(?:ші|шы| inci|st|nd|rd|th)|-(?:го|е|ое))?(?:${S}+(?:of${S}+)?|-)${MONTH}(?:,?${S}+(\\d{4}))?`,
      "giu",
    ),
    parts: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[2] ?? ""), Number(m[1])],
  },
  // June 5, 2022 / March 15 / Feb. 27 / Ақпанның 20-сы / ақпан айының 25-і
  {
    re: new RegExp(`${B}${MONTH}\\.?(?:${S}+айының)?${S}+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?${S}+(\\d{4}))?`, "giu"),
    parts: (m) => [m[3] ? Number(m[3]) : null, monthOf(m[1] ?? ""), Number(m[2])],
  },
  // 15.03.2026
  { re: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 2026-03-15
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

const RELATIVE: Array<[RegExp, number]> = [
  [/(?<![\p{L}])(сегодня|бүгін|búgin|today|this morning)(?![\p{L}])/giu, 0],
  [/(?<![\p{L}])(вчера|кеше|keshe|(?<!before )yesterday)(?![\p{L}])/giu, -1],
  // «Накануне в Атырау …»: the day before, as news writes it (not «накануне референдума», the eve of something).
  [/(?<![\p{L}])(Накануне)(?=,|\s+(?:в|во|на|с)\s)/gu, -1],
  [/(?<![\p{L}])(позавчера|алдыңгүні|бұрнағы күні|the day before yesterday)(?![\p{L}])/giu, -2],
  // (Only an announced meeting takes it: lib/intake/meeting-date.ts.)
  [/(?<![\p{L}])(завтра|ертең|erteń|tomorrow)(?![\p{L}])/giu, 1],
];
/** A relative date worked out from another day than the publication (a dateline). */
export function relativeTo(mention: DateMention, day: string): string | null {
  if (!mention.from) return null;
  return "weekday" in mention.from ? lastWeekday(day, mention.from.weekday) : addDays(day, mention.from.shift);
}

/** Every date the text states; `year` fills a missing year (the publication's, else the campaign's). */
export function dateMentions(text: string, year: number | null, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const taken: Span[] = [];
  const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
  for (const { re, parts } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!free(span)) continue;
      const [y, mo, d] = parts(m);
      const yy = y ?? year;
      if (mo === null || yy === null || yy < 1991 || yy > 2100) continue;
      const date = iso(yy, mo, d);
      if (!date) continue;
      taken.push(span);
      // A page's stamp ("19 февраля 2026, 10:30 | Новости | Просмотров: 1 234"),
      // not an event's hour in a sentence («10 марта в 15:00 … состоится встреча»).
      const line = text.slice(span.end, span.end + 200).split("\n")[0] ?? "";
      const timestamp = /^\s*,?\s*(в\s+)?\d{1,2}:\d{2}(?:[^\n]{0,40}$|\s*[|·•])/.test(line);
      out.push({ date, span, yearInferred: y === null, relative: false, timestamp });
    }
  }
  if (published) {
    // («в среду, 18 февраля», "on Wednesday, February 18": the date written next to it says the day.)
    out.push(
      ...weekdayMentions(text, published, (at) =>
        out.some((d) => !d.relative && d.span.start >= at && d.span.start <= at + 3),
      ),
    );
    for (const [re, shift] of RELATIVE) {
      for (const m of text.matchAll(re)) {
        out.push({
          date: addDays(published, shift),
          span: { start: m.index, end: m.index + m[0].length },
          yearInferred: false,
          from: { shift },
          relative: true,
          timestamp: false,
        });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A date in the URL's path (/2026/03/04/, 2026-03-04, 20260304) or a Unix timestamp in it. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/[^/]+/, "");
  const m =
    /(?<!\d)(20\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ??
    /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const unix = /(?<!\d)(1[4-9]\d{8})(?!\d)/.exec(path);
  return unix ? new Date(Number(unix[1]) * 1000).toISOString().slice(0, 10) : null;
}

// The words a page puts before its own publication date.
const POSTED = "(?:posted|published|опубликовано|дата публикации|жарияланды|жарияланған)";
const SOURCE_LINE = /^\s*(?:Ақпарат(?:\s+көзі)?|Дереккөз|Источник(?:\s+информации)?|Информация|Source)\s*:/iu;
const lineOf = (text: string, at: number) => text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
const isLastLine = (text: string, at: number) => !text.slice(at).trim().includes("\n");
const POSTED_BEFORE = new RegExp(`${POSTED}(?:\\s+(?:on|күні))?[\\s:]*$`, "iu");
// Before the date on its line: nothing, "Posted", or the time ("11:42, 19 февраля 2026").
const ONLY_POSTED = new RegExp(`^[\\s,.]*(?:\\d{1,2}:\\d{2}[\\s,|·•]*)?(?:${POSTED}[\\s:]*)?$`, "iu");

/**
 * The publication date written on the page itself: a "date 2026-02-17" line at
 * the top, or a timestamp line ("04.03.2026 09:40"). Page furniture: it stands
 * for the publication date, never for the event's day.
 */
export function pageDate(text: string, mentions: DateMention[]): { date: string; span: Span } | null {
  const head = /^\s*(?:date|дата|күні)\s*:?\s*(\d{4}-\d{2}-\d{2})/im.exec(text.slice(0, 300));
  if (head) {
    const day = head[1] ?? "";
    const start = text.indexOf(day);
    return { date: day, span: { start, end: start + 10 } };
  }
  // "Posted 12.02.2026", "Опубликовано: 12 февраля 2026", "Жарияланған күні: …"
  // at the top or the foot of the page: the page's own publication.
  const posted = mentions.find(
    (m) => !m.yearInferred && POSTED_BEFORE.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)),
  );
  // «Ақпарат: … баспасөз қызметі, 24.02.2026», "Source: …, 24.02.2026": the
  // article's last line credits its source, dated the day it came out.
  const credit = mentions.find(
    (m) => !m.yearInferred && SOURCE_LINE.test(lineOf(text, m.span.start)) && isLastLine(text, m.span.end),
  );
  const stamp = posted ?? credit ?? mentions.find((m) => m.timestamp && !m.yearInferred);
  return stamp ? { date: stamp.date, span: stamp.span } : null;
}

// A press release's date on a line of its own ("14 февраля 2026 года",
// "2026 жылғы 20 ақпан"): the release's day, which stands as a dateline.
// "Ранее, 2 марта, …", "Earlier, on March 2", «Так, 26 февраля …»: when, not where.
const LEAD_WORD =
  /^(?:Ранее|Также|Так|Например|Кроме того|Затем|Позже|Накануне|Earlier|Also|Later|Then|Thus|For example|Meanwhile|Сондай-ақ|Мәселен|Бұған дейін|Кейін|Вчера|Сегодня|Позавчера|Кеше|Бүгін|Алдыңгүні|Yesterday|Today|Keshe|Búgin)[,.]/iu;
/**
 * A date after a place opening its sentence: "Темиртау, 27 февраля.",
 * "TALDYKORGAN, March 2 —", "Талдыкорган. 4 марта.", "AKTAU, Kazakhstan (March 2, 2026) –".
 */
// «В субботу, 7 марта, …», "On Saturday, March 7,": a weekday, not a place, before the date.
const WEEKDAY_HEAD =
  /^(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:\s+күні)?)\s*,\s*$/iu;
// ("KARAGANDA. February 23. Kazinform –": the place a sentence of its own, read from its line's start.)
export const afterPlaceAtStart = (text: string, s: Span, d: DateMention) => {
  const line = text.lastIndexOf("\n", d.span.start - 1) + 1;
  const head = text.slice(!d.relative && d.span.start - line <= 32 ? Math.min(line, s.start) : s.start, d.span.start);
  return (
    /^\p{Lu}[\p{L} -]{1,29}(?:[,.]|,\s*\p{Lu}\p{L}+\s*\()\s*$/u.test(head) &&
    !LEAD_WORD.test(head) &&
    !WEEKDAY_HEAD.test(head)
  );
};

// A line that is only a date, or "Posted 12.02.2026 14:30 | Atyrau": the
// article's own (an "Updated" date is not: it can come long after).
export const isDateLine = (text: string, s: Span, d: DateMention) =>
  !d.yearInferred &&
  ONLY_POSTED.test(text.slice(s.start, d.span.start)) &&
  /^[\s,.]*(?:года|г\.?|жыл\p{L}*|ж\.?)?[\s,.]*(?:\d{1,2}:\d{2})?\s*(?:[|·•]\s*[\p{L} -]{2,40})?\s*$/iu.test(
    text.slice(d.span.end, s.end),
  );

/**
 * The report's own dateline in its first paragraphs ("Aktobe, March 4.",
 * "Темиртау, 27 февраля."): the day it was written, which "yesterday" and
 * "on Tuesday" count from when the publication is not known.
 */
export function reportDateline(
  text: string,
  sentences: Array<Span & { paragraph: number }>,
  mentions: DateMention[],
): string | null {
  // A regional paper's date on the article's last line ("20 ақпан 2026 ж.",
  // "Ақтөбе, 21 ақпан 2026 жыл") stands as its dateline too.
  const last = sentences.at(-1)?.paragraph ?? 0;
  const found = mentions.find((d) => {
    const s = sentences.find((x) => d.span.start >= x.start && d.span.end <= x.end);
    return (
      s !== undefined &&
      (s.paragraph <= 2 || (s.paragraph === last && (isDateLine(text, s, d) || afterPlaceAtStart(text, s, d)))) &&
      !d.relative &&
      !d.timestamp &&
      (afterPlaceAtStart(text, s, d) || isDateLine(text, s, d))
    );
  });
  return found?.date ?? null;
}
