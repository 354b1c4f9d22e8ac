// `npm run bench:import [-- --db sqlite|postgres] [--rows 10000] [--big 50000]`
// (also run by `npm run bench`). Importing a spreadsheet of --rows rows
// through the app (check + commit: validation, event writes, rollups, search
// index, history) set beside a bare batched INSERT of the same resolved rows
// into the same database; then the peak memory of importing a --big-row file.
// Each run is a child process on a fresh database (bench/import-app.mts).
// Results go to bench/results-import-<db>.json.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";

const which = arg("db", "sqlite");
const rows = Number(arg("rows", "10000"));
const big = Number(arg("big", "50000"));
const ROOT = path.resolve(import.meta.dirname, "..");
const tsx = path.join(ROOT, "node_modules/.bin/tsx");
// The import worker as `npm run build` bundles it, kept apart from the app's build.
const worker = path.join(ROOT, "node_modules/.cache/bench-import-worker.mjs");
execFileSync(process.execPath, [path.join(ROOT, "scripts/build-import-worker.mjs"), worker]);

async function run(name: string, n: number, bare: boolean) {
  const url = await freshBenchUrl(which, name);
  await fillBenchDatabase(url, 0, true);
  const out = execFileSync(tsx, ["bench/import-app.mts", "--rows", String(n), ...(bare ? ["--bare"] : [])], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      IMPORT_WORKER: worker,
      NODE_OPTIONS: "--conditions=react-server",
      CHECKPOINT_DISABLE: "1",
    },
    encoding: "utf8",
    maxBuffer: 64 * 1024 ** 2,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number | null> & {
    workerPeakRssMB: { check: number; commit: number };
  };
}

console.log(`## ${which}: import of ${rows.toLocaleString("en")} rows, app vs bare INSERT`);
const small = await run("import-small", rows, true);
const ratio = (small.rowsPerSecond ?? 0) / (small.bareRowsPerSecond ?? 1);
console.log(
  `app ${small.rowsPerSecond} rows/s (check ${small.checkMs} ms + commit ${small.commitMs} ms = ${small.totalMs} ms), bare INSERT ${small.bareRowsPerSecond} rows/s (${small.bareMs} ms): ${ratio.toFixed(2)}× bare; peak RSS of the import workers: check ${small.workerPeakRssMB.check} MB, commit ${small.workerPeakRssMB.commit} MB`,
);
// Written now too: the large run can take minutes on PostgreSQL.
const resultsFile = path.join(ROOT, `bench/results-import-${which}.json`);
writeFileSync(
  resultsFile,
  `${JSON.stringify({ db: which, small: { ...small, ratioToBare: Number(ratio.toFixed(3)) } }, null, 2)}\n`,
);
console.log(`## ${which}: import of ${big.toLocaleString("en")} rows (memory)`);
const large = await run("import-big", big, false);
console.log(
  `app ${large.rowsPerSecond} rows/s, ${large.totalMs} ms; peak RSS of the import workers: check ${large.workerPeakRssMB.check} MB, commit ${large.workerPeakRssMB.commit} MB (this process, the web server's part, ${large.peakRssMB} MB)`,
);
const result = { db: which, small: { ...small, ratioToBare: Number(ratio.toFixed(3)) }, large };
writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
