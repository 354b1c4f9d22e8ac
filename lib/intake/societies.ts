// A society of blind, deaf or disabled people by its kind, with its branch or
// not: «в Костанайском областном филиале Казахского общества слепых», «с
// членами общества глухих», «Қазақ соқырлар қоғамының Қостанай облыстық
// филиалында», "members of the Akmola regional branch of the Kazakh Society
// of the Deaf", «в обществе инвалидов», «мүгедектер қоғамында» — where a
// meeting was held, or whose members came. It hosts what was held there, as
// an Assembly's branch does, unless another is said to have organised it.
import { heldAt } from "./held-at";
import { asHeading, masculineAdjectives } from "./organisers";
import type { NamedInstitution } from "./named-institutions";

const RUSSIAN_MEMBERS = String.raw`слепых|глухих|инвалидов\s+по\s+зрению|инвалидов\s+по\s+слуху|инвалидов`;
// («Костанайском областном филиале», «городского филиала»: the branch's town and level, put back in the nominative.)
const RUSSIAN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(\p{Lu}\p{Ll}+ск)\p{Ll}+\s+)?(?:(областн|городск|районн|региональн)\p{Ll}+\s+)?филиал\p{Ll}*\s+(Казахского\s+)?общества|(Казахск\p{Ll}+\s+)?[Оо]бществ\p{Ll}*)\s+(${RUSSIAN_MEMBERS})(?![\p{L}])`,
  "gu",
);
const KAZAKH =
  /(?<![\p{L}])((?:Қазақ\s+)?(?:соқырлар|саңыраулар|зағиптар|мүгедектер)\s+қоғам)(?:ы|ының|ында|ымен|ына)(?:\s+((?:\p{Lu}[\p{L}-]+\s+)?(?:облыстық|қалалық|аудандық|өңірлік)\s+филиал)(?:ы|ының|ында|ымен|ына))?(?![\p{L}])/gu;
const ENGLISH =
  /(?<![\p{L}])((?:(?:[A-Z][\p{L}-]+\s+)?(?:regional|city|district)\s+branch\s+of\s+the\s+)?(?:Kazakh\s+)?[Ss]ociety\s+of\s+(?:the\s+(?:[Bb]lind|[Dd]eaf|[Dd]isabled)|(?:[Pp]ersons|[Pp]eople)\s+with\s+[Dd]isabilities|[Dd]isabled\s+[Pp]eople))(?![\p{L}])/gu;

export function societies(text: string, aboutMeeting: (at: number) => boolean): NamedInstitution[] {
  const found = (m: RegExpMatchArray & { index: number }, name: string) =>
    heldAt(aboutMeeting, m, { name: asHeading(name), kind: "ngo", place: true });
  const russian = [...text.matchAll(RUSSIAN)].flatMap((m) => {
    const members = (m[5] ?? "").replace(/\s+/gu, " ");
    if (m[0].includes("филиал")) {
      const branch = masculineAdjectives(m[1], m[2]);
      return found(m, `${branch} филиал ${m[3] ?? ""}общества ${members}`.trim());
    }
    return found(m, `${m[4] ? "Казахское " : ""}общество ${members}`);
  });
  const kazakh = [...text.matchAll(KAZAKH)].flatMap((m) => found(m, m[2] ? `${m[1]}ының ${m[2]}ы` : `${m[1]}ы`));
  const english = [...text.matchAll(ENGLISH)].flatMap((m) => found(m, m[1] ?? ""));
  return [...russian, ...kazakh, ...english];
}
