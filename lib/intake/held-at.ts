// A body a rule's match names where a meeting was held: kept when the match's
// sentence tells of the meeting, spanning from `start` (the match's own unless
// the name starts later in it) to the match's end. Shared by the rules for
// bodies in lower case (councils, societies, unions, markets, houses).
import type { NamedInstitution } from "./named-institutions";

export const heldAt = (
  aboutMeeting: (at: number) => boolean,
  m: RegExpMatchArray & { index: number },
  body: Omit<NamedInstitution, "start" | "end">,
  start = m.index,
): NamedInstitution[] => (aboutMeeting(m.index) ? [{ ...body, start, end: m.index + m[0].length }] : []);
