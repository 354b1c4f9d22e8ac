// The Assembly's House of Friendship in a town («в Доме дружбы», «Достық
// үйінде», "at the House of Friendship", "Friendship House"), where a meeting
// was held: it hosts the meeting unless the report names who organised it.
// (A House or Palace of Culture, or a House of Veterans («Ардагерлер үйінде»,
// «в Доме ветеранов»), is only where, as the evaluation set has it.)
import { heldAt } from "./held-at";
import type { NamedInstitution } from "./named-institutions";

const FRIENDSHIP =
  /(?<![\p{L}])(?:[Вв]\s+(?:(?:областном|городском|районном)\s+)?Доме\s+дружбы|(?:(?:облыстық|қалалық|аудандық)\s+)?Достық\s+үйінде|(?:at|in)\s+the\s+(?:(?:regional|city|district)\s+)?(House\s+of\s+Friendship|Friendship\s+House))(?![\p{L}])/gu;

export function housesOfFriendship(text: string, aboutMeeting: (at: number) => boolean): NamedInstitution[] {
  return [...text.matchAll(FRIENDSHIP)].flatMap((m) => {
    const name = m[1] ? "House of Friendship" : m[0].includes("Достық") ? "Достық үйі" : "Дом дружбы";
    return heldAt(aboutMeeting, m, { name, kind: "other", place: true });
  });
}
