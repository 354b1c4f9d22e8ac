// Where one of a report's several meetings was: its own sentences' places,
// weighed against the place the whole report leans to.
import { guessPlace, type PlaceGuess } from "./place-guess";
import type { Gazetteer, Mention } from "./places";

/** A place in an agency's dateline counts a quarter; one inside a name (a university's, a plant's) a tenth. */
export const DATELINE_WEIGHT = 0.25;
export const IN_NAME_WEIGHT = 0.1;

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
  const here = mentions.filter((m) => indexes.includes(m.sentence));
  // (With no place of its own, the town in its host's name: "workers of the Atyrau Oil Refinery".)
  const named = here.filter((m) => (m.weight ?? 1) >= 1);
  const own = named.length ? named : here.filter((m) => m.weight === IN_NAME_WEIGHT);
  if (own.length === 0) return null;
  const guess = guessPlace(own, [], gazetteer, text);
  return guess.region && (guess.region !== report.region || report.uncertain) && !guess.uncertain ? guess : null;
}
