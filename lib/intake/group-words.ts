// Who speaks at which of a report's meetings: the words that say a speaker
// was at all of them, or at the one before too; and a count over them all.
import { within, type Sentence } from "./clean";

// «Кездесулерге … қатысты», «Во встречах приняли участие …», "The meetings were
// attended by …": who took part in all the meetings told.
const AT_THEM_ALL = String.raw`(?:^|\s)(?:кездесулерге|кездесулерде|жиындарға|жиындарда|во встречах|в этих встречах|на встречах|(?:the|these|both|all)(?: three| two)? meetings were (?:attended|held) by)(?![\p{L}])`;
// «Топ құрамында X пен Y болды», «В состав группы вошли …», "The group included …",
// «Группу возглавил …», "the group led by Senator …", «группы во главе с сенатором …»; or AT_THEM_ALL.
const GROUP_MEMBERS = new RegExp(
  String.raw`(группу возглавил\p{L}*|топты\s+(?:[^.!?]{0,80}\s)?басқарды|(?:^|[\s,])топ (?:жетекшісі|басшысы)|(?:руководител\p{L}*|глава) группы|(?:the )?group(?:'s)? (?:leader|head)|the (?:leader|head) of the group|the (?:group|delegation|team) was (?:led|headed) by|(?:group|delegation|team) (?:led|headed) by|(?:групп|делегаци)\p{L}*(?:\s+[^\s.!?]+){0,3}\s+во главе с|топ құрамында|топтың құрамында|в состав\p{L}* (?:\p{L}+ )?группы (?:вош|вход|был)|в составе (?:\p{L}+ )?группы был|the (?:\w+ )?group (?:included|was made up of|consisted of|comprised)|${AT_THEM_ALL})`,
  "iu",
);
// «провел три встречи», "held meetings", «кездесулер өткізді»: who held the
// report's meetings; or who went on the working trip they were part of («жұмыс
// сапарымен барды», «с рабочей поездкой», "on a working visit").
const HELD_THEM =
  /(?:провел\p{L}*|провёл|held|өткізді)[^.!?]*(?:встреч|meetings|кездесулер|жиын)|жұмыс сапар\p{L}*|рабоч\p{L}* (?:поездк|визит)\p{L}*|working (?:trip|visit)/iu;
// «Здесь к спикерам присоединился аким города», "they were joined by the akim",
// «оларға аудан әкімі қосылды»: those of the meeting before are at this one too.
const JOINED =
  /(к (?:ним|спикерам|группе|членам группы|делегации) присоединил\p{L}*|присоединил\p{L}* к (?:ним|спикерам|группе|делегации)|(?:were|was) joined by|joined (?:them|the group|the speakers|the delegation)|(?:оларға|топқа|спикерлерге)(?: \S+){1,5} қосылды)/iu;
// "The senator travelled on to Aktobe, where he …", «Одан кейін ол …», «Сол күні спикерлер …»: the one(s) of
// the meeting before (not "the group", whose hosts there spoke before).
const THE_SAME =
  /(?<![\p{L}])(?:the (?:senator|deputy|minister|akim|speaker)s?|the deputies|he|she|they|сенатор(?:ы|лар)?|депутат(?:ы|тар)?|спикер(?:ы|лер)|министр|аким|он|она|они|ол|олар|әкім|облыс басшысы|глава региона)(?![\p{L}])/iu;
const PRONOUN = /^(?:he|she|they|он|она|они|ол|олар)$/iu;
// Whose title the words name: "the akim" (or «облыс басшысы», the head of the region) is the akim who spoke before, not the deputy beside him.
const TITLE_OF: Array<[RegExp, RegExp]> = [
  [/сенатор|senator/iu, /сенат|senat/iu],
  [/депутат|deputy/iu, /депутат|deput/iu],
  [/министр|minister/iu, /минист|minist/iu],
  [/аким|әкім|akim|басшысы|глава/iu, /аким|әкім|akim/iu],
];
/** Of the speakers of the meeting before, those a meeting naming no one but "the senator" or "he" goes on with. */
function theSameOnes(text: string, speakers: Array<{ name: string; role: string | null }>): string[] {
  const found = THE_SAME.exec(text);
  const said = found?.[0];
  // ("members of the regional group visited the Shu district, where they held …": a pronoun after a
  // group the meeting names of its own is that group.)
  const group =
    /(?<![\p{L}])(?:members|group|team|delegation|член\p{L}*|групп\p{L}*|топ(?:ы|тың|қа|пен|та)?|мүшелері)(?![\p{L}])/iu;
  if (said === undefined || (PRONOUN.test(said) && group.test(text.slice(0, found?.index)))) return [];
  const title = TITLE_OF.find(([word]) => word.test(said))?.[1];
  const titled = title ? speakers.filter((s) => title.test(s.role ?? "")) : [];
  return (titled.length > 0 ? titled : speakers).map((s) => s.name);
}
// «Екі кездесуде де … депутаты … сөз сөйледі», «Барлық кездесуде …», "At each stop, …", «На обеих
// встречах …»: whoever is named there spoke at every meeting of the report.
const AT_EACH =
  /^\s*(?:(?:Екі|Үш|Төрт) (?:кездесуде|жиында) (?:да|де)|(?:Барлық|Әр|Әрбір) (?:кездесу(?:лер)?|жиын(?:дар)?)(?:де|да)|(?:На|Во) (?:обеих|всех) встречах|На каждой встрече|At (?:both|all(?: the)?|each|every)(?: of the)? (?:meetings|meeting|stop|stops))(?![\p{L}])/iu;
// A count over several meetings ("во встречах", "at the meetings", "кездесулерге"): plural meetings named.
export const ALL_MEETINGS =
  /(встречах|встреч\p{L}* в общей сложности|meetings|кездесулер\p{L}*|(?<![\p{L}])(?:екі|үш) (?:кездесу|жиын)\p{L}*|жиындар\p{L}*|мероприятиях|іс-шаралар\p{L}*|^\s*(?:Всего|Барлығы|In total)(?![\p{L}]))/iu;
// «В четверг аналогичная встреча прошла в селе …», «… ауылында да осындай кездесу
// өтті», "a similar meeting was held": with the audience of the one before.
export const SIMILAR_MEETING =
  /((?:аналогичн|подобн|такая же|такую же)\p{L}* встреч|(?:осындай|дәл осындай|мұндай) (?:кездесу|жиын)(?!\p{L})|a similar (?:meeting|event|session))/iu;
// "In the afternoon, the group visited …", «Днем группа побывала …»: the same day's tour, in the same town;
// so is the visitor's next stop, «После этого сенатор провел прием граждан …», "After that, …", «Одан кейін …»
// (the town; its day, when neither its own words nor the lead's give one).
export const DAY_HOURS =
  /(?<![\p{L}])(?:in the (?:morning|afternoon|evening)|утром|дн[её]м|вечером|после обеда|таңертең|түстен кейін|кешке|кешкісін)(?![\p{L}])|^\s*(?:после этого|после чего|затем|after that|afterwards|then|содан кейін|одан кейін)(?![\p{L}])|^\s*(?:\p{L}+\s+){1,2}(?:then|затем)\s+(?:held|met|visited|went|spoke|talked|travell?ed|провел\p{L}*|встретил\p{L}*|посетил\p{L}*)(?![\p{L}])/iu;

type Spanned = { spans: Array<{ start: number; end: number }> };
/**
 * Named before the first meeting (in the lead), and so at it — unless the
 * meeting names its own speakers and this one goes to a later meeting
 * («Депутаттар Базарбек пен Әуесбаев … болды. Базарбек … кездессе, Әуесбаев …
 * жүздесті»: each went to his own).
 */
function fromTheLead(p: Spanned, own: Sentence[], people: Spanned[]): boolean {
  const [start, end] = [own[0]?.start ?? 0, own.at(-1)?.end ?? 0];
  const here = (q: Spanned) => q.spans.some((sp) => sp.start >= start && sp.end <= end);
  const later = p.spans.some((sp) => sp.start >= end);
  return p.spans.some((sp) => sp.start < start) && !(people.some(here) && !here(p) && later);
}

const CLOSING_SPEAKERS =
  /^(?:(?:спикерами выступили|speakers (?:were|included)|among the speakers were)(?:\s*[:—–]|\s+\p{L})|(?:выступили|спикеры?|спикерлер|speakers?)\s*[:—–])/iu;
type Meeting = { own: Sentence[]; reportLead: Sentence[]; first: boolean; text: string; seg: boolean; cut: boolean };
type Speaker = { name: string; role: string | null };
/** Who spoke at one of a report's meetings (`seg`: one of several), given who spoke at the one before. */
export function meetingSpeakers<P extends Spanned & Speaker>(
  people: P[],
  sentences: Sentence[],
  { own, reportLead, first, text, seg, cut }: Meeting,
  previous: { speakers: Speaker[] } | null,
): P[] {
  // The first meeting also takes those named before it (the lead), not those of later meetings.
  // Members of the group that held them all («Топ құрамында … болды») speak at each of its meetings.
  // …and so does whoever the lead says held them («Сенатор … провел три встречи»).
  // …and so does a labelled list closing the report («Спикерами выступили: …», «Спикер — …», "Speakers: …"),
  // or followed only by the meetings' count («В общей сложности во встречах приняли участие …»).
  const group = seg
    ? sentences.filter(
        (s) =>
          GROUP_MEMBERS.test(s.text) ||
          AT_EACH.test(s.text) ||
          (reportLead.includes(s) && HELD_THEM.test(s.text)) ||
          (CLOSING_SPEAKERS.test(s.text) &&
            sentences.slice(sentences.indexOf(s) + 1).every((t) => ALL_MEETINGS.test(t.text))),
      )
    : [];
  const present = people.filter(
    (p) => p.spans.some((sp) => within(sp, own) || within(sp, group)) || (first && fromTheLead(p, own, people)),
  );
  // Those of the meeting before are at one that says someone joined them («к спикерам присоединился …»),
  // or that names no one but "the senator" or "he" who went on.
  const before = previous?.speakers ?? [];
  // («… встретился с коллективом АО «…», | а 1 марта – с сотрудниками ТОО «…»»: a clause cut from the sentence
  // before, naming no one, shares its subject.)
  const goesOn = seg && !present.length ? (cut ? before.map((s) => s.name) : theSameOnes(text, before)) : [];
  const again = seg && JOINED.test(text) ? before.map((s) => s.name) : goesOn;
  return people.filter((p) => again.includes(p.name) || present.includes(p));
}
