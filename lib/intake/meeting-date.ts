// A meeting's date: stated in its sentences, worked out from a weekday or "the
// next day", the report's dateline, or only the publication ("on or before").
import { within, type Sentence } from "./clean";
import { afterPlaceAtStart, isDateLine, relativeTo, type DateMention } from "./dates";
import { DAY_HOURS } from "./group-words";
import { monthMentions } from "./month-dates";
import { BACKGROUND, type CampaignRef } from "./topic";
import { addDays } from "./weekdays";
import type { DateSource, Draft, Span } from "./types";

const FUTURE =
  /(состоится|пройд[её]т|будет проведен|запланирован|will be held|will take place|is scheduled|is planned|will hold|will meet|өтеді|өткізіледі|өткізілмек|ұйымдастырылады|жоспарланған|[óö]tedi|[óö]tkiziledi|uıymdastyrylady|ūiymdastyrylady|josparlan[ǵğ]an|перенесен\p{L}* на|перенесли на|(?:postponed|moved|rescheduled) (?:to|until)|rescheduled for)/iu;
const PLANNED = /(план|will|жоспар|jospar|намечен|предстоит|алдағы)/iu;
// ("A day later", «днём позже», «бір күннен кейін»: the same, said from the meeting before.)
export const NEXT_DAY =
  /(the next day|the following day|(?:a|one) day later|on the second day|на следующий день|на другой день|(?:на|во) второй день|екінші күні|дн[её]м позже|день спустя|келесі күні|ертеңіне|бір күннен кейін)/iu;
// "The senator also visited the plant", «Он также посетил …»: with no day of
// its own, one more stop of the same visitor's visit ("In addition, …", «Сонымен
// қатар …» opens another meeting, not necessarily that day).
export const SAME_VISIT =
  /(?<![\p{L}])(?:he|she|they|the\s+\p{Ll}+|он|она|они|ол|олар|сенатор|аким|әкім|депутат\p{L}*|министр)\s+(?:also|также|тоже|сондай-ақ)(?![\p{L}])/iu;
export const SAME_DAY =
  /(the same day|that same day|later that day|в тот же день|в этот же день|в тот день|сол күні|осы күні)/iu;

type DateContext = {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  published: string | null;
  publishedSource: DateSource;
  ref: { campaigns: CampaignRef[]; today: string };
};
export type MeetingDate = {
  date: string | null;
  datePrecision: Draft["datePrecision"];
  dateSource: DateSource;
  /** The date the meeting's sentences state, if any (the campaign is read beside it). */
  stated: DateMention | undefined;
  spans: Span[];
  uncertain: boolean;
};

const ALL_ON =
  /(?:^|\s)(?:все (?:мероприятия|встречи)|all (?:the )?(?:events|meetings)|барлық (?:іс-шаралар|кездесулер))\s/iu;
const EVE_BEFORE = /(?:ahead of|on the eve of|накануне|в преддверии|в канун)\s+$/iu;
const EVE_AFTER = /^\s+(?:(?:халықаралық\s+)?(?:әйелдер\s+)?(?:мерекесі|күні)\s+)?(?:қарсаңында|алдында)(?![\p{L}])/iu;
const DATE_LABEL = /^\s*(?:🗓️?|📅|📆|(?:дата|күні|date|when|когда)\s*:)\s*$/iu;

export function meetingDate(
  ctx: DateContext,
  eventSentences: Sentence[],
  own: Sentence[],
  { inSegment, cut }: { inSegment: boolean; cut: boolean },
  previous: Pick<Draft, "date" | "datePrecision"> | null,
  lead: Sentence[] = [],
): MeetingDate {
  // The day of the meeting before (a day only: "the same day" as one dated by the publication is none).
  const before = previous?.datePrecision === "day" ? previous.date : null;
  // Date: the first one stated in the event's sentences that is not the vote
  // day, a page timestamp or after the publication.
  const voteDays = new Set(ctx.ref.campaigns.map((c) => c.voteDate));
  const latest = ctx.published && ctx.published < ctx.ref.today ? ctx.published : ctx.ref.today;
  // A meeting announced ("состоится 10 марта", "will be held on", "өтеді")
  // may be dated after the publication: it is a planned one.
  const announced = (d: DateMention) => eventSentences.some((s) => within(d.span, [s]) && FUTURE.test(s.text));
  // «Завтра … состоится встреча»: a day counted forward from the publication.
  const ahead = (d: DateMention) => d.from !== undefined && "shift" in d.from && d.from.shift > 0;
  // "TALDYKORGAN, March 2 — A meeting … took place on Saturday": the dateline's
  // date opening the sentence is when it was written; the meeting's own date follows.
  const sentenceOf = (d: DateMention) => ctx.sentences.find((x) => d.span.start >= x.start && d.span.end <= x.end);
  const atDateline = (d: DateMention, s = sentenceOf(d)) => s !== undefined && afterPlaceAtStart(ctx.text, s, d);
  const datelineFirst = (d: DateMention) =>
    atDateline(d) && ctx.dates.some((x) => x !== d && x.span.start > d.span.start && within(x.span, eventSentences));
  // «🗓 5 марта», «Дата: 5 марта»: a post's labelled date is its event's.
  const labelled = (d: DateMention, s = sentenceOf(d)) =>
    s !== undefined && DATE_LABEL.test(ctx.text.slice(s.start, d.span.start));
  // A headline's "on Saturday" and the text's "on Saturday, March 7" name one
  // day: the date, which may be ahead of the publication (an announcement).
  const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
  const namedDay = (d: DateMention) => {
    const weekday = d.from !== undefined && "weekday" in d.from ? d.from.weekday : null;
    return (
      weekday !== null &&
      ctx.dates.some(
        (x) => !x.relative && !voteDays.has(x.date) && within(x.span, eventSentences) && weekdayOf(x.date) === weekday,
      )
    );
  };
  // ("… ahead of March 8", «накануне 8 Марта», «8 наурыз мерекесі қарсаңында»: a day it was before, a holiday's.)
  const eve = (d: DateMention) =>
    EVE_BEFORE.test(ctx.text.slice(Math.max(0, d.span.start - 24), d.span.start)) ||
    EVE_AFTER.test(ctx.text.slice(d.span.end, d.span.end + 40));
  const datesIt = (d: DateMention) =>
    !namedDay(d) &&
    !eve(d) &&
    !datelineFirst(d) &&
    !d.timestamp &&
    !voteDays.has(d.date) &&
    (d.date <= latest || ((!d.relative || ahead(d)) && announced(d)));
  // (The meeting's own sentences first: in a post of dated lines, «🗓 4 наурыз – …» is its line's, not the first line's.)
  const stated =
    ctx.dates.find((d) => within(d.span, eventSentences) && datesIt(d)) ??
    ctx.dates.find((d) => labelled(d) && datesIt(d)) ??
    // «Вчера очередь дошла до шахты «Шахтинская». В нарядной шахты горняков
    // собрал …»: the day opening the sentence just before one of the meeting's,
    // in its paragraph (one meeting's report: in a report of several, it is
    // the meeting before's).
    (inSegment ? undefined : openingDay(ctx, eventSentences, latest)) ??
    // One of several meetings with no day of its own: the day the report's
    // lead gives them all ("held two meetings on Thursday", «Кеше … екі кездесу»).
    ctx.dates.find((d) => d.relative && within(d.span, lead) && d.date <= latest) ??
    // …or the day a sentence gives them all, wherever it stands («Все мероприятия прошли 5 марта»).
    (inSegment ? ctx.dates.find((d) => ALL_ON.test(sentenceOf(d)?.text ?? "") && datesIt(d)) : undefined);
  // "Темиртау, 27 февраля." opening a paragraph: the report's own dateline,
  // which also outweighs a weekday ("on Tuesday") worked out from the publication.
  const dateline =
    stated && !stated.relative
      ? undefined
      : ctx.dates.find((d) => {
          const s = sentenceOf(d);
          return (
            s !== undefined &&
            s.paragraph <= 2 &&
            // (A date line closing the article is its publication, not the meeting's day.)
            (atDateline(d, s) || isDateLine(ctx.text, s, d)) &&
            !(ctx.sentences.length > 1 && s === ctx.sentences.at(-1)) &&
            !d.timestamp &&
            d.date <= latest
          );
        });
  // "On Tuesday" under a dateline of Friday: the Tuesday before the dateline.
  const fromDateline = dateline && stated?.relative ? relativeTo(stated, dateline.date) : null;
  const day = (date: string | null, dateSource: DateSource, spans: Span[] = []): MeetingDate => ({
    date,
    datePrecision: "day",
    dateSource,
    stated,
    spans,
    uncertain: false,
  });
  const ownText = own.map((s) => s.text).join(" ");
  if (inSegment && before && !stated && SAME_VISIT.test(ownText)) return day(before, "relative");
  // "The next day in Lisakovsk…", "A day later …": the day after the meeting
  // told before it, under a dateline too (the dateline dates the report;
  // under one, "the same day" below gives the dateline's own day anyway).
  if (inSegment && before && !stated && NEXT_DAY.test(ownText)) return day(addDays(before, 1), "relative");
  if (dateline && stated && fromDateline && fromDateline !== dateline.date)
    return day(fromDateline, "relative", [stated.span, dateline.span]);
  // ("PAVLODAR, March 3 – … met … on Monday. He then held a meeting …": the dateline is when it was written, not "then".)
  if (inSegment && before && !stated && dateline && before !== dateline.date && DAY_HOURS.test(ownText))
    return day(before, "relative");
  if (dateline) return day(dateline.date, "dateline", [dateline.span]);
  if (stated)
    return day(stated.date, stated.relative ? "relative" : stated.yearInferred ? "inferred_year" : "stated", [
      stated.span,
    ]);
  // "The same day in Kordai district…": the day of the meeting told before it.
  if (inSegment && before && SAME_DAY.test(ownText)) return day(before, "relative");
  // «3 марта побывали в Шиелийском и Жанакорганском районах. Сначала …»: the
  // day the report's lead gives the meetings it goes on to tell, or the one
  // meeting it names after («В субботу, 7 марта, по улицам … проехала
  // колонна») (in a full sentence: a page's "date 2026-02-17" line above the
  // headline is not it).
  const leadSentences = lead.filter((s) => /[.!?…:]$/u.test(s.text));
  const fromLead = ctx.dates.find(
    (d) => !d.relative && !d.timestamp && !voteDays.has(d.date) && within(d.span, leadSentences) && d.date <= latest,
  );
  if (fromLead) return day(fromLead.date, fromLead.yearInferred ? "inferred_year" : "stated", [fromLead.span]);
  // One told in the same sentence as the meeting before, after a semicolon or "while"
  // ("On February 18, in Arkalyk, they met …; in Amangeldy, they talked to …"): its day.
  if (inSegment && before && cut) return day(before, "relative");
  // …and one told "after that" or "in the afternoon" («Одан кейін облыс басшысы …»), when nothing else dates it.
  if (inSegment && before && DAY_HOURS.test(ownText)) return day(before, "relative");
  // «В конце февраля …»: its month.
  const month = meetingMonth(ctx.text, ctx.published, eventSentences);
  if (month) return { ...month, stated };
  // Only the publication: on or before it, and uncertain.
  return ctx.published
    ? { ...day(ctx.published, ctx.publishedSource), datePrecision: "on_or_before", uncertain: true }
    : { ...day(null, "none"), uncertain: true };
}

/**
 * The date opening the sentence just before one of `eventSentences` in its
 * paragraph (not one told as background), or a day counted from the
 * publication anywhere in it ("The canteen … was unusually full on Wednesday
 * afternoon. More than 150 operators had come to hear …").
 */
function openingDay(ctx: DateContext, eventSentences: Sentence[], latest: string): DateMention | undefined {
  const voteDays = new Set(ctx.ref.campaigns.map((c) => c.voteDate));
  const opening = (s: Sentence) =>
    ctx.dates.find(
      (d) =>
        within(d.span, [s]) &&
        (d.relative || /^\s*(?:в|во|on)?\s*$/iu.test(ctx.text.slice(s.start, d.span.start))) &&
        !d.timestamp &&
        !voteDays.has(d.date) &&
        d.date <= latest,
    );
  for (const s of eventSentences) {
    const before = ctx.sentences[ctx.sentences.indexOf(s) - 1];
    if (!before || before.paragraph !== s.paragraph || eventSentences.includes(before) || BACKGROUND.test(before.text))
      continue;
    const found = opening(before);
    if (found) return found;
  }
  return undefined;
}

/**
 * «В конце февраля …»: the month the meeting's sentences name, its year read
 * against the publication (or, for a text with none, the vote it speaks of).
 * Not in a sentence about what is planned («в марте планируют провести …»).
 */
function meetingMonth(text: string, anchor: string | null, eventSentences: Sentence[]): MeetingDate | null {
  const month = monthMentions(text, anchor).find(
    (m) => within(m.span, eventSentences) && !eventSentences.some((s) => within(m.span, [s]) && PLANNED.test(s.text)),
  );
  if (!month) return null;
  return {
    date: month.date,
    datePrecision: "month",
    dateSource: month.yearStated ? "stated" : "inferred_year",
    stated: undefined,
    spans: [month.span],
    uncertain: false,
  };
}

/**
 * A meeting neither dated nor published: the month it names in the run-up to
 * the vote its text speaks of («в конце февраля»), or else on or before the
 * day before that vote.
 */
export function beforeTheVote(text: string, vote: string, eventSentences: Sentence[], met: MeetingDate): MeetingDate {
  return meetingMonth(text, vote, eventSentences) ?? { ...met, date: addDays(vote, -1), datePrecision: "on_or_before" };
}

/**
 * The meeting's first sentence is a clause cut from the one before it (after a semicolon, "while" or «а»);
 * not an item of a list, on a line of its own («• 3 марта – круглый стол …»).
 */
export const cutFromSentenceBefore = (sentences: Sentence[], text: string, own: Sentence[]) =>
  sentences.some(
    (s) => s.end <= (own[0]?.start ?? 0) && /[;,]$/u.test(s.text) && /^[ \t]*$/u.test(text.slice(s.end, own[0]?.start)),
  );
