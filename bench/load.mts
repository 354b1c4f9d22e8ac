// `npm run bench:load [-- --db sqlite|postgres] [--events 10000] [--seconds 60] [--users 50]`
// 50 signed-in users for 60 s on one app process (scripts/serve.mjs, the built
// app) and a fresh database of --events synthetic events: each route gets a
// share of the users, all at once, with autocannon (loopback only, bounded by
// time). Per route: requests/s, p50/p95/p99 latency and errors. The goal: zero
// errors, p95 ≤ 300 ms for pages on a 2-core machine. Results go to
// bench/results-load-<db>.json; README's "Load" table comes from them.
// Not a test: numbers depend on the machine.
import { writeFileSync } from "node:fs";
import path from "node:path";
import autocannon, { type Request, type Result } from "autocannon";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";
import { ROOT } from "../scripts/bootstrap.mjs";
import { eventBody, signIn, startServer, waitHealthy } from "../scripts/lib/app-client.mjs";

const which = arg("db", "sqlite");
const events = Number(arg("events", "10000"));
const seconds = Number(arg("seconds", "60"));
const users = Number(arg("users", "50"));
const PORT = 3500;
const BASE = `http://127.0.0.1:${PORT}`;

// Each route's share of the users (sums to 1).
const ROUTES = [
  { name: "list /events", share: 0.24, method: "GET", path: "/events" },
  { name: "search /events?q=", share: 0.16, method: "GET", path: "/events?q=Kazakhmys" },
  { name: "detail /events/:id", share: 0.2, method: "GET", path: "/events/1" },
  { name: "dashboard /dashboard", share: 0.16, method: "GET", path: "/dashboard" },
  { name: "export CSV (one region)", share: 0.04, method: "GET", path: "/events/export?format=csv&region=KZ-31" },
  { name: "create POST /api/events", share: 0.2, method: "POST", path: "/api/events" },
] as const;

const url = await freshBenchUrl(which, "load");
await fillBenchDatabase(url, events, true);
const server = startServer(PORT, { DATABASE_URL: url });
try {
  await waitHealthy(BASE);
  const password = process.env.DEMO_PASSWORD || "outreach-demo";
  const runs = ROUTES.map(async (route, i) => {
    const cookie = await signIn(BASE, "admin@demo.kz", password);
    const latencies: number[] = [];
    let n = 0;
    const options = {
      url: BASE + route.path,
      method: route.method,
      connections: Math.max(1, Math.round(users * route.share)),
      duration: seconds,
      headers: { cookie, ...(route.method === "POST" ? { "content-type": "application/json" } : {}) },
      ...(route.method === "POST"
        ? {
            requests: [
              {
                setupRequest: (req: Request) => ({
                  ...req,
                  body: JSON.stringify(eventBody(`Load ${i}.${n++}`)),
                }),
              },
            ],
          }
        : {}),
    };
    const result = await new Promise<Result>((resolve, reject) => {
      const instance = autocannon(options, (err: unknown, res: Result) => {
        if (err) reject(err instanceof Error ? err : new Error("autocannon failed"));
        else resolve(res);
      });
      instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
      });
    });
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0);
    return {
      route: route.name,
      users: Math.max(1, Math.round(users * route.share)),
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      p50: pct(0.5),
      p95: pct(0.95),
      p99: pct(0.99),
      errors: result.errors + result.timeouts + result.non2xx,
    };
  });
  const results = await Promise.all(runs);
  const summary = { db: which, events, seconds, users, at: new Date().toISOString(), results };
  writeFileSync(path.join(ROOT, `bench/results-load-${which}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `\n| route (${which}, ${events.toLocaleString("en")} events, ${users} users, ${seconds} s) | users | req/s | p50 | p95 | p99 | errors |`,
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(`| ${r.route} | ${r.users} | ${r.perSecond} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.errors} |`);
  }
} finally {
  server.kill("SIGTERM");
}
