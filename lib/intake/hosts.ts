// Who hosts a report's meetings, of the organisations it names.
import { inRoleOf, type FoundPerson } from "./people";
import type { FoundOrganization } from "./organizations";

// ("… was given by Yerbol Saparov, a professor of constitutional law at the Aktobe Regional University"):
// an organisation named only in the title written after a speaker's name is where the speaker works,
// not who hosted (a title before the name, «ректор университета …», is often the host's own).
const inTitleOnly = (o: FoundOrganization, people: FoundPerson[], text: string) =>
  o.spans.every((sp) => {
    const named = text.slice(sp.start, sp.end);
    return inRoleOf(
      people,
      named,
      (ps) => ps.end <= sp.start && sp.start - ps.end < 200 && !/[.!?]/u.test(text.slice(ps.end, sp.start)),
    );
  });

/**
 * `visitor`: who runs the article's visit or campaign — the first organisation
 * named (never a body named for a speaker), every meeting's host in a report
 * of several. `single`: the host of a report of one meeting — rather the
 * organisation whose staff it was with than the organiser.
 */
export function hostsOf(organizations: FoundOrganization[], people: FoundPerson[], text: string) {
  const byPosition = organizations
    .filter((o) => !inTitleOnly(o, people, text))
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  const organiser = byPosition.find((o) => !o.body && !o.collective && !o.joint) ?? null;
  // A plant, a school, or a hospital or centre named only as where one of several meetings was held, runs none of the others.
  const visitor =
    organiser && organiser.kind !== "enterprise" && organiser.kind !== "education" && !organiser.place
      ? organiser
      : null;
  // (The workplace before whoever organised it, who hosts too, though named after it in its sentence.)
  const collective = (o: FoundOrganization) => o.collective && !o.joint;
  const first = byPosition.find(collective);
  const workplace = byPosition.find((o) => collective(o) && !o.organised && o.sentence <= (first?.sentence ?? -1));
  return { visitor, single: workplace ?? first ?? organiser };
}
