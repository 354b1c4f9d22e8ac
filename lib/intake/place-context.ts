// How much a place mention says about where a meeting was: a place inside a
// name or naming a workplace says little; the article's URL may name one.
import { CAMEL_BRAND } from "./staff-of";
import { stemKey } from "./words";
import type { Sentence } from "./clean";
import type { Mention } from "./places";
import type { Span } from "./types";

/**
 * A place inside a name ("Al-Farabi Kazakh National University" is in Almaty,
 * not in Shymkent's Al-Farabi District) says little about where a meeting was,
 * unless named with its kind ("Kostanay regional akimat").
 */
export const insideNames = (m: Mention, names: Span[], text = "") =>
  m.generic === null &&
  (names.some((sp) => sp.start <= m.span.start && m.span.end <= sp.end) ||
    NAMES_A_WORKPLACE.test(text.slice(m.span.end, m.span.end + 60)) ||
    BRAND_BEFORE.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)));
// «Жезқазған кен басқармасының», "Zhezkazgan copper smelter": a town naming a
// workplace of a company named elsewhere, not where the meeting is; nor is
// "the party's Kyzylorda branch", whose members went to a district.
// ("the Kostenko mine of ArcelorMittal Temirtau": a brand written in one word with a capital inside names a
// company, and the town after it is part of the company's name.)
const BRAND_BEFORE = new RegExp(String.raw`(?<![\p{L}])${CAMEL_BRAND}\s+$`, "u");
const NAMES_A_WORKPLACE =
  /^\s+(?:(?:[\p{Ll}-]+\s+){1,2}(?:басқармас|зауыт|комбинат|кеніш|фабрикас|бөлімшес|smelter|plant|mine|refinery)\p{L}*|(?:regional\s+|city\s+)?(?:branch|chapter))(?![\p{L}])/u;

// «профессор Южно-Казахстанского университета им. М. Ауэзова Гульнар Сапарова»,
// "rector of Karaganda Technical University": a place in the name of a
// speaker's university says where the speaker works, not where the meeting is.
const INSTITUTION_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:университет|институт|академи|колледж|university|institute|academy|college)/iu;
export const inSpeakerTitle = (m: Mention, people: Array<{ role: string | null; spans: Span[] }>, text: string) => {
  const named = INSTITUTION_AFTER.exec(text.slice(m.span.end, m.span.end + 60));
  const phrase = named && text.slice(m.span.start, m.span.end + named[0].length);
  return (
    phrase !== null && people.some((p) => p.role?.includes(phrase) && p.spans.some((sp) => sp.start >= m.span.end))
  );
};

/** Words of the URL that may name a place (host and path; no query). */
export const urlWords = (url: string | null | undefined): string[] => {
  if (!url) return [];
  const bare = url.replace(/^https?:\/\//, "").replace(/[?#].*$/, "");
  return bare
    .split(/[^a-zA-Z]+/)
    .filter((w) => w.length >= 4)
    .map(stemKey);
};

/** A place's name in the script the text wrote it in («Жезқазған қаласында» → Жезқазған). */
export function labelFor(labels: string[], written: string): string {
  const cyrillic = /\p{Script=Cyrillic}/u.test(written);
  const kazakh = /[әғқңөұүһі]/iu.test(written);
  const inScript = labels.filter((l) => /\p{Script=Cyrillic}/u.test(l) === cyrillic);
  return inScript.find((l) => /[әғқңөұүһі]/iu.test(l) === kazakh) ?? inScript[0] ?? labels[0] ?? "";
}

/**
 * «акима района Нурсултан Абдуллаев», «Абай Құнанбайұлы», «с депутатом Ириной
 * Смирновой» (Смирново is a village): a name that is also a place's is no place.
 */
export const inPersonName = (m: Mention, people: Span[]) =>
  people.some(
    (sp) => sp.start <= m.span.start && m.span.end <= sp.end && m.span.end - m.span.start < sp.end - sp.start,
  );

// "Kokshetau University named after Shokan Ualikhanov", «школа имени Абая»,
// «Абай атындағы мектеп»: whom a body is named after is no place (Ualikhanov
// and Abai are districts' and a region's names too).
const NAMESAKE_BEFORE = /(?:named after|имени|им\.)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
const NAMESAKE_AFTER = /^(?:\s+(?:ата|би|хан|батыр))?\s+(?:атындағы|atyndaǵy|atyndagy)(?![\p{L}])/iu;
export const namesake = (m: Mention, text: string) =>
  NAMESAKE_BEFORE.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)) ||
  NAMESAKE_AFTER.test(text.slice(m.span.end, m.span.end + 24));

// "Нұр-Сұлтан, BAQ.KZ.", "ASTANA. KAZINFORM –", "ТАРАЗ, 3 марта – Kazinform":
// an agency's dateline names where its correspondent sits, which is the
// event's city only sometimes (a regional bureau, not the capital's desk).
// «Маңғыстау облысы, Жаңаөзен қаласы.», «Костанайская область, г. Рудный.»: a
// line of where only, above a post's text.
const PLACE_LINE =
  /^\p{Lu}[\p{L}-]+\s+(?:облысы|ауданы|қаласы|область|район|region|district)(?:,\s*(?:г\.\s*)?\p{Lu}[\p{L}-]+(?:\s+(?:облысы|ауданы|қаласы|ауылы|кенті|district|region|city))?)*\.?$/u;
const AGENCY_DATELINE =
  /^[\p{L} -]{2,30}[,.]\s*(?:\d{1,2}\s+\p{L}+\s*[.,–—-]*\s*)?(?:\p{L}+\.(?:kz|ru|com)|kazinform|казинформ|қазақпарат|tengrinews|zakon\.kz|kaztag|казтаг|baq)/iu;
/** A line that is a dateline or a place only: no title. */
export const datelineOnly = (line: string) => AGENCY_DATELINE.test(line) || PLACE_LINE.test(line);
// "SHYMKENT, Feb 23 (Kazakh News) –": a wire's dateline, its city in capitals.
// "ASTANA – With less than three weeks left…", "KOSTANAY. Members of…": the
// same, with no date («АТЫРАУ. 1 марта …»: or the date after it).
const WIRE_DATELINE =
  /^(?:(?:[\p{Lu} -]{3,30},\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)[^.]{0,40}?|(?!KAZINFORM|КАЗИНФОРМ|ҚАЗАҚПАРАТ|KAZTAG|КАЗТАГ|BAQ)\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s+)[–—-]\s|(?!KAZINFORM|КАЗИНФОРМ|ҚАЗАҚПАРАТ|KAZTAG|КАЗТАГ|BAQ)\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\.\s+(?:\p{Lu}|\d{1,2}\s+\p{L}))/u;

/** A place in an agency's or a wire's dateline: where its correspondent sits. */
export function inAgencyDateline(m: Mention, sentences: Sentence[], text: string): boolean {
  const s = sentences[m.sentence];
  // "АСТАНА. KAZINFORM –" is split into two sentences: read on past the first.
  if (s === undefined || m.span.start - s.start >= 30) return false;
  const head = text.slice(s.start, s.start + 80);
  return AGENCY_DATELINE.test(head) || WIRE_DATELINE.test(head);
}
