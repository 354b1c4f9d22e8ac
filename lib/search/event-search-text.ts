import { searchTextOf } from "./normalize";

type Named = { name: string; aliases: string[] };

/**
 * Separates the words a search ranks first (title, speakers, organisations)
 * from the rest (summary, locality) in an event's search text. Search keys are
 * [a-z0-9] only, so the mark never occurs inside a word; the ranking
 * (lib/data/sql/dialect.ts `searchRank`) reads the text up to it.
 */
export const SEARCH_RANK_MARK = "#";

/** Everything a text search over events looks at, as one normalised string. */
export function eventSearchText(e: {
  title: string;
  summary?: string | null;
  locality?: string | null;
  people: Named[];
  organizations: Named[];
}): string {
  const first = searchTextOf([
    e.title,
    ...e.people.flatMap((p) => [p.name, ...p.aliases]),
    ...e.organizations.flatMap((o) => [o.name, ...o.aliases]),
  ]);
  return `${first}${SEARCH_RANK_MARK}${searchTextOf([e.summary, e.locality])}`;
}
