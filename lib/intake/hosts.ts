// Who hosts a report's meetings, of the organisations it names.
import type { FoundOrganization } from "./organizations";

/**
 * `visitor`: who runs the article's visit or campaign — the first organisation
 * named (never a body named for a speaker), every meeting's host in a report
 * of several. `single`: the host of a report of one meeting — rather the
 * organisation whose staff it was with than the organiser.
 */
export function hostsOf(organizations: FoundOrganization[]) {
  const byPosition = organizations.slice().sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
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
