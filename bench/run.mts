// `npm run bench [-- --db sqlite|postgres] [--sizes 10000,100000,1000000] [--no-import] [--no-intake] [--no-exports]`
// For each size: a separate database is created, migrated, seeded with the
// reference data and filled with synthetic events; then, in one run, the app's
// list, deep page, search, dashboards and CSV export are timed against the same
// SQL sent bare (and, for the export, the database's own CSV: sqlite3 -csv /
// COPY … TO STDOUT). Ratios are printed; results go to bench/results-<db>.json.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";
import { exportSql } from "../lib/data/sql/export-query";

// What bench/measure.mts and bench/export-app.mts print as their last line.
type Timing = { p50: number; p95: number };
type Measured = {
  results: Array<{ name: string; app: Timing; bare: Timing; ratioP95: number }>;
  dashboardPage: { national: Timing; region: Timing };
};
type AppExport = { rows: number; ms: number; bytes: number; maxRssMB: number };

const which = arg("db", "sqlite");
const sizes = arg("sizes", "10000,100000,1000000").split(",").map(Number);
const ROOT = path.resolve(import.meta.dirname, "..");

const env = (url: string) => ({
  ...process.env,
  DATABASE_URL: url,
  NODE_OPTIONS: "--conditions=react-server",
  CHECKPOINT_DISABLE: "1",
});
const tsx = path.join(ROOT, "node_modules/.bin/tsx");

// The database's own CSV of exactly the app's export statement (for the
// unfiltered national view it has no parameters, so it can be sent as text).
function bareExportSql(): string {
  const q = exportSql(which === "sqlite" ? "sqlite" : "postgres", { scopeRegionIds: null }, "date_desc", null, null);
  if (q.values.length) throw new Error("the bare export statement must have no parameters");
  return which === "sqlite" ? q.sql : q.text;
}

function bareExport(url: string) {
  const t0 = performance.now();
  const r =
    which === "sqlite"
      ? spawnSync("sqlite3", ["-csv", url.slice("file:".length), bareExportSql()], { maxBuffer: 4 * 1024 ** 3 })
      : spawnSync("psql", [url, "-q", "-c", `COPY (${bareExportSql()}) TO STDOUT WITH CSV`], {
          maxBuffer: 4 * 1024 ** 3,
        });
  if (r.status !== 0) throw new Error(String(r.stderr));
  return { ms: performance.now() - t0, bytes: r.stdout.length };
}

// Results of other sizes from earlier runs are kept; a size measured again replaces its entry.
const resultsFile = path.join(ROOT, `bench/results-${which}.json`);
const report: Array<Record<string, unknown> & { size: number }> = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, "utf8")) as Array<Record<string, unknown> & { size: number }>).filter(
      (r) => !sizes.includes(r.size),
    )
  : [];
for (const size of sizes) {
  const url = await freshBenchUrl(which, `bench-${size}`);
  console.log(`\n## ${which}, ${size.toLocaleString("en")} events`);
  await fillBenchDatabase(url, size);

  const measured = JSON.parse(
    execFileSync(tsx, ["bench/measure.mts"], { env: env(url), encoding: "utf8", maxBuffer: 64 * 1024 ** 2 })
      .trim()
      .split("\n")
      .at(-1)!,
  ) as Measured;
  for (const r of measured.results) {
    console.log(
      `${r.name}: app p50/p95 ${r.app.p50.toFixed(1)}/${r.app.p95.toFixed(1)} ms, bare ${r.bare.p50.toFixed(1)}/${r.bare.p95.toFixed(1)} ms, p95 ratio ${r.ratioP95.toFixed(2)}`,
    );
  }
  console.log(
    `dashboard page data: national p50 ${measured.dashboardPage.national.p50.toFixed(0)} ms, one region p50 ${measured.dashboardPage.region.p50.toFixed(0)} ms`,
  );

  const app = JSON.parse(
    execFileSync(tsx, ["bench/export-app.mts"], { env: env(url), encoding: "utf8", maxBuffer: 64 * 1024 ** 2 })
      .trim()
      .split("\n")
      .at(-1)!,
  ) as AppExport;
  const bareCsv = bareExport(url);
  const appRate = app.rows / (app.ms / 1000);
  const bareRate = app.rows / (bareCsv.ms / 1000);
  console.log(
    `CSV export: app ${(app.ms / 1000).toFixed(1)} s (${Math.round(appRate)} rows/s, ${(app.bytes / 1e6).toFixed(0)} MB, peak RSS ${app.maxRssMB.toFixed(0)} MB); bare ${(bareCsv.ms / 1000).toFixed(1)} s; throughput ratio ${(appRate / bareRate).toFixed(2)}`,
  );
  report.push({ db: which, size, ...measured, export: { app, bare: bareCsv, throughputRatio: appRate / bareRate } });
  report.sort((a, b) => a.size - b.size);
  writeFileSync(resultsFile, JSON.stringify(report, null, 2));
  if (which === "sqlite" && existsSync(url.slice(5)) && size >= 1_000_000 && !process.env.BENCH_KEEP)
    rmSync(url.slice(5), { force: true });
}

// The connection budget under pressure (30 concurrent exports while creates
// go on), on its own database of 100k events with the demo users.
if (sizes.includes(100_000) && !process.argv.includes("--no-exports")) {
  execFileSync(tsx, ["bench/exports.mts", "--db", which, "--events", "100000"], { stdio: "inherit", env: process.env });
}

// Spreadsheet import of 10,000 rows against a bare INSERT, and the memory of a
// 50,000-row file (bench/import.mts; `--no-import` leaves it out).
if (!process.argv.includes("--no-import")) {
  execFileSync(tsx, ["bench/import.mts", "--db", which], { stdio: "inherit", env: process.env });
}

// Article intake against 100k events (bench/intake.mts; `--no-intake` leaves it out).
if (!process.argv.includes("--no-intake")) {
  execFileSync(tsx, ["bench/intake.mts", "--db", which], { stdio: "inherit", env: process.env });
}
