// A market named in lower case by what it is, with its town: «на центральном
// рынке Павлодара», «на городском рынке «Береке»», «Павлодардың орталық
// базарында» — its traders' workplace, where the meeting was held, which
// hosts it unless another is said to have organised it (as "Traders at the
// Shymkent Central Market" name theirs).
import { heldAt } from "./held-at";
import { asHeading, masculineAdjective } from "./organisers";
import type { NamedInstitution } from "./named-institutions";

// (Its town in the genitive, not a speaker's name after it: «… рынке Павлодара», not «… рынке Ерлан Мусин».)
const RUSSIAN =
  /(?<![\p{L}])[Нн]а\s+(центральн|городск|вещев|оптов|колхозн|продовольственн)\p{Ll}*\s+рынке(\s+(?:города\s+)?\p{Lu}[\p{L}-]+(?:а|я|и)(?!\s+\p{Lu})|\s+«[^«»\n]{2,40}»)?(?![\p{L}])/gu;
const KAZAKH =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}-]+(?:ның|нің|дың|дің|тың|тің))\s+)?(орталық|қалалық)\s+базарында(?![\p{L}])/gu;

export function markets(text: string, aboutMeeting: (at: number) => boolean): NamedInstitution[] {
  const found = (m: RegExpMatchArray & { index: number }, name: string, start: number) =>
    heldAt(aboutMeeting, m, { name: asHeading(name), kind: "enterprise", place: true }, start);
  const russian = [...text.matchAll(RUSSIAN)].flatMap((m) =>
    found(m, `${masculineAdjective(m[1] ?? "")} рынок${m[2] ?? ""}`, m.index + m[0].indexOf(m[1] ?? "")),
  );
  const kazakh = [...text.matchAll(KAZAKH)].flatMap((m) =>
    found(m, `${m[1] ? `${m[1]} ` : ""}${m[2] ?? ""} базары`, m.index),
  );
  return [...russian, ...kazakh];
}
