// A meeting postponed or cancelled: "the meeting scheduled for March 12 … has
// been postponed", «встреча … перенесена», «форум … кейінге шегерілді». A
// report whose own meeting is called off drafts it as cancelled; another
// meeting called off in a report of one that goes ahead is told aside, and
// its place, organisations and audience are none of this one's.
import type { Sentence } from "./clean";

// (The meeting is what was called off, its subject named before the verb or just after it: «на встрече
// … в проекте отменена смертная казнь», "at the meeting, … was cancelled" call off nothing.)
const EVENT = String.raw`(?:(?<!(?:at|during|in|after|before|of) the )(?:meeting|event|forum|round table|seminar|rally|session)|встреча|встречу|мероприятие|форум|круглый стол|семинар|митинг|кездесу(?:і)?|жиын(?:ы)?|іс-шара(?:сы)?|форумы|дөңгелек үстел(?:і)?|басқосу(?:ы)?)`;
const OFF = String.raw`(?:(?:has been|have been|was|were|is|are)\s+)?(?:postponed|cancell?ed|called off|put off)|перенесен[аоы]?|перенесли|отмен[её]н[аоы]?|отменили|отложен[аоы]?|кейінге (?:шегерілді|қалдырылды|ауыстырылды)|тоқтатылды|өтпейтін болды|болмайтын болды`;
// Up to the verb, in the same clause: «Встреча прошла в школе, где рассказали, что … отменена смертная
// казнь» calls nothing off (a long subject, «встреча студентов … , запланированная на 3 марта, отменена», does).
const SAME_CLAUSE = String.raw`(?:(?!\s(?:что|где|как|который|которая|that|where|which|екенін|деп)\s)[^.!?]){0,200}?`;
// (Put off to a day it names, «перенесена на 14 марта», "postponed to March 14", it is still to come: planned.)
const TO_A_DAY = String.raw`(?!\s+(?:на|to|until|till)\s+(?:\d|\p{L}+\s+\d))`;
export const CALLED_OFF = new RegExp(
  String.raw`(?<![\p{L}])${EVENT}(?![\p{L}])${SAME_CLAUSE}(?<![\p{L}])(?:${OFF})(?![\p{L}])${TO_A_DAY}|(?<![\p{L}])(?:${OFF})\s+(?:\S+\s+){0,2}?${EVENT}(?![\p{L}])`,
  "iu",
);

/** The sentences that tell of another meeting called off, when the report's own goes ahead. */
export function calledOffAside(sentences: Sentence[], title: Sentence | undefined): Sentence[] {
  if (!title || CALLED_OFF.test(title.text)) return [];
  return sentences.filter((s) => CALLED_OFF.test(s.text));
}
