// The evaluation set's scores: each article's drafts against its annotated
// events (for now the seed documents, annotated in prisma/seed/documents.ts),
// per field and per language. `npm run extract:eval` prints them; the test
// next to this file holds them above floors that only go up.
import { readFileSync } from "node:fs";
import { cleanArticle } from "./clean";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";
import { personKey, sameperson } from "./people";
import { events, people, sources } from "../../prisma/seed/documents";
import type { Draft } from "./types";

type Tally = { hit: number; total: number };
type F1 = { tp: number; fp: number; fn: number };
export type Scores = Record<
  string,
  {
    region: Tally;
    district: Tally;
    date: Tally;
    campaign: Tally;
    format: Tally;
    audience: Tally;
    drafts: Tally;
    speakers: F1;
  }
>;

const tally = (): Tally => ({ hit: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.hit++;
};
export const rate = (t: Tally) => (t.total ? t.hit / t.total : 1);
export const f1 = (s: F1) => (s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);

export function evaluateSeeds(): Scores {
  const ref = offlineReference("2026-12-02");
  const scores: Scores = {};
  const names = new Map(people.map((p) => [p.key, [p.fullName, ...p.aliases]]));
  for (const s of sources) {
    const text = cleanArticle(readFileSync(`prisma/seed/data/documents/${s.file}`, "utf8"));
    const r = extractArticle({ id: s.key, text, url: s.url, publishedAt: s.publishedAt }, ref);
    const gold = events.filter((e) => e.source === s.key);
    const sc = (scores[s.language] ??= {
      region: tally(),
      district: tally(),
      date: tally(),
      campaign: tally(),
      format: tally(),
      audience: tally(),
      drafts: tally(),
      speakers: { tp: 0, fp: 0, fn: 0 },
    });
    add(sc.drafts, r.drafts.length === gold.length);
    const used = new Set<Draft>();
    for (const g of gold) {
      const d =
        r.drafts.find((x) => !used.has(x) && x.district?.name === g.district) ?? r.drafts.find((x) => !used.has(x));
      if (!d) continue;
      used.add(d);
      add(sc.region, d.region === g.region);
      add(sc.district, (d.district?.name ?? null) === (g.district ?? null));
      add(sc.date, d.date === g.date && d.datePrecision === g.datePrecision);
      add(sc.campaign, d.campaign === g.campaign);
      add(sc.format, d.format === g.format);
      add(
        sc.audience,
        d.audienceSize === (g.audienceSize ?? null) && d.audienceEstimate === (g.audienceEstimate ?? false),
      );
      const want = g.speakers.map((x) => names.get(x.person) ?? []);
      const found = d.speakers.map((x) => personKey(x.name));
      const matched = want.filter((w) => found.some((f) => w.some((n) => sameperson(personKey(n), f)))).length;
      sc.speakers.tp += matched;
      sc.speakers.fn += want.length - matched;
      sc.speakers.fp += found.length - matched;
    }
  }
  return scores;
}
