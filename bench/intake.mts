// `npm run bench:intake [-- --db sqlite|postgres] [--events 100000]` (also run
// by `npm run bench`). Article intake against a database of --events synthetic
// events: a 5,000-character article warm (bench/intake-app.mts), the duplicate
// search per draft beside the bare statement of its blocking key, the memory
// a long run leaves, and a batch of 50 articles from a cold command line
// (`npm run extract -- batch.json`). Results go to bench/results-intake-<db>.json.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";

const which = arg("db", "sqlite");
const events = Number(arg("events", "100000"));
const ROOT = path.resolve(import.meta.dirname, "..");
const tsx = path.join(ROOT, "node_modules/.bin/tsx");

const url = await freshBenchUrl(which, "intake");
await fillBenchDatabase(url, events, true);
const env = {
  ...process.env,
  DATABASE_URL: url,
  NODE_OPTIONS: "--conditions=react-server --expose-gc",
  CHECKPOINT_DISABLE: "1",
};
const warm = JSON.parse(
  execFileSync(tsx, ["bench/intake-app.mts"], { env, encoding: "utf8", maxBuffer: 64 * 1024 ** 2 })
    .trim()
    .split("\n")
    .at(-1) ?? "{}",
) as Record<string, unknown>;

// 50 articles of the evaluation set in one request body, from a cold start.
const texts = readdirSync(path.join(ROOT, "eval/intake"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 50)
  .map((f, i) => ({ id: String(i + 1), text: readFileSync(path.join(ROOT, "eval/intake", f), "utf8") }));
while (texts.length < 50) texts.push({ ...texts[texts.length % 45]!, id: String(texts.length + 1) });
const batch = path.join(ROOT, "bench/data/intake-batch.json");
writeFileSync(batch, JSON.stringify({ articles: texts }));
const t0 = performance.now();
execFileSync("npm", ["run", "-s", "extract", "--", batch], {
  env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const coldBatchMs = Math.round(performance.now() - t0);

const result = { db: which, events, ...warm, coldBatch50Ms: coldBatchMs };
console.log(`## ${which}: article intake against ${events.toLocaleString("en")} events`);
console.log(JSON.stringify(result, null, 2));
writeFileSync(path.join(ROOT, `bench/results-intake-${which}.json`), `${JSON.stringify(result, null, 2)}\n`);
