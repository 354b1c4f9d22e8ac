// Child process of bench/intake.mts, on the database DATABASE_URL names (with
// its synthetic events): article intake timed in-process, warm — the pure
// extraction and the whole command (extraction + matching people and
// organisations + duplicate search) for a 5,000-character article; the
// duplicate search per draft set beside the bare statement of its blocking
// key; and the memory a long run of drafts leaves behind. One JSON line.
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { draftArticlesCommand } from "../lib/commands/intake";
import { commandLineUser, eventsNear } from "../lib/data/intake";
import { db } from "../lib/db";
import { scopeOf } from "../lib/domain/scope";
import { cleanArticle } from "../lib/intake/clean";
import { extractArticle } from "../lib/intake/extract";
import { offlineReference } from "../lib/intake/offline-reference";

const texts = readdirSync("eval/intake")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(`eval/intake/${f}`, "utf8"));
// One article of 5,000 characters: reports of one language run together.
const long = (prefix: string) => {
  let out = "";
  for (const t of texts.filter((_, i) => i % 3 === "ekr".indexOf(prefix))) {
    if (out.length > 5000) break;
    out += `${t}\n`;
  }
  return out.slice(0, 5000);
};
const articles = ["e", "k", "r"].map(long);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const timing = (xs: number[]) => ({ p50: Number(pct(xs, 0.5).toFixed(1)), p95: Number(pct(xs, 0.95).toFixed(1)) });

const ref = offlineReference("2026-12-02");
const pure: number[] = [];
for (let i = 0; i < 230; i++) {
  const text = cleanArticle(articles[i % 3] ?? "");
  const t0 = performance.now();
  extractArticle({ id: "b", text, url: null, publishedAt: "2026-03-01" }, ref);
  if (i >= 30) pure.push(performance.now() - t0);
}

const user = await commandLineUser();
const whole: number[] = [];
for (let i = 0; i < 130; i++) {
  const t0 = performance.now();
  const r = await draftArticlesCommand(user, { articles: [{ text: articles[i % 3], publishedAt: "2026-03-01" }] });
  if (!r.ok) throw new Error(r.message);
  if (i >= 30) whole.push(performance.now() - t0);
}

// Duplicate search per draft: the stored events of one region within three
// days of a date that share a speaker, an organisation or the district with
// the draft (the app's, with what it shows of them) beside the bare statement
// of that blocking key (ids only).
const regions = await db.region.findMany({ select: { id: true, iso: true } });
const samples = await Promise.all(
  regions.map(async (r) => {
    const e = await db.event.findFirst({
      where: { regionId: r.id, speakers: { some: {} } },
      select: {
        districtId: true,
        speakers: { select: { personId: true }, take: 2 },
        organizations: { select: { organizationId: true }, take: 1 },
      },
    });
    return {
      region: r,
      shared: {
        personIds: e?.speakers.map((x) => x.personId) ?? [],
        organizationIds: e?.organizations.map((x) => x.organizationId) ?? [],
        districtId: e?.districtId ?? null,
        url: null,
      },
    };
  }),
);
const scope = scopeOf(user);
const search: number[] = [];
const bare: number[] = [];
for (let i = 0; i < 200; i++) {
  const sample = samples[i % samples.length];
  if (!sample) continue;
  const { region, shared } = sample;
  const day = new Date(Date.UTC(2026, 0, 1) + ((i * 7) % 120) * 86_400_000);
  const t0 = performance.now();
  await eventsNear(scope, region.iso, day.toISOString().slice(0, 10), shared);
  search.push(performance.now() - t0);
  const t1 = performance.now();
  await db.event.findMany({
    where: {
      deletedAt: null,
      regionId: region.id,
      date: { gte: new Date(day.getTime() - 3 * 86_400_000), lte: new Date(day.getTime() + 3 * 86_400_000) },
      OR: [
        { speakers: { some: { personId: { in: shared.personIds } } } },
        { organizations: { some: { organizationId: { in: shared.organizationIds } } } },
        ...(shared.districtId === null ? [] : [{ districtId: shared.districtId }]),
      ],
    },
    select: { id: true },
    take: 200,
  });
  bare.push(performance.now() - t1);
}

// Memory: the resident size after a long run of drafts beside the size before it.
global.gc?.();
const before = process.memoryUsage().rss;
for (let i = 0; i < 300; i++) await draftArticlesCommand(user, { articles: [{ text: articles[i % 3] }] });
global.gc?.();
const growthMB = (process.memoryUsage().rss - before) / 1024 ** 2;

console.log(
  JSON.stringify({
    articleChars: articles.map((a) => a.length),
    extract: timing(pure),
    command: timing(whole),
    duplicateSearch: timing(search),
    duplicateSearchBare: timing(bare),
    memoryGrowthMB: Number(growthMB.toFixed(0)),
  }),
);
process.exit(0);
