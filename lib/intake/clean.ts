// An article as pasted: plain text or a page's HTML. Tags go (block elements
// become line breaks), entities are decoded (news texts carry &quot; even as
// plain text), spaces are made single; evidence offsets count in the result.
import { convert } from "html-to-text";
import { MONTH } from "./dates";
import { ELIDED_OPENS, KAZAKH_LIST_OPENS, ORDINAL_OPENS } from "./list-cuts";
import { WEEKDAY_FORMS } from "./weekdays";

const LOOKS_HTML = /<(p|div|br|span|h\d|article|body|html|a|li|strong|em|b|i|section|header|footer|time)\b[^>]*>/i;

// Page furniture that is never the article: menus, headers and footers, side
// columns, forms, scripts, pictures and their captions.
const SKIP = "nav header footer aside form button script style noscript img figure svg iframe".split(" ");

// The same by the names pages give them (class or id), for pages without the
// tags: "related" and "read also" lists, share bars, comments, breadcrumbs, tickers.
// A page's header, but not an article's ("entry-header" holds the headline).
const FURNITURE_NAMES = [
  "[class~=header]",
  "[id~=header]",
  "[class*=site-header]",
  ...[
    "footer",
    "menu",
    "nav",
    "sidebar",
    "related",
    "recommend",
    "read-also",
    "readmore",
    "more-news",
    "popular",
    "share",
    "social",
    "comment",
    "breadcrumb",
    "banner",
    "advert",
    "subscribe",
    "cookie",
    // A news ticker, the weather and the exchange rates across the top of the page.
    "ticker",
    "marquee",
    "weather",
    "currency",
    "top-bar",
    "topbar",
  ].flatMap((name) => [`[class*=${name}]`, `[id*=${name}]`]),
];

export function cleanArticle(raw: string): string {
  const html = LOOKS_HTML.test(raw);
  // A page with an <article> (or <main>) element: only that is the report.
  const base = /<article[\s>]/i.test(raw) ? ["article"] : /<main[\s>]/i.test(raw) ? ["main"] : ["body"];
  const text = html
    ? convert(raw, {
        wordwrap: false,
        baseElements: { selectors: base, returnDomByDefault: true },
        selectors: [
          { selector: "a", options: { ignoreHref: true } },
          ...[...SKIP, ...FURNITURE_NAMES].map((selector) => ({ selector, format: "skip" })),
          ...["h1", "h2", "h3", "h4"].map((selector) => ({ selector, options: { uppercase: false } })),
        ],
      })
    : convert(`<pre>${raw.replaceAll("<", "&lt;").replaceAll(">", "&gt;")}</pre>`, {
        wordwrap: false,
        preserveNewlines: true,
      });
  // A page's invisible marks (soft hyphens, zero-width spaces, a byte-order
  // mark) would split a name («Сага\u00adдиев»); other spaces are spaces, and
  // letters with combining accents («a\u0301») are one letter.
  return withoutLinkLists(
    text
      .normalize("NFC")
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
      // („Казфосфат“: the low-high quotes some Russian texts use, as «…».)
      .replace(/„([^„“”"\n]{1,200}?)[“”]/gu, "«$1»")
      // («ҚТЖ» ҰК» АҚ: a national company's quotes closed twice, for «"ҚТЖ" ҰК» АҚ.)
      .replace(/»\s(Т?ҰК|ҰАК)»\s(АҚ)(?![\p{L}])/gu, "» $1 $2")
      .replace(/\r\n?/g, "\n")
      .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
      .replace(/ *\n */g, "\n"),
  )
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Copied from a page, the "read also" list and the share bar come along as
// text: «Читайте также:» and the headlines under it carry other stories'
// dates, places and formats; "Поделиться: WhatsApp …", a view count.
const READ_ALSO =
  /^(?:читайте также|читайте по теме|смотрите также|похожие новости|другие новости|новости по теме|тағы оқыңыз|ұқсас жаңалықтар|тақырыпқа қатысты|read also|also read|see also|related(?: news| stories| articles)?|more news|you may also like)(?![\p{L}])\s*:?\s*/iu;
const PAGE_BAR =
  /^(?:поделиться|бөлісу|share(?: this(?: article| story)?)?|просмотр\p{L}*|қаралым\p{L}*(?: саны)?|views?|теги|тегтер|tags)(?![\p{L}])[^.!?]{0,80}$/iu;
// A paragraph of the report again: a long line ending its sentence.
const PARAGRAPH = /^.{100,}[.!?…»"]$/su;

function withoutLinkLists(text: string): string {
  const out: string[] = [];
  let inList = false;
  for (const line of text.split("\n")) {
    if (READ_ALSO.test(line)) {
      // "Читайте также: <headline>" on one line is the list's only entry.
      inList = line.replace(READ_ALSO, "") === "";
      continue;
    }
    if (inList && line !== "" && !PARAGRAPH.test(line)) continue;
    if (inList && line !== "") inList = false;
    if (PAGE_BAR.test(line)) continue;
    out.push(line);
  }
  return out.join("\n");
}

const PUBLISHED = [
  /<meta\b[^>]*\b(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate)["'][^>]*\bcontent=["']([^"']+)["']/i,
  /<meta\b[^>]*\bcontent=["']([^"']+)["'][^>]*\b(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate)["']/i,
  /"datePublished"\s*:\s*"([^"]+)"/,
  /<time\b[^>]*\bdatetime=["']([^"']+)["']/i,
];

/**
 * The publication date a page's HTML declares (Open Graph, schema.org, a
 * <time> element), as the day written in the page's own time zone.
 */
export function htmlPublished(raw: string): string | null {
  for (const re of PUBLISHED) {
    const day = re.exec(raw)?.[1]?.trim().slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return day;
  }
  return null;
}

/** Text that is not an article: binary bytes, or no letters at all. */
export function notText(raw: string): boolean {
  const sample = raw.slice(0, 4000);

  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length / 50 || !/\p{L}{2}/u.test(raw);
}

export type Sentence = { text: string; start: number; end: number; paragraph: number };

/** A headline: the text's first line, ending without a full stop (a comma or semicolon ends a clause, not a headline). */
export const isHeadline = (s: Sentence, index: number) => index === 0 && !/[.!?…,;]$/u.test(s.text);

/** The span lies inside one of the sentences. */
export const within = (span: { start: number; end: number }, ss: Sentence[]) =>
  ss.some((s) => span.start >= s.start && span.end <= s.end);

/** A piece of the text that starts at `offset`, with the spans inside it blanked out (lengths kept). */
export const blankSpans = (piece: string, offset: number, spans: { start: number; end: number }[]) =>
  spans.reduce(
    (acc, sp) =>
      sp.start >= offset && sp.end <= offset + piece.length
        ? acc.slice(0, sp.start - offset) + " ".repeat(sp.end - sp.start) + acc.slice(sp.end - offset)
        : acc,
    piece,
  );

const segmenter = new Intl.Segmenter("ru", { granularity: "sentence" });
// «… кездесулер өткізді. 2 наурызда …», «… өтті. 300-ден астам адам
// қатысты», «… прошла. №5 мектепте …»: ICU's rules run on past a full stop
// when the next letter is in lower case, as after a number that opens a
// sentence (not after an abbreviation: «2026 ж. 3 наурызда», «в 2026 г. 15 марта»).
// («… средней школы №1. 4 марта в Есильском районе …»: a number's own full stop too.)
const NUMBER_OPENS = /(?<=[\p{L}»")]{2}[.!?…]|№\s?\d{1,4}\.)\s+(?=[\d№])/gu;
const ABBREVIATED = /(?:^|[\s(])(?:гг|ст|тыс|млн|млрд|руб|тг|им|ул|обл|мкр|просп|стр|пп|No|ж|г|т)\.$/iu;
// The words a clause opens with when it tells another meeting: another place ("while",
// «а», «ал»), a second workplace ("as well as"), the visitor's next stop ("then").
const WHILE = "while|whereas|and|а|и|ал";
const AS_WELL = "сондай-ақ|а также";
const THEN = "а затем|затем|после чего|and then|then";
/** The word a clause cut from the sentence before it opens with ("while in Shu, …", «а в Караганде …»). */
export const CLAUSE_OPENER = new RegExp(`^(?:${AS_WELL}|${THEN}|${WHILE})\\s+`, "u");

// "In Arkalyk, they met the hospital's staff; in the village of Amangeldy,
// they talked to farmers", "…, while in Shu, …": a semicolon (or "while",
// «а») before another place tells another meeting, as a full stop would
// (a Kazakh place of two words too, «…, ал Балпық би ауылында …»).
const PLACE_CLAUSE_OPENS = new RegExp(
  String.raw`(?:;|,\s+(?:${WHILE}))\s+(?=(?:(?:and|а|и|ал)\s+)?(?:(?:in|at|в|во|на)\s+(?:the\s+)?(?:(?:village|town|city|settlement|district|селе|посёлке|поселке|городе|районе|ауле)\s+(?:of\s+)?)?\p{Lu}|\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|би|батыр|ата|хан|ақын))?\s+(?:ауылында|ауданында|қаласында|кентінде)(?![\p{L}])))`,
  "gu",
);
// «… колледждің студенттерімен, сондай-ақ «Талғар жылу» МКК ұжымымен кездесті», «…, а также с
// коллективом ТОО «…»»: a second workplace, named, after "as well as" is a meeting of its own.
const ORG_CLAUSE_OPENS = new RegExp(
  String.raw`,\s+(?:${AS_WELL})\s+(?=[^.!?;]{0,60}(?:[«"]|(?<![\p{L}])(?:ТОО|АО|ЖШС|АҚ|МКК|КГП|ГКП)(?![\p{L}])))`,
  "gu",
);
// «… провела встречу со студентами, а в воскресенье — с жителями села …», "…, and on Sunday
// with …": another day's meeting, its verb shared with the clause before (or another part of
// the day's: «…, а после обеда — с учителями …»; or a date's: «…, а 1 марта – с сотрудниками …»).
const DAY_CLAUSE_OPENS = new RegExp(
  String.raw`,\s+(?=(?:а|and|ал)\s+(?:(?:(?:в|во|on)\s+)?(?:${WEEKDAY_FORMS.join("|")})|\d{1,2}\s+${MONTH}|(?:on\s+)?${MONTH}\s+\d{1,2}(?!\d)|после обеда|вечером|во второй половине дня|in the (?:afternoon|evening)|түстен кейін|кешке)(?![\p{L}]))`,
  "giu",
);
// «Утром он встретился с коллективом завода, затем посетил университет, где …», "…, then
// visited …": the visitor's next stop, a meeting of its own.
const VISIT_CLAUSE_OPENS = new RegExp(
  String.raw`,\s+(?:${THEN})\s+(?=(?:(?:он|она|они|he|she|they)\s+)?(?:посетил|побывал|встретил|провел|провёл|visited|met|held|toured|went))`,
  "gu",
);
// «Базарбек … ұжымымен кездессе, Әуесбаев … тұрғындарымен жүздесті»: a Kazakh
// meeting verb's conditional ("while one met …, the other …") before a name or a place.
const KAZAKH_WHILE_OPENS =
  /(?<=(?<![\p{L}])(?:кездес|жүздес|дидарлас|сөйлес|тілдес|бас қос|өт|өткіз|бар|бол)(?:са|се),)\s+(?=\p{Lu})/gu;
// «прошли две встречи …: в селе Саумалколь — с …, в городе Мамлютка — с …», "two meetings …: in …, in …":
// each place a counted list of meetings names after its colon is one of them.
const COUNTED = String.raw`(?<![\p{L}])(?:[Дд]ве|[Тт]ри|[Чч]етыре|[Пп]ять|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?:\p{L}+\s+)?(?:встреч\p{L}*|meetings)[^.!?:]{0,120}:`;
const LISTED_PLACE = String.raw`(?=(?:в|во|in)\s+(?:(?:селе|городе|посёлке|поселке|ауле|районе|the\s+(?:village|town|city)\s+of)\s+)?\p{Lu})`;
const COUNTED_LIST_OPENS = new RegExp(
  String.raw`(?<=${COUNTED})\s+${LISTED_PLACE}|(?<=${COUNTED}[^.!?]{0,300}),\s+${LISTED_PLACE}`,
  "gu",
);
/** A line's sentences as ICU finds them, split again before a number that opens one and before a clause that tells another meeting (another place, a named workplace, the visitor's next stop). */
function* sentencePieces(line: string) {
  for (const s of segmenter.segment(line)) {
    let from = 0;
    const cuts = [
      NUMBER_OPENS,
      PLACE_CLAUSE_OPENS,
      ORG_CLAUSE_OPENS,
      VISIT_CLAUSE_OPENS,
      DAY_CLAUSE_OPENS,
      KAZAKH_WHILE_OPENS,
      KAZAKH_LIST_OPENS,
      ELIDED_OPENS,
      ORDINAL_OPENS,
      COUNTED_LIST_OPENS,
    ]
      .flatMap((re) => [...s.segment.matchAll(re)])
      .sort((a, b) => a.index - b.index);
    for (const m of cuts) {
      // (After a semicolon or comma the next piece opens with its "while"; a full stop's abbreviation ends none.)
      const clause = /^[;,]/u.test(m[0]);
      if (!clause && ABBREVIATED.test(s.segment.slice(0, m.index))) continue;
      const cut = clause ? m.index + 1 : m.index + m[0].length;
      yield { segment: s.segment.slice(from, cut), index: s.index + from };
      from = cut;
    }
    yield { segment: s.segment.slice(from), index: s.index + from };
  }
}

// "Талдыкорган." opening a line: a dateline's place, its date to follow.
const PLACE_ONLY = /^\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?\.$/u;
// Full stops that end no sentence: initials ("Д. Мынбай", "L.N. Gumilyov", "M.Kh. Dulati",
// a Latin digraph's "Sh. Ualikhanov"), a
// month or title abbreviated ("Feb. 26, 2026", "Sen. Beknazarov", "school No. 3"), a street,
// region or namesake abbreviated ("школа им. Абая", "Жамбылской обл."), a town
// («колледж «Болашак» г. Кызылорды»; not a year's «2026 г.»).
const NO_SENTENCE_END =
  /(?:^|[\s(])(?:(?:\p{Lu}\.){1,2}\p{Lu}|(?:(?:\p{Lu}|Sh|Zh|Ch|Kh)\.){1,2}(?:Sh|Zh|Ch|Kh)|\p{Lu}{1,2}|Sh|Zh|Ch|Kh|Ts|Ya|Yu|Ye|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Prof|No|им|ул|обл|мкр|просп)\.$|(?<![\d]\s?)(?:^|\s)г\.$/u;

/** Sentences with their offsets; a line break always ends one (headlines, datelines, captions). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      let joinNext = false;
      let quotedEnd = false;
      let placeOnly = false;
      let first = true;
      for (const s of sentencePieces(line)) {
        const trimmed = s.segment.trim();
        if (!trimmed) continue;
        const start = offset + s.index + s.segment.indexOf(trimmed);
        const previous = out.at(-1);
        // «Жастар – Отанға!» форумы: a quoted name's "!" ends no sentence
        // when the words go on in lower case; "Талдыкорган. 4 марта.": a
        // place alone before the date is one dateline.
        const goesOn: boolean = (quotedEnd && /^\p{Ll}/u.test(trimmed)) || (placeOnly && /^\d/u.test(trimmed));
        if ((joinNext || goesOn) && previous) {
          previous.text = text.slice(previous.start, start + trimmed.length);
          previous.end = start + trimmed.length;
        } else {
          out.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
        }
        // («2. Сол күні …»: a list item's number opening its line ends no sentence either.)
        joinNext = NO_SENTENCE_END.test(trimmed) || (first && /^\d{1,2}[.)]$/u.test(trimmed));
        quotedEnd = /[!?…][»"”]+$/u.test(trimmed);
        placeOnly = !goesOn && !joinNext && first && PLACE_ONLY.test(trimmed);
        first = false;
      }
      paragraph++;
    }
    offset += line.length + 1;
  }
  return out;
}
