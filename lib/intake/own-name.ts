// «в Кызылординском высшем колледже «Болашак»»: an institution named by its
// kind and place, then by its own quoted name. The quoted name is part of the
// institution's name, not a second organisation.
import type { NamedInstitution } from "./named-institutions";

const OWN_NAME = /^\s«[^«»]{2,40}»/u;

/** `found`, with the quoted name that directly follows it in `text` added to its name and span. */
export function withOwnName(found: NamedInstitution, text: string): NamedInstitution {
  const own = OWN_NAME.exec(text.slice(found.end))?.[0];
  return own ? { ...found, name: `${found.name} ${own.trim()}`, end: found.end + own.length } : found;
}
