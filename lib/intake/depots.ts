// A railway depot (or a bus park) by its kind: «с коллективом локомотивного депо станции
// Аягоз», «в вагонном депо Уральска», «Ақтөбе локомотив депосының ұжымымен» —
// where a meeting was, or whose workers came. «Депо» takes no case ending and
// its Russian adjectives are neuter, so it is read apart from the plants and
// factories of named-institutions.
import { KAZAKH_OPENER } from "./kazakh-institutions";
import type { OrgKind } from "../domain/enums";

const KIND = String.raw`(?:[Лл]окомотивн|[Вв]агонн|[Мм]оторвагонн|[Ээ]ксплуатационн|[Рр]емонтн|[Сс]ервисн)\p{Ll}*`;
// («депо станции Аягоз», «депо Уральска»: the station or town whose depot it is, in the genitive.)
const RUSSIAN = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}\p{Ll}+ск\p{Ll}*\s+)?${KIND}(?:\s+${KIND}){0,2})\s+депо(?:\s+(станци[иея]\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?[\p{L}\d]+)?|\p{Lu}\p{Ll}+(?:ска|ы|и|а|я)(?![\p{L}])))?(?![\p{L}])`,
  "gu",
);
// («Шу стансасының локомотив депосында», «Петропавл локомотив пайдалану депосының ұжымымен»;
// «Бүгін …», when the sentence opens, is no part of the name. Read here, not as one of KAZAKH_NAMED's nouns:
// beside its company, «"ҚТЖ" ҰК АҚ Петропавл … депосында», a depot is the company's site, unlike a plant.)
const KAZAKH = new RegExp(
  String.raw`(?<![\p{L}])(?!${KAZAKH_OPENER}\s)((?:\p{Lu}[\p{L}-]*\s+){1,2}(?:стансасының\s+)?)(локомотив|вагон)\s+(пайдалану\s+|жөндеу\s+)?депо(?:сы|сын)(?:да|ның)(?![\p{L}])`,
  "gu",
);
// A company named by its legal form in its paragraph («Перед работниками филиала АО «НК «ҚТЖ»»): the
// depot is its site, and the company the organisation.
const COMPANY = /(?:АО|ТОО|ЖШС|АҚ|JSC|LLP)\s*[«"“]|[»"”]\s*(?:Т?ҰК\s+)?(?:АО|АҚ|ЖШС|ТОО)(?![\p{L}])/u;

// A city's bus park by its number: «№1 автобус паркінде», «в автобусном парке №3», «автопарка №2», "at bus
// park No. 1" — its drivers' and mechanics' workplace.
const BUS_PARKS: Array<[RegExp, (n: string) => string]> = [
  [/(?<![\p{L}])№\s*(\d+)\s+автобус\s+парк(?:інде|інің|іне|і)(?![\p{L}])/gu, (n) => `№${n} автобус паркі`],
  [/(?<![\p{L}])(?:[Аа]втобусн\p{L}*\s+парк|[Аа]втопарк)\p{L}*\s*№\s*(\d+)/gu, (n) => `Автобусный парк №${n}`],
  [/(?<![\p{L}])[Bb]us\s+(?:park|fleet|depot)\s+(?:No\.?|№|#)\s*(\d+)/gu, (n) => `Bus park No. ${n}`],
];

/** «локомотивного» → «локомотивное»: an adjective of «депо», neuter, in the nominative. */
const neuter = (word: string) => word.replace(/(?:ого|ому|ым|ом|ое)$/u, "ое");

export function depots(text: string, aboutMeeting: (at: number) => boolean) {
  const paragraph = (at: number) => {
    const end = text.indexOf("\n", at);
    return text.slice(text.lastIndexOf("\n", at) + 1, end < 0 ? text.length : end);
  };
  const named = (at: number) => aboutMeeting(at) && !COMPANY.test(paragraph(at));
  const kind: OrgKind = "enterprise";
  const russian = [...text.matchAll(RUSSIAN)]
    .filter((m) => named(m.index))
    .map((m) => {
      const adjectives = (m[1] ?? "").split(/\s+/u).map(neuter).join(" ");
      const whose = m[2] ? ` ${m[2].replace(/^станци[еия]/u, "станции")}` : "";
      return {
        name: `${adjectives} депо${whose}`.replace(/^./u, (c) => c.toUpperCase()),
        kind,
        start: m.index,
        end: m.index + m[0].length,
      };
    });
  const kazakh = [...text.matchAll(KAZAKH)]
    .filter((m) => named(m.index))
    .map((m) => ({
      name: `${m[1]}${m[2]} ${m[3] ?? ""}депосы`,
      kind,
      start: m.index,
      end: m.index + m[0].length,
    }));
  const parks = BUS_PARKS.flatMap(([re, name]) =>
    [...text.matchAll(re)]
      .filter((m) => aboutMeeting(m.index))
      .map((m) => ({ name: name(m[1] ?? ""), kind, start: m.index, end: m.index + m[0].length })),
  );
  return [...russian, ...kazakh, ...parks];
}
