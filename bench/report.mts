// Prints the benchmark results (bench/results-*.json) as Markdown for the README.
import { existsSync, readFileSync } from "node:fs";

type Timing = { p50: number; p95: number };
type Result = {
  db: string;
  size: number;
  results: Array<{ name: string; app: Timing; bare: Timing; ratioP95: number }>;
  dashboardPage: { national: Timing; region: Timing };
  export: {
    app: { ms: number; rows: number; maxRssMB: number; bytes: number };
    bare: { ms: number };
    throughputRatio: number;
  };
};

const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
for (const db of ["sqlite", "postgres"]) {
  const file = `bench/results-${db}.json`;
  if (!existsSync(file)) continue;
  const runs = JSON.parse(readFileSync(file, "utf8")) as Result[];
  console.log(`\n#### ${db === "sqlite" ? "SQLite (embedded)" : "PostgreSQL 15"}\n`);
  console.log(`| measure | ${runs.map((r) => `${r.size.toLocaleString("en")} events`).join(" | ")} |`);
  console.log(`|---|${runs.map(() => "---").join("|")}|`);
  for (const [i, m] of runs[0]!.results.entries()) {
    const name = m.name.replace(/ \(row .*\)$/, "");
    console.log(
      `| ${name}: app p50 / p95 (bare p95), ratio | ${runs
        .map((r) => {
          const x = r.results[i];
          return x ? `${f(x.app.p50)} / ${f(x.app.p95)} ms (${f(x.bare.p95)}), **${x.ratioP95.toFixed(2)}×**` : "—";
        })
        .join(" | ")} |`,
    );
  }
  console.log(
    `| dashboard page data, national / one region (p50) | ${runs.map((r) => `${f(r.dashboardPage.national.p50)} / ${f(r.dashboardPage.region.p50)} ms`).join(" | ")} |`,
  );
  console.log(
    `| CSV export: app time, bare time, throughput ratio | ${runs.map((r) => `${(r.export.app.ms / 1000).toFixed(1)} s, ${(r.export.bare.ms / 1000).toFixed(1)} s, **${r.export.throughputRatio.toFixed(2)}×**`).join(" | ")} |`,
  );
  console.log(
    `| CSV export: rows, size, peak RSS | ${runs.map((r) => `${r.export.app.rows.toLocaleString("en")}, ${(r.export.app.bytes / 1e6).toFixed(0)} MB, ${r.export.app.maxRssMB.toFixed(0)} MB`).join(" | ")} |`,
  );
}

// The dashboard's scaling target: 1M events take at most 10× the time of 100k.
for (const db of ["sqlite", "postgres"]) {
  const file = `bench/results-${db}.json`;
  if (!existsSync(file)) continue;
  const runs = JSON.parse(readFileSync(file, "utf8")) as Result[];
  const [small, big] = [runs.find((r) => r.size === 100_000), runs.find((r) => r.size === 1_000_000)];
  if (!small || !big) continue;
  console.log(`\n#### ${db === "sqlite" ? "SQLite" : "PostgreSQL"}: dashboard, 1M ÷ 100k (app p50)\n`);
  console.log("| measure | 100k | 1M | 1M ÷ 100k |\n|---|---|---|---|");
  const row = (name: string, a: Timing, b: Timing) =>
    console.log(`| ${name} | ${f(a.p50)} ms | ${f(b.p50)} ms | **${(b.p50 / a.p50).toFixed(1)}×** |`);
  for (const m of small.results.filter((x) => x.name.startsWith("dashboard"))) {
    const other = big.results.find((x) => x.name === m.name);
    if (other) row(m.name.replace("dashboard: ", ""), m.app, other.app);
  }
  row("whole national page data", small.dashboardPage.national, big.dashboardPage.national);
  row("whole one-region page data", small.dashboardPage.region, big.dashboardPage.region);
}
