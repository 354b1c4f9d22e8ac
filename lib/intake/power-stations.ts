// A power station by its kind and number: «На ГРЭС-2 энергетикам …», «на
// Экибастузской ГРЭС-1», «ТЭЦ-3» — where a meeting was, or whose workers came.
import type { OrgKind } from "../domain/enums";

const POWER_STATION = /(?<![\p{L}])(?:(\p{Lu}\p{Ll}+ск(?:ая|ой|ую))\s+)?(ГРЭС|ТЭЦ|ГЭС)(?:-(\d{1,2}))?(?![\p{L}\d-])/gu;

export function powerStations(text: string, aboutMeeting: (at: number) => boolean) {
  const stations = [...text.matchAll(POWER_STATION)].map((m) => ({
    m,
    // (Its town's adjective in the nominative: an abbreviation of «станция», feminine.)
    name: [m[1]?.replace(/(?:ой|ую)$/u, "ая") ?? "", `${m[2]}${m[3] ? `-${m[3]}` : ""}`].join(" ").trim(),
  }));
  return stations.flatMap(({ m, name }) => {
    // («с работниками ТЭЦ» in a headline, «на Талдыкорганской ТЭЦ» in the report: the one named in full.)
    const full = m[1] || m[3] ? undefined : stations.find((o) => o.m[2] === m[2] && (o.m[1] || o.m[3]));
    const kind: OrgKind = "enterprise";
    return aboutMeeting(m.index)
      ? [{ name: full?.name ?? name, kind, start: m.index, end: m.index + m[0].length }]
      : [];
  });
}
