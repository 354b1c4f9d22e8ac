// Which region and district a report's place names point to most: each
// mention read as what its generic word lets it be, weighed by kind, by how
// early it comes and how sure it is; a district named in the text wins over
// an agency's dateline city.
import { labelFor } from "./place-context";
import { sameWord } from "./words";
import type { Entry, Gazetteer, Mention } from "./places";
import type { Span } from "./types";

/**
 * The entries a mention can mean, given its generic word ("Абай ауданы" is no
 * region); "the town of Abai" with no town of that name is the district it is
 * the centre of.
 */
function readings(m: Mention): Entry[] {
  const fits = (e: Entry) =>
    m.generic === null
      ? true
      : m.generic === "region"
        ? // («в Таразском региональном университете»: a town's "regional" university is the town's.)
          e.kind === "region" || (!m.entries.some((x) => x.kind === "region") && e.kind === "city")
        : m.generic === "district"
          ? // ("the Kulsary district": a town's name with the wrong kind means its district.)
            e.kind === "district" || (!m.entries.some((x) => x.kind === "district") && e.kind === "city")
          : e.kind === "city" || (!m.entries.some((x) => x.kind === "city") && e.kind === "district");
  // A district named without its generic word counts only with a long name:
  // "May 6" is no May District, "Abai" alone is rather the region or the poet.
  const long = (e: Entry) => m.generic !== null || e.kind !== "district" || e.tokens.join("").length >= 5;
  const kept = m.entries.filter(fits).filter(long);
  // "Pavlodar aluminium smelter": a bare name that is a town and a district of
  // the same name means the town; "ALMATY –" is the city, not Astana's Almaty
  // District, nor the region around it («в Алматы» is not Алматы облысы).
  // («Ақмолада»: a region's name that was once a town's, Astana's, is the region's now.)
  const city =
    m.generic === null
      ? kept.find((e) => e.kind === "city" && !(e.former && kept.some((x) => x.kind === "region")))
      : undefined;
  return city ? kept.filter((e) => e.kind === "city" || (e.kind === "region" && e.iso === city.iso)) : kept;
}

/** A place in an agency's dateline counts a quarter; one inside a name (a university's, a plant's) a tenth. */
export const DATELINE_WEIGHT = 0.25;
export const IN_NAME_WEIGHT = 0.1;
const WEIGHT = { region: 2, district: 3, city: 3 } as const;

export type PlaceGuess = {
  region: string | null;
  district: { id: number; name: string } | null;
  locality: string | null;
  regionSpans: Span[];
  districtSpans: Span[];
  uncertain: boolean;
};

// «Карагандинском»: a Russian adjective, which may be the region's.
const ADJECTIVE = /(?:ск|цк)(?:ий|ая|ое|ого|ому|ом|ой|ую|им|их|ие)$/u;

/** The region and district the mentions point to most, with the words that said so. */
export function guessPlace(mentions: Mention[], urlKeys: string[], g: Gazetteer, text: string): PlaceGuess {
  const score = new Map<string, number>();
  // A sentence naming three or more places for sure is a list ("Almaty, Zhambyl,
  // Kyzylorda and Turkestan regions"): each counts a third.
  const perSentence = new Map<number, number>();
  const sure = new Map<number, Set<string>>();
  for (const m of mentions) {
    const isos = new Set(readings(m).map((e) => e.iso));
    if (isos.size === 1) sure.set(m.sentence, new Set([...(sure.get(m.sentence) ?? []), ...isos]));
  }
  for (const [k, v] of sure) perSentence.set(k, v.size);
  for (const m of mentions) {
    const r = readings(m);
    const isos = new Set(r.map((e) => e.iso));
    const listed = (perSentence.get(m.sentence) ?? 1) >= 3 ? 3 : 1;
    const bare = m.generic === null && r.every((e) => e.kind === "region") ? 0.5 : 1;
    const early = (m.sentence <= 1 ? 1.5 : 1) * (m.weight ?? 1);
    for (const e of r) {
      const w = (WEIGHT[e.kind] * bare * early) / listed / isos.size / r.filter((x) => x.iso === e.iso).length;
      score.set(e.iso, (score.get(e.iso) ?? 0) + w);
    }
  }
  for (const k of urlKeys) {
    for (const e of g.entries.get(k.slice(0, 4)) ?? []) {
      if (e.tokens.length === 1 && sameWord(k, e.tokens[0] ?? "")) score.set(e.iso, (score.get(e.iso) ?? 0) + 1.5);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top)
    return { region: null, district: null, locality: null, regionSpans: [], districtSpans: [], uncertain: true };
  const iso = top[0];
  const regionSpans = mentions.filter((m) => readings(m).some((e) => e.iso === iso)).map((m) => m.span);
  // A district named in the text wins over the agency's dateline city, which
  // stands when nothing else names one ("KARAGANDA – Miners of the … mine").
  const named = mentions.filter((m) => (m.weight ?? 1) >= 1);
  const regionAdjective = (m: Mention) =>
    ADJECTIVE.test(text.slice(m.span.start, m.span.end)) && readings(m).some((x) => x.kind === "region");
  // ("Aktobe chrome workers …" over "met on Friday in Khromtau": a headline's town that is also its region's name
  // may mean only the region, against a town the report names.)
  const headlineRegion = (m: Mention) => m.sentence === 0 && readings(m).some((x) => x.kind === "region");
  const regionLabel = (m: Mention) =>
    /^\s*:/u.test(text.slice(m.span.end, m.span.end + 3)) && readings(m).some((x) => x.kind === "region");
  // (A town listed under two spellings, «Петропавловск» and «Петропавл», is one hit.)
  const once = (es: Entry[]) =>
    es.filter((e, i) => es.findIndex((x) => x.district?.id === e.district?.id && x.kind === e.kind) === i);
  // ("Turkestan: akim meets …" under "TURKESTAN REGION, March 3 —": a headline's label the agency's dateline
  // calls a region is that region; a regional body's name, "the Aktobe Regional …", says nothing of the kind.)
  const spelt = (m: Mention) => text.slice(m.span.start, m.span.end).toLowerCase();
  const calledRegion = (m: Mention) =>
    regionLabel(m) &&
    mentions.some((x) => x.generic === "region" && x.weight === DATELINE_WEIGHT && spelt(x).startsWith(spelt(m)));
  const hitsIn = (ms: Mention[]) =>
    ms.flatMap((m) =>
      (calledRegion(m) ? [] : once(readings(m))).flatMap((e) =>
        // "Қарағанды облысында" names the region, never its city.
        e.iso === iso && e.district && (m.generic !== "region" || e.kind === "city")
          ? [
              {
                district: e.district,
                span: m.span,
                kind: e.kind,
                label: labelFor(e.labels, text.slice(m.span.start, m.span.end)),
                // Named with its kind ("Шахтинск қаласындағы", "в Кордайском районе"): where it happened;
                // a headline's label that is also its region's name ("Aktobe: Kazchrome workers …"): maybe only the region.
                // («на Карагандинском угольном разрезе»: an adjective that may be the region's, against «посетили Шахтинск».)
                weight:
                  m.generic !== null ? 2 : regionLabel(m) ? 0.5 : regionAdjective(m) || headlineRegion(m) ? 0.75 : 1,
                sentence: m.sentence,
              },
            ]
          : [],
      ),
    );
  const hitsNamed = hitsIn(named);
  const districtHits = hitsNamed.length ? hitsNamed : hitsIn(mentions);
  // "Teachers from the Bostandyk, Almaly and Auezov districts": a sentence
  // listing several districts places the meeting in none of them. («Целиноград
  // ауданында Қосшы қаласының тұрғындарымен»: a town the sentence names in a
  // district is where, though the list counts it apart.)
  // («Жамбыл, Қордай және Меркі аудандарында», "Zhambyl, Kordai and Merke districts": a town's old name heading
  // a list of districts is the district of that name, listed with the others.)
  const listed = (o: (typeof districtHits)[number], d: (typeof districtHits)[number]) =>
    o.kind === "district" &&
    o.span.start > d.span.end &&
    /^\s*(?:,|және|мен|и|and)\s*$/u.test(text.slice(d.span.end, o.span.start));
  const single = districtHits.filter(
    (d) =>
      !districtHits.some(
        (o) =>
          o.sentence === d.sentence &&
          o.district.id !== d.district.id &&
          (o.kind === d.kind || d.kind === "district" || listed(o, d)),
      ),
  );
  const counts = new Map<number, number>();
  for (const d of single) counts.set(d.district.id, (counts.get(d.district.id) ?? 0) + d.weight);
  const best = single.sort((a, b) => (counts.get(b.district.id) ?? 0) - (counts.get(a.district.id) ?? 0))[0];
  const locality = districtHits.find(
    (d) =>
      d.kind === "city" && (!best || d.district.id === best.district.id) && !districtHits.some((o) => listed(o, d)),
  );
  return {
    region: iso,
    district: best?.district ?? null,
    locality: locality?.label ?? null,
    regionSpans,
    districtSpans: best ? districtHits.filter((d) => d.district.id === best.district.id).map((d) => d.span) : [],
    uncertain: second !== undefined && second[1] > top[1] * 0.6,
  };
}
