// A draft's summary: the report's own first sentences, without the page's
// furniture around them.
import { CLAUSE_OPENER, isHeadline, type Sentence } from "./clean";
import { datelineOnly } from "./place-context";
import { aboutNoMeeting, LIST_LABEL, MEETING, SPEECH_TO_AUDIENCE } from "./topic";

// A press office's name standing as the first line ("Акимат Павлодарской
// области", "Қостанай облысы әкімдігі") is who wrote it, not a title.
const PUBLISHER_LINE =
  /^(?:акимат|пресс-служба|akimat|press (?:service|office))(?=\s)[^.!?]{0,80}\.?$|^[^.!?]{0,80}(?:әкімдігі|баспасөз қызметі)$/iu;

/**
 * A page's date line ("date 2026-03-04 #tag", "Published: 7 March 2026,
 * 09:20"), a photo credit standing as a line of its own, or a breadcrumb
 * ("Главная » Пресс-центр » Новости", "Басты бет / Жаңалықтар / …"): no title.
 */
const FURNITURE_LINE =
  /^(date|дата|күні|published|updated|опубликовано|обновлено|жарияланды|жарияланған)(?![\p{L}])|^(фото|photo|сурет)(?![\p{L}])|^(?:[^.!?»›/|>]{1,40}[»›/|>]\s*){2,}[^.!?»›/|>]{1,40}$/iu;

// «Спикеры: аким города …» heads a post's list of who spoke: what happened is told after it;
// a post's line of hashtags («🇰🇿 #НоваяКонституция #Референдум2026») tells nothing.
const LABEL_LINE = new RegExp(`^${LIST_LABEL}|^[^\\p{L}\\p{N}#]*(?:#[\\p{L}\\p{N}_]+[\\s,]*)+$`, "iu");

// A feature's opening quote («"…," says a nurse at …», ««…», — говорит фермер …», ««…», – дейді …»): who said what, not what happened.
const QUOTE_OPENING = String.raw`^[«"“][^»"”]{5,}[»"”][,.]?\s*[–—-]?\s*`;
const QUOTE_LEAD = new RegExp(
  String.raw`${QUOTE_OPENING}(?:says|said|говорит|сказал\p{L}*|отмечает|считает|делится|дейді|деді|айтады)(?![\p{L}])`,
  "iu",
);
// ("…," said Asel Nurtayeva, a lecturer at …, who spoke to about 80 students …): who told it, and what she did.
const QUOTE_THEN_WHO = new RegExp(String.raw`${QUOTE_OPENING}(?:says|said)\s+(.+?),\s+who\s+(.+)$`, "u");

// A post's place label («📍 Түркістан облысы, Сайрам ауданы», "Akmola region, Burabay district"): where, not what.
const PLACE_LINE =
  /^[^\p{L}\p{N}]*(?:\p{Lu}[\p{L}-]+\s+(?:облысы|ауданы|қаласы|ауылы|область|района?|город|села?|region|district|city|village)[,\s]*){1,3}$/u;

/** A line that can title a draft: not the page's furniture, a dateline, a publisher, a list's label or a quote. */
const titleLine = (text: string) =>
  text.length >= 25 &&
  !QUOTE_LEAD.test(text) &&
  !FURNITURE_LINE.test(text) &&
  !datelineOnly(text) &&
  !PUBLISHER_LINE.test(text) &&
  !LABEL_LINE.test(text) &&
  !PLACE_LINE.test(text);

const toldMeeting = (s: Sentence): Sentence | undefined => {
  const m = QUOTE_THEN_WHO.exec(s.text);
  const [, who = "", what = ""] = m ?? [];
  return m && (MEETING.test(what) || SPEECH_TO_AUDIENCE.test(what))
    ? { ...s, text: `${who}${who.includes(",") ? ", " : " "}${what}` }
    : undefined;
};

// «Что изменится для аграриев? Депутат встретился с фермерами»: a headline's question and the rest of its line
// (no stop at its end) are one title.
const wholeHeadline = (s: Sentence | undefined, next: Sentence | undefined): Sentence | undefined =>
  s && next && /\?$/u.test(s.text) && next.paragraph === s.paragraph && !/[.!?…,;:]$/u.test(next.text)
    ? { ...s, text: `${s.text} ${next.text}`, end: next.end }
    : s;

/** Is the i-th sentence the headline (or, after its question, the rest of the headline's line)? */
export const inHeadline = (sentences: Sentence[], i: number) => {
  const [first, second] = sentences;
  const joined = wholeHeadline(first, second) !== first;
  return (i === 0 && first !== undefined && (isHeadline(first, 0) || joined)) || (i === 1 && joined);
};

/**
 * The sentence that titles a report's one meeting: the first that can, and not the draft's story
 * ("The draft, published for discussion on Jan. 20, introduces …"), a running total or background.
 */
export const titleSentenceOf = (sentences: Sentence[]) => {
  const headline = wholeHeadline(sentences[0], sentences[1]);
  const first = [headline, ...sentences.slice(headline === sentences[0] ? 1 : 2)]
    .flatMap((s) => (s ? [toldMeeting(s) ?? s] : []))
    .find((s) => titleLine(s.text) && !aboutNoMeeting(s.text));
  // A digest's heading («Неделя в регионе: главное») heads other news too, and a campaign's
  // "explanatory work continues" line tells no meeting: the meeting's own sentence titles it.
  return first && (DIGEST_LINE.test(first.text) || GOES_ON.test(first.text))
    ? (sentences.find((s) => s.start > first.start && MEETING.test(s.text) && !aboutNoMeeting(s.text)) ?? first)
    : first;
};

// "Explanatory meetings on the draft Constitution continue in the region.", «В районе
// продолжается разъяснительная работа …», «Өңірде түсіндіру жұмыстары жалғасуда.»: as a
// sentence of the report (a headline saying so is the editor's title, and stays it).
const GOES_ON =
  /^[^.!?]{0,160}(?:(?:work|meetings)[^.!?]{0,60}(?<![\p{L}])continu(?:es?|ing)|(?:продолжа(?:ется|ются)|вед[её]тся|проводится)\s+(?:\p{L}+-)?(?:разъяснительн|информационн)|(?:работ\p{L}*|встречи)\s+(?:[^.!?]{0,60}\s)?продолжа(?:ется|ются)|жұмыс\p{L}*\s+(?:жалғас(?:уда|ып)(?:\s+(?:жатыр|келеді))?|жүргізілуде|жүргізіліп жатыр))[^.!?]{0,80}[.!]$/iu;

// The heading of a round-up of the day's or week's news.
const DIGEST_LINE =
  /^[^.!?«»"“]{0,30}(?<!\p{L})(?:главное(?= за |\s*$)|главные новости|итоги (?:дня|недели)|новости (?:дня|недели)|дайджест|коротко о главном|неделя в|day in|week in|news in brief|digest|round-?up|апта(?:ның)? (?:шолуы|жаңалықтары|қорытындысы)|күн(?:нің)? (?:жаңалықтары|шолуы)|басты жаңалықтар)(?!\p{L})[^.!?«»"“]{0,30}$/iu;

// A dateline standing alone: "TARAZ, March 3." / "Темиртау, 27 февраля." / "Астана. 5 наурыз."
const BARE_DATELINE = /^[\p{L} -]{2,30}[,.]\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})\.?$/u;
// A town in capitals opening the lead ("ПАВЛОДАР. 12 марта …", "UST-KAMENOGORSK, March 3 –",
// "ASTANA – …"): the dateline (not "KEGOC, the grid operator, …").
const CAPS_DATELINE =
  /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:[.,]\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})\.?\s*[–—-]\s+|\.\s+|\s+[–—]\s+)(?=\S)/u;
// …or in the town's own case ("Zhanaozen, March 2 — …", «Жанаозен, 2 марта – …»).
const TOWN_DATELINE =
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)?,\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)\s*[–—-]\s+(?=\S)/u;
// An agency's name opening the first paragraph: "ПАВЛОДАР. КАЗИНФОРМ – …".
const AGENCY_LEAD =
  /^(?:\p{Lu}[\p{Lu}-]+[.,]\s*)?(?:КАЗИНФОРМ|KAZINFORM|Kazinform|Казинформ|ҚАЗАҚПАРАТ|ҚазАқпарат|Қазақпарат|QAZAQPARAT|Qazaqparat|КАЗТАГ|KAZTAG)\s*[–—-]\s*/u;
// A photo caption or credit: "… фото - Новости Zakon.kz", "Фото: ТОО …", "Photo: Akorda".
export const CAPTION = /(?:^|\s)(?:фото|photo|сурет)\s*[:–—-]/iu;

/**
 * The report's own sentences for its summary: not the headline the title took,
 * a bare dateline, the page's date line, a caption or a rubric ("Общество").
 */
function summaryOf(own: Sentence[], title: Sentence): Sentence[] {
  // (A digest's meeting is told from its own sentence on, not from the news before it.)
  const digest = own.some((s) => s.start < title.start && DIGEST_LINE.test(s.text));
  const body = own.filter((s) => {
    const text = s.text.trim();
    return (
      !(s.start >= title.start && s.end <= title.end) &&
      !(digest && s.start < title.start) &&
      text.length >= 25 &&
      !BARE_DATELINE.test(text) &&
      !FURNITURE_LINE.test(text) &&
      !CAPTION.test(text)
    );
  });
  return body.length > 0 ? body : own;
}

/** The first three sentences (a meeting of a multi-meeting report keeps its lead, which is its title too). */
export function summaryText(own: Sentence[], title: Sentence, segment: boolean): string {
  return shorten(
    (segment ? own : summaryOf(own, title))
      .slice(0, 3)
      .map((s) => s.text.replace(AGENCY_LEAD, ""))
      .join(" "),
    600,
  );
}

function shorten(s: string, max: number): string {
  const t = s.replace(/^[\s–—-]+/, "").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/** A draft's title from its sentence: without an agency's name before it, at most 160 characters. */
// A post's emoji, bullet or item number before its first words ("📌 Бүгін …", «1️⃣ Встреча …», «2. Сол
// күні …») is no part of a title.
// (A clause a semicolon or "while" cut from its sentence: without either, from a capital.)
export const titleOf = (sentence: string) =>
  shorten(
    sentence
      .replace(AGENCY_LEAD, "")
      .replace(CAPS_DATELINE, "")
      .replace(TOWN_DATELINE, "")
      .replace(/^(?:\d\uFE0F?\u20E3|\d{1,2}[.)]\s|[^\p{L}\p{N}«"(])+/u, "")
      .replace(/[;,]$/u, "")
      .replace(CLAUSE_OPENER, "")
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    160,
  );
