// The evaluation set's scores: each article's drafts against its annotation
// (eval/intake/*.txt + *.json, written by the team in news style, plus the
// five seed documents annotated in prisma/seed/documents.ts), per field and
// per language. `npm run extract:eval` prints them; the test next to this file
// holds them above floors that only go up.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cleanArticle, htmlPublished } from "./clean";
import { draftSide, looksSame } from "./duplicates";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";
import { orgKey } from "./org-key";
import { personKey, sameperson } from "./person-key";
import { events, people, sources } from "../../prisma/seed/documents";
import type { ArticleResult, Draft } from "./types";
import type { Language } from "../domain/enums";

type Gold = {
  region: string;
  district: string | null;
  date: string;
  datePrecision: string;
  /** How the date was found (annotated on the eval set, not on the seeds). */
  dateSource?: string;
  campaign: string;
  format: string;
  audienceSize: number | null;
  audienceEstimate: boolean;
  /** Who the meeting was with (annotated on newer cases and the seeds). */
  audiences?: string[];
  speakers: Array<{ name: string; aliases?: string[] }>;
  organizations: Array<{ name: string; aliases?: string[]; role: string }>;
  duplicateOf?: string;
};
type Case = {
  id: string;
  language: Language;
  text: string;
  url: string | null;
  publishedAt: string | null;
  isOutreach: boolean;
  drafts: Gold[];
};

const EVAL_DIR = "eval/intake";

function evalSet(): Case[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, "");
      const ann = JSON.parse(readFileSync(path.join(EVAL_DIR, f), "utf8")) as Omit<Case, "id" | "text">;
      return { ...ann, id, text: readFileSync(path.join(EVAL_DIR, `${id}.txt`), "utf8") };
    });
}

function seedSet(): Case[] {
  const names = new Map(people.map((p) => [p.key, p]));
  return sources.map((s) => ({
    id: s.key,
    language: s.language,
    text: readFileSync(`prisma/seed/data/documents/${s.file}`, "utf8"),
    url: s.url,
    publishedAt: s.publishedAt,
    isOutreach: true,
    drafts: events
      .filter((e) => e.source === s.key)
      .map((e) => ({
        ...e,
        district: e.district ?? null,
        audienceSize: e.audienceSize ?? null,
        audienceEstimate: e.audienceEstimate ?? false,
        speakers: e.speakers.flatMap((x) => {
          const p = names.get(x.person);
          return p ? [{ name: p.fullName, aliases: p.aliases }] : [];
        }),
        organizations: [],
      })),
  }));
}

type Tally = { hit: number; total: number };
type PRF = { tp: number; fp: number; fn: number };
const FIELDS = [
  "outreach",
  "drafts",
  "region",
  "district",
  "date",
  "dateSource",
  "campaign",
  "format",
  "audience",
  "estimate",
  "audienceTypes",
] as const;
/** Every scored field that is a share of hits (the rest are P/R/F1: speakers, hosts). */
export const TALLIES = [...FIELDS, "duplicates"] as const;
export type TallyField = (typeof TALLIES)[number];
export type LanguageScores = Record<TallyField, Tally> & { speakers: PRF; hosts: PRF };
export type Scores = Partial<Record<Language, LanguageScores>>;

/** The scores of all languages together. */
export function overall(scores: Scores): LanguageScores {
  const total = empty();
  for (const s of Object.values<LanguageScores>(scores)) {
    for (const k of TALLIES) {
      total[k].hit += s[k].hit;
      total[k].total += s[k].total;
    }
    for (const k of ["speakers", "hosts"] as const) {
      total[k].tp += s[k].tp;
      total[k].fp += s[k].fp;
      total[k].fn += s[k].fn;
    }
  }
  return total;
}

export const rate = (t: Tally) => (t.total ? t.hit / t.total : 1);
export const f1 = (s: PRF) => (s.tp + s.fp + s.fn === 0 ? 1 : (2 * s.tp) / (2 * s.tp + s.fp + s.fn));
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.hit++;
};
const empty = (): LanguageScores => ({
  ...(Object.fromEntries(TALLIES.map((f) => [f, { hit: 0, total: 0 }])) as Record<TallyField, Tally>),
  speakers: { tp: 0, fp: 0, fn: 0 },
  hosts: { tp: 0, fp: 0, fn: 0 },
});

function count(s: PRF, wanted: string[][], found: string[], same: (a: string, b: string) => boolean) {
  const matched = wanted.filter((w) => found.some((f) => w.some((n) => same(n, f)))).length;
  s.tp += matched;
  s.fn += wanted.length - matched;
  s.fp += Math.max(0, found.length - matched);
}
const samePerson = (a: string, b: string) => sameperson(personKey(a), personKey(b));
const sameOrganization = (a: string, b: string) => orgKey(a) === orgKey(b);

export function evaluate(): Scores {
  const ref = offlineReference("2026-12-02");
  const scores: Scores = {};
  const results = new Map<string, ArticleResult>();
  const cases = [...seedSet(), ...evalSet()];
  for (const c of cases) {
    // As the intake command reads it: the date given, else the one the page's HTML declares.
    const publishedAt = c.publishedAt || htmlPublished(c.text) || null;
    const r = extractArticle({ id: c.id, text: cleanArticle(c.text), url: c.url, publishedAt }, ref);
    results.set(c.id, r);
    const sc = (scores[c.language] ??= empty());
    add(sc.outreach, r.isOutreach === c.isOutreach);
    add(sc.drafts, r.drafts.length === c.drafts.length);
    // Each annotated meeting is paired with a draft in the same district if
    // any, else in the same region, else with any draft left (a report of
    // several towns drafted as one meeting pairs with the town it names).
    const pairs = new Map<Gold, Draft>();
    const used = new Set<Draft>();
    const tiers: Array<(g: Gold, d: Draft) => boolean> = [
      (g, d) => g.district !== null && d.district?.name === g.district,
      (g, d) => d.region === g.region,
      () => true,
    ];
    for (const tier of tiers) {
      for (const g of c.drafts) {
        const d = pairs.has(g) ? undefined : r.drafts.find((x) => !used.has(x) && tier(g, x));
        if (!d) continue;
        pairs.set(g, d);
        used.add(d);
      }
    }
    for (const g of c.drafts) {
      const d = pairs.get(g);
      if (!d) continue;
      add(sc.region, d.region === g.region);
      add(sc.district, (d.district?.name ?? null) === g.district);
      add(sc.date, d.date === g.date && d.datePrecision === g.datePrecision);
      if (g.dateSource) add(sc.dateSource, d.dateSource === g.dateSource);
      add(sc.campaign, d.campaign === g.campaign);
      add(sc.format, d.format === g.format);
      add(sc.audience, d.audienceSize === g.audienceSize);
      add(sc.estimate, d.audienceEstimate === g.audienceEstimate);
      if (g.audiences) add(sc.audienceTypes, [...d.audiences].sort().join() === [...g.audiences].sort().join());
      count(
        sc.speakers,
        g.speakers.map((s) => [s.name, ...(s.aliases ?? [])]),
        d.speakers.map((s) => s.name),
        samePerson,
      );
      // Host organisations: the eval set annotates them; the seeds' are kept out (their host naming differs).
      if (!c.id.startsWith("doc-")) {
        count(
          sc.hosts,
          g.organizations.filter((o) => o.role === "host").map((o) => [o.name, ...(o.aliases ?? [])]),
          d.organizations.filter((o) => o.role === "host").map((o) => o.name),
          sameOrganization,
        );
      }
    }
  }
  // Reports of one meeting, in two languages: found as one when their first drafts look alike.
  for (const c of cases) {
    const other = c.drafts[0]?.duplicateOf;
    const a = results.get(c.id)?.drafts[0];
    const bResult = other ? results.get(other) : undefined;
    const b = bResult?.drafts[0];
    if (!other) continue;
    const sc = (scores[c.language] ??= empty());
    add(sc.duplicates, !!a && !!b && looksSame(draftSide(a, null, orgKey), draftSide(b, null, orgKey)) !== null);
  }
  return scores;
}
