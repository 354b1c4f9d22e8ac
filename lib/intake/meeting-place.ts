// Where one of a report's several meetings was: its own sentences' places,
// weighed against the place the whole report leans to.
import { guessPlace, IN_NAME_WEIGHT, type PlaceGuess } from "./place-guess";
import type { Gazetteer, Mention } from "./places";

/**
 * Deputies' meetings in several regions ("In Karaganda … In Petropavl …"):
 * a meeting whose own sentences name another region for sure is there, not
 * in the region the whole report leans to (often the agency's dateline).
 */
export function placeOfMeeting(
  mentions: Mention[],
  indexes: number[],
  report: PlaceGuess,
  gazetteer: Gazetteer,
  text: string,
): PlaceGuess | null {
  // («Сайрам ауданында … Ақсу ауылындағы мектепте»: in a report placed in a region, one of its villages,
  // not the namesake district of another.)
  const here = mentions.filter(
    (m) =>
      indexes.includes(m.sentence) &&
      !(m.village && report.region !== null && m.entries.every((e) => e.iso !== report.region)),
  );
  // (With no place of its own, the town in its host's name: "workers of the Atyrau Oil Refinery".)
  const named = here.filter((m) => (m.weight ?? 1) >= 1);
  const own = named.length ? named : here.filter((m) => m.weight === IN_NAME_WEIGHT);
  if (own.length === 0) return null;
  const guess = guessPlace(own, [], gazetteer, text);
  return guess.region && (guess.region !== report.region || report.uncertain) && !guess.uncertain ? guess : null;
}

/** The district or town of the region that the given sentences name first. */
export function districtNamed(
  mentions: Mention[],
  sentences: number[],
  region: string | null,
  text: string,
  reported?: number,
): { district: { id: number; name: string }; span: { start: number; end: number } } | null {
  // ("the Kostanay Minerals JSC in Zhitikara": a place named on its own before one inside a name.)
  for (const m of [...mentions].sort((a, b) => +(a.weight === IN_NAME_WEIGHT) - +(b.weight === IN_NAME_WEIGHT))) {
    if (!sentences.includes(m.sentence) || m.generic === "region") continue;
    // ("In Pavlodar, …", "PAVLODAR, March 3 –": a bare name that is a town and a district is the town.)
    const here = m.entries.filter((x) => x.iso === region && x.district);
    // (Inside a quoted name, «ТОО «Агрофирма Жамбыл»», a district's name is no town's old one — unless the
    // report is in that town, «Павлодар қаласында … «Павлодар мұнай-химия зауыты» ЖШС»; "the Pavlodar
    // Petrochemical Plant" is in the town.)
    const before = text.slice(0, m.span.start);
    const bare =
      m.generic === null && (m.weight !== IN_NAME_WEIGHT || before.lastIndexOf("«") <= before.lastIndexOf("»"));
    // («Павлодар қаласында», «Павлодар ауданында»: the kind its word names.)
    const kind = bare ? "city" : m.generic;
    const e = (kind ? here.find((x) => x.kind === kind) : here.find((x) => x.district?.id === reported)) ?? here[0];
    if (e?.district) return { district: e.district, span: m.span };
  }
  return null;
}
