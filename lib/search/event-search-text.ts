import { searchTextOf } from "./normalize";

type Named = { name: string; aliases: string[] };

/** Everything a text search over events looks at, as one normalised string. */
export function eventSearchText(e: {
  title: string;
  summary?: string | null;
  locality?: string | null;
  people: Named[];
  organizations: Named[];
}): string {
  return searchTextOf([
    e.title,
    e.summary,
    e.locality,
    ...e.people.flatMap((p) => [p.name, ...p.aliases]),
    ...e.organizations.flatMap((o) => [o.name, ...o.aliases]),
  ]);
}
