// A trade union's body named by its level and trade, where a meeting was held:
// «в областном комитете профсоюза работников образования», «в городском
// совете профсоюзов», «облыстық білім қызметкерлері кәсіподағында», "at the
// regional committee of the education workers' trade union". It hosts what
// was held there unless another is said to have organised it. (A Kazakh
// council of unions, «облыстық кәсіподақтар кеңесінде», is read with the
// councils of veterans.)
import { heldAt } from "./held-at";
import { asHeading, masculineAdjectives } from "./organisers";
import type { NamedInstitution } from "./named-institutions";

const LEVEL_RU = String.raw`(?:(\p{Lu}\p{Ll}+ск)\p{Ll}+\s+)?(областн|городск|районн|региональн|отраслев|республиканск)\p{Ll}+`;
// («… работников образования и науки», «… работников здравоохранения»: its trade, in the genitive.)
const RUSSIAN = new RegExp(
  String.raw`(?<![\p{L}])[Вв]о?\s+${LEVEL_RU}\s+(?:(комитет|совет)е\s+(профсоюз(?:а|ов))|профсоюзе)(\s+работников\s+\p{Ll}+(?:\s+и\s+\p{Ll}+)?)?(?![\p{L}])`,
  "gu",
);
const KAZAKH =
  /(?<![\p{L}])([Оо]блыстық|[Ққ]алалық|[Аа]удандық|[Сс]алалық)\s+((?:\p{Ll}+\s+){0,3}?)кәсіподағында(?![\p{L}])/gu;
const ENGLISH =
  /(?<![\p{L}])(?:at|in)\s+the\s+((?:regional|city|district|sectoral)\s+(?:trade\s+union(?:\s+(?:committee|council))?(?:\s+of\s+[\p{Ll}-]+\s+workers)?|(?:committee|council)\s+of\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,3}trade\s+unions?))(?![\p{L}])/gu;

export function tradeUnions(text: string, aboutMeeting: (at: number) => boolean): NamedInstitution[] {
  const found = (m: RegExpMatchArray & { index: number }, name: string, start: number) =>
    heldAt(aboutMeeting, m, { name: asHeading(name.replace(/\s+/gu, " ")), kind: "trade_union", place: true }, start);
  const russian = [...text.matchAll(RUSSIAN)].flatMap((m) => {
    const level = masculineAdjectives(m[1], m[2]);
    const body = m[3] ? `${m[3]} ${m[4] ?? ""}` : "профсоюз";
    return found(m, `${level} ${body}${m[5] ?? ""}`, m.index + m[0].indexOf(m[1] ?? m[2] ?? ""));
  });
  const kazakh = [...text.matchAll(KAZAKH)].flatMap((m) => found(m, `${m[1] ?? ""} ${m[2] ?? ""}кәсіподағы`, m.index));
  const english = [...text.matchAll(ENGLISH)].flatMap((m) => found(m, m[1] ?? "", m.index + m[0].indexOf(m[1] ?? "")));
  return [...russian, ...kazakh, ...english];
}
