// Regions by their abbreviations as written (ВКО, ШҚО, БҚО, WKR), from the
// reference's aliases. Compared letter for letter, not by the search key,
// which reads ВКО like WKO (West Kazakhstan) and СКО like ШҚО (North and East).
import reference from "../../prisma/seed/data/regions.json";

/** An alias that is an abbreviation: two to five capitals. */
export const isAbbreviation = (alias: string) => /^\p{Lu}{2,5}$/u.test(alias);

// Typed by assignment, so the compiler checks the JSON against it.
const refs: ReadonlyArray<{ iso: string; aliases?: Record<string, string[]> }> = reference.regions;

/** ISO code by abbreviation, exactly as written. */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  refs.flatMap((r) =>
    Object.values(r.aliases ?? {})
      .flat()
      .filter(isAbbreviation)
      .map((a) => [a, r.iso] as const),
  ),
);
