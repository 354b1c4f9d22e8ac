// "On Wednesday, the group is scheduled to meet teachers in Makhambet
// district", closing a report of a meeting held: what the visitors are still
// to do is no part of the meeting told — not its place, audience or hosts.
// (A report of only what is planned is an announcement, read as one.)
import { sentencesOf } from "./clean";

const UP_NEXT =
  /((?:is|are) (?:scheduled|due|expected|set|going) to (?:meet|visit|hold|travel|continue)|(?:will|plans? to|intends? to) (?:meet|visit|hold|travel to)|(?<![\p{L}])(?:встретится|встретятся|посетит|посетят|проведут встреч\p{L}*)(?![\p{L}])|(?:планиру|намерен|предстоит|собира)\p{L}*\s+(?:также\s+)?(?:встретиться|посетить|провести встреч|побывать)|запланирован\p{L}* встреч|кездесетін болады|кездеспек|(?:кездесу|жиын)\p{L}* (?:жоспарлан|өтпек)|бармақ(?![\p{L}]))/iu;
const HELD =
  /(?<![\p{L}])(met|held|visited|встретил\p{L}*|провел\p{L}*|прошл[аио]|состоял\p{L}*|посетил\p{L}*|побывал\p{L}*|кездесті|кездесіп|өтті|болды|өткізді|жүздесті|барды)(?![\p{L}])/iu;

/** The text with the sentences that tell only what is still to come after a meeting held blanked out (offsets kept). */
export function withoutWhatIsAhead(text: string): string {
  if (!UP_NEXT.test(text)) return text;
  const sentences = sentencesOf(text);
  const held = sentences.findIndex((s) => HELD.test(s.text) && !UP_NEXT.test(s.text));
  if (held === -1) return text;
  let out = text;
  for (const s of sentences.slice(held + 1))
    if (UP_NEXT.test(s.text) && !HELD.test(s.text))
      out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
