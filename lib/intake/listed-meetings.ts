// A report's meetings told as a list: items under a lead that counts them
// («провели встречи в трех селах: • …»), a post's dated or numbered lines, the
// places a counted sentence names after its colon. What segments.ts starts
// meetings at, besides the sentences that introduce one.
import { RECEPTION } from "./topic";
import type { Sentence } from "./clean";
import type { DateMention } from "./dates";

// A sentence that speaks of a meeting at all (introducing one or not).
export const ANY_MEETING = /(кездес|жиын|жүздес|таныстырыл|kezdes|jıyn|jiyn|встреч|встрет|собрани|meeting|met with)/iu;

// («Бүгін … үш ауданда тұрғындармен кездесті», "met residents in three
// districts": a lead that counts the places tells of all the meetings after it.)
export const SUMMARY =
  /(кездесулер|жиындар|жүздесулер|бірқатар|апталық жұмыс|итоги недели|встречи|ряд встреч|серию встреч|a series of|meetings|(?<![\p{L}])(?:екі|үш|төрт|бес|алты|бірнеше)\s+(?:аудан|ауыл|елді мекен|қала)\p{L}*|(?<![\p{L}])(?:двух|тр[её]х|четыр[её]х|пяти|нескольких)\s+(?:район|сел|населенн|город)\p{L}*|(?<![\p{L}])(?:two|three|four|five|several)\s+(?:districts|villages|towns))/iu;

// «провели встречи в трех селах: • в селе Аса — с жителями …; • …»: each item of
// a list a sentence about meetings opens is one of them.
// (A post's calendar emoji, «🗓 2 наурыз – …», or a keycap number, «2️⃣ Беседа …», opens a line as a bullet does.)
export const LIST_ITEM = /^\s*(?:[•▪●◦‣∙·*✅✔☑🔹🔸➖–—-]|[🗓📅📆]\uFE0F?|\d\uFE0F?\u20E3|\d{1,2}[.)])\s*/u;
// («… две встречи: / в селе Саумалколь — с …, / в городе Мамлютка — с …»: a place cut from the list's sentence.)
const PLACE_ITEM = /^(?:(?:and|и|а)\s+)?(?:в|во|in)\s/u;
export function listedMeeting(sentences: Sentence[], i: number, dated: Set<number>): boolean {
  if (dated.has(i) && (dated.has(i - 1) || dated.has(i + 1))) return true;
  const text = (k: number) => sentences[k]?.text ?? "";
  const placeItem = (k: number) => PLACE_ITEM.test(text(k)) && /[:,]$/u.test(text(k - 1));
  const item = (k: number) => LIST_ITEM.test(text(k)) || placeItem(k);
  if (!item(i)) return false;
  let k = i - 1;
  while (k >= 0 && item(k)) k--;
  const lead = sentences[k]?.text ?? "";
  // («🔹 Сегодня … провели серию встреч в Аксу. / 🔹 На Аксуском заводе … рассказал …»: a list's first
  // item that counts the meetings is its lead.)
  const first = text(k + 1);
  if (k + 1 < i && LIST_ITEM.test(first) && SUMMARY.test(first) && ANY_MEETING.test(first)) return true;
  // (Meetings in the plural: «сказал на встрече: — …» opens a quote, not a list.)
  return /:\s*$/u.test(lead) && SUMMARY.test(lead);
}

// A list's line telling an event that is no meeting by name: a forum, a round
// table, a talk («беседа»), a citizens' reception.
const LISTED_EVENT = new RegExp(`форум|forum|дөңгелек үстел|круглый стол|round table|бесед[аыу]|${RECEPTION}`, "iu");
export const listsEvent = (text: string) => ANY_MEETING.test(text) || LISTED_EVENT.test(text);

// («2 марта — встреча с работниками …» / «3 марта — беседа со студентами …»: a
// line of a post that opens with its own day and tells of a meeting is one,
// when the line beside it is another; no lead need announce the list.)
// («🗓 5 наурыз – Түркістан қаласында жастар форумы»: a forum or a round table on a dated line is one too.)
export function datedItems(sentences: Sentence[], dates: DateMention[]): Set<number> {
  const opens = (s: Sentence, at: number) =>
    dates.some((d) => !d.timestamp && !d.relative && d.span.start === at && d.span.end <= s.end);
  return new Set(
    sentences.flatMap((s, i) =>
      listsEvent(s.text) && opens(s, s.start + (LIST_ITEM.exec(s.text)?.[0].length ?? 0)) ? [i] : [],
    ),
  );
}
