// `npm run bench:exports [-- --db sqlite|postgres] [--events 100000] [--exports 30]`
// (also run by `npm run bench` when its sizes include 100,000; needs `next build`). The connection budget under
// pressure: one app process (scripts/serve.mjs) on a database of --events
// synthetic events; creates are timed alone for 10 s, then again while
// --exports national CSV exports of every event stream at once. Every export
// must finish complete and every create succeed; the creates' p95 with and
// without the exports is the number that says whether exports starve writes.
// Loopback only, bounded by the exports' own end. Results go to
// bench/results-exports-<db>.json (and one JSON line printed last).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";
import { ROOT } from "../scripts/bootstrap.mjs";
import { eventBody, signIn, startServer, waitHealthy } from "../scripts/lib/app-client.mjs";

const which = arg("db", "sqlite");
const events = Number(arg("events", "100000"));
const exports = Number(arg("exports", "30"));
const PORT = 3510;
const BASE = `http://127.0.0.1:${PORT}`;
const CREATE_WORKERS = 2;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0);
};

/** Sequential creates from CREATE_WORKERS workers until `running()` is false; latencies and failures. */
async function creates(cookie: string, running: () => boolean) {
  const ms: number[] = [];
  let failed = 0;
  let n = 0;
  await Promise.all(
    Array.from({ length: CREATE_WORKERS }, async () => {
      while (running()) {
        const t0 = performance.now();
        const res = await fetch(`${BASE}/api/events`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify(eventBody(`Export bench ${n++}`)),
        });
        await res.arrayBuffer();
        ms.push(performance.now() - t0);
        if (res.status !== 201) failed++;
      }
    }),
  );
  return { count: ms.length, failed, p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
}

/** One national CSV export read to its end: seconds and data rows. */
async function exportOnce(cookie: string) {
  const t0 = performance.now();
  const res = await fetch(`${BASE}/events/export?format=csv`, { headers: { cookie } });
  let rows = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const b of value) if (b === 10) rows++;
  }
  return { status: res.status, rows: rows - 1, s: (performance.now() - t0) / 1000 };
}

const url = await freshBenchUrl(which, "exports");
await fillBenchDatabase(url, events, true);
const server = startServer(PORT, { DATABASE_URL: url });
try {
  await waitHealthy(BASE);
  const cookie = await signIn(BASE, "admin@demo.kz", process.env.DEMO_PASSWORD || "outreach-demo");
  const aloneUntil = performance.now() + 10_000;
  const alone = await creates(cookie, () => performance.now() < aloneUntil);
  const solo = await exportOnce(cookie);

  let exporting = true;
  const t0 = performance.now();
  const during = creates(cookie, () => exporting);
  const done = await Promise.all(Array.from({ length: exports }, () => exportOnce(cookie)));
  exporting = false;
  const withExports = await during;
  const wall = (performance.now() - t0) / 1000;
  const rows = done.map((d) => d.rows);
  if (solo.status !== 200) throw new Error(`a single export answered ${solo.status}`);
  const result = {
    db: which,
    events,
    exports,
    // Creates land while the exports stream, so a complete export has at least the rows of one run alone.
    exportsOk: done.filter((d) => d.status === 200 && d.rows >= solo.rows).length,
    exportAloneSeconds: solo.s,
    exportRows: Math.max(...rows),
    exportSeconds: {
      p50: pct(
        done.map((d) => d.s),
        0.5,
      ),
      max: Math.max(...done.map((d) => d.s)),
      wall,
    },
    createsAlone: alone,
    createsDuringExports: withExports,
  };
  console.log(
    `${which}: one export alone ${solo.s.toFixed(1)} s; ${result.exportsOk}/${exports} complete exports of ${result.exportRows.toLocaleString("en")} rows in ${wall.toFixed(0)} s; ` +
      `creates alone p50/p95 ${alone.p50}/${alone.p95} ms (${alone.failed} failed), ` +
      `during the exports ${withExports.p50}/${withExports.p95} ms over ${withExports.count} (${withExports.failed} failed)`,
  );
  writeFileSync(path.join(ROOT, `bench/results-exports-${which}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
} finally {
  server.kill("SIGTERM");
}
