// Whether two names found in one article name one organisation: the key a
// name matches by, and the ways a report names one body twice (with a case
// ending, with and without its namesake or town, by its initials).
import { searchKey } from "../search/normalize";

// Words that say what kind of organisation it is, not which one.
// (A national company's mark, «НК «Қазақстан темір жолы»», is no part of its name either;
// nor is a site's kind: «Разрез «Богатырь»» is «Богатырь».)
const GENERIC_ORG = new Set(
  "ТОО АО ЖШС АҚ ҚБ JSC LLP LLC PA НК ҰК НАК ҰАК NC NJSC корпорация корпорациясы корпорации компания компаниясы corporation company партия партиясы party шахта разрез рудник месторождение элеватор санаторий"
    .split(" ")
    .map((w) => searchKey(w)),
);

/** The organisation's matching key: its name's words without legal forms, Russian case endings cut. */
export const orgKey = (name: string) => {
  const words = searchKey(name).split(" ").filter(Boolean);
  const own = words.filter((w) => !GENERIC_ORG.has(w));
  return (own.length ? own : words).join("");
};

/** «Казахмыс» ~ «Казахмыса»: one key the other's with a case ending. */
// («ГРЭС-2» and «Экибастузская ГРЭС-2»: a numbered plant named with and without its town.)
export const sameOrg = (a: string, b: string) =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2) ||
  (/\d/u.test(a) && /\d/u.test(b) && Math.min(a.length, b.length) >= 4 && (a.endsWith(b) || b.endsWith(a)));

// «Кокшетауский университет» and «… университет имени Шокана Уалиханова»
// («Шоқан Уәлиханов атындағы …»): one body, named once in full.
const withoutNamesake = (name: string) =>
  name.replace(/\s+(?:имени|named after)\s.+$/u, "").replace(/^.+\sатындағы\s+/u, "");
const sameButNamesake = (a: string, b: string) =>
  (a !== withoutNamesake(a) || b !== withoutNamesake(b)) && orgKey(withoutNamesake(a)) === orgKey(withoutNamesake(b));
// «Павлодарский колледж» in a headline and «Павлодарский высший колледж инновационных технологий» in
// the report: a town's adjective and the kind, shortened from the name told in full.
const byLength = (a: string, b: string) =>
  [a, b].map((n) => searchKey(n).split(" ")).sort((x, y) => x.length - y.length);
const shortened = (a: string, b: string) => {
  const [short = [], full = []] = byLength(a, b);
  return short.length === 2 && full.length > 2 && full[0] === short[0] && full.slice(1).includes(short[1] ?? "");
};
// A level's word as searchKey writes it (Latin letters, Russian endings cut): областн-, облыстық, regional ….
const LEVEL = /^(?:oblast|gorodsk|raion|regional|oblis|kalalik|audandik|city|district)/u;
// («Таразда жұмыспен қамту орталығында» in a headline, «Тараз қаласының халықты жұмыспен қамту орталығында»
// in the report: three words or more that end the full name are it.)
const tail = (a: string, b: string) => {
  const [short = [], full = []] = byLength(a, b);
  // (Two words when the first is a level, «областной больницы» in a headline and «Кокшетауской
  // многопрофильной областной больницы» in the report; a town's «городская больница» too.)
  const level = short.length === 2 && LEVEL.test(short[0] ?? "");
  return (
    (short.length >= 3 || level) &&
    full.length > short.length &&
    full.slice(-short.length).join(" ") === short.join(" ")
  );
};
// («АО «ССГПО»» and «АО «Соколовско-Сарбайское горно-обогатительное производственное объединение»»: one
// company, by its initials — each word's first letter, and a hyphenated word's later parts' or not.)
const quotedPart = (name: string) => /«(.+)»/u.exec(name)?.[1] ?? name;
const abbreviates = (short: string, full: string) => {
  const words = full.split(/\s+/u).filter(Boolean);
  if (!/^\p{Lu}{3,6}$/u.test(short) || words.length < 2) return false;
  const initial = (part: string) => part.charAt(0).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = words.map((w) =>
    w
      .split("-")
      .map((p, i) => (i ? `(?:${initial(p)})?` : initial(p)))
      .join(""),
  );
  return new RegExp(`^${pattern.join("")}$`, "iu").test(short);
};
const byInitials = (a: string, b: string) =>
  abbreviates(quotedPart(a), quotedPart(b)) || abbreviates(quotedPart(b), quotedPart(a));
// (««Атамекен»» and «региональная палата предпринимателей «Атамекен»»: a body by its quoted name alone, and
// by its kind with it — not one of two quoted names, «… «Жастар Рухы» партии «AMANAT»», a party's wing.)
const quotedAlone = (a: string, b: string) => {
  const [short = "", full = ""] = [a, b].sort((x, y) => x.length - y.length);
  return (
    /^«[^«»]+»$/u.test(short) && full.length > short.length && full.includes(short) && full.split("«").length === 2
  );
};
export const sameFullName = (a: string, b: string) =>
  sameButNamesake(a, b) || shortened(a, b) || tail(a, b) || byInitials(a, b) || quotedAlone(a, b);
