// Child process of bench/run.mts: times the app's own data functions against
// the same SQL sent bare through the driver, on the database in DATABASE_URL.
// Prints one JSON line.
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { PAGE_SIZE, listEventsForScope, resolveFilters } from "../lib/data/events";
import { SEARCH_COUNT_CAP, eventCountSql, eventIdPageSql } from "../lib/data/sql/event-query";
import { listBestMatchesSql, listPageSql } from "../lib/data/sql/list-query";
import { byAreaStatement, kpiStatements } from "../lib/data/sql/stats-query";
import { byArea, dashboardData, kpis, where as statsWhere } from "../lib/data/stats";
import { dialectOf, sqliteFilePath } from "../lib/db-url";
import { dashboardQuery } from "../lib/schemas/dashboard";
import { parseEventFilters } from "../lib/schemas/event-filters";
import type { Scope } from "../lib/domain/scope";
import type { Prisma } from "../lib/generated/sqlite/client";

// The bare statements fetch what the app fetches: a page and one row more (to know there is a next page).
const PAGE_ROWS = PAGE_SIZE + 1;

const url = process.env.DATABASE_URL!;
const dialect = dialectOf(url);
// At least MIN_RUNS timed runs, more for fast queries (up to ~2 s each side), so
// a p95 is not just the slowest of a handful.
const MIN_RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MAX_RUNS = 200;
const national: Scope = { userId: 1, role: "admin", regionIds: null };

// The bare driver: the very same statements, no Prisma, no app code.
const sqlite = dialect === "sqlite" ? new Database(sqliteFilePath(url), { readonly: true }) : null;
const pool = dialect === "postgres" ? new pg.Pool({ connectionString: url, max: 4 }) : null;
async function bare(q: Prisma.Sql): Promise<unknown[]> {
  if (sqlite) return sqlite.prepare(q.sql).all(...q.values.map((v) => (typeof v === "boolean" ? Number(v) : v)));
  return (await pool!.query<Record<string, unknown>>(q.text, q.values)).rows;
}

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn(); // warm-up: caches, JIT
  const ms: number[] = [];
  const start = performance.now();
  for (let i = 0; i < MAX_RUNS && (i < MIN_RUNS || performance.now() - start < 2000); i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length * 0.5)]!, p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]! };
}

async function pair(name: string, app: () => Promise<unknown>, bareFn: () => Promise<unknown>) {
  const a = await time(app);
  const b = await time(bareFn);
  return { name, app: a, bare: b, ratioP95: a.p95 / b.p95 };
}

const results = [];
// Register: a filtered, sorted first page (with its count), a deep page, text search.
const listFilters = parseEventFilters({ region: "KZ-55", status: "held" }).filters;
const resolvedList = await resolveFilters(national, listFilters);
results.push(
  await pair(
    "list: first page (region + status, newest first, with count)",
    () => listEventsForScope(national, listFilters),
    () =>
      Promise.all([
        bare(listPageSql(dialect, resolvedList, "date_desc", null, PAGE_ROWS)),
        bare(eventCountSql(dialect, resolvedList)),
      ]),
  ),
);
// A cursor ~90% of the way down the same list.
const all = (await bare(eventIdPageSql(dialect, resolvedList, "date_desc", null, 1_000_000))) as Array<{
  id: number | bigint;
}>;
const deepRow = all[Math.floor(all.length * 0.9)];
if (deepRow) {
  const { db } = await import("../lib/db");
  const row = await db.event.findUniqueOrThrow({ where: { id: Number(deepRow.id) }, select: { id: true, date: true } });
  const cursorValues = [row.date.toISOString(), row.id];
  const cursor = Buffer.from(JSON.stringify(cursorValues)).toString("base64url");
  results.push(
    await pair(
      `list: deep page (row ${Math.floor(all.length * 0.9)} of ${all.length})`,
      () => listEventsForScope(national, listFilters, { cursor }),
      () =>
        Promise.all([
          bare(listPageSql(dialect, resolvedList, "date_desc", cursorValues, PAGE_ROWS)),
          bare(eventCountSql(dialect, resolvedList)),
        ]),
    ),
  );
}
// A search: its capped count, then its best matches among the newest events,
// or every match ranked when those do not fill the page (as the app does).
for (const [label, params] of [
  ["search: «Қошанов» (first page + count)", { q: "Қошанов" }],
  ["search: «Қошанов» in one region (first page + count)", { q: "Қошанов", region: "KZ-55" }],
] as const) {
  const filters = parseEventFilters(params).filters;
  const resolved = await resolveFilters(national, filters);
  results.push(
    await pair(
      label,
      () => listEventsForScope(national, filters),
      async () => {
        const count = bare(eventCountSql(dialect, resolved, SEARCH_COUNT_CAP)) as Promise<Array<{ n: unknown }>>;
        // PostgreSQL walks on a second connection while the count runs (as
        // the app does); SQLite answers one statement at a time.
        const bestSql = listBestMatchesSql(dialect, resolved, null, PAGE_ROWS);
        const walk = bestSql && dialect === "postgres" ? bare(bestSql) : null;
        const [counted] = await count;
        const canFill = Number(counted?.n) >= PAGE_ROWS;
        const best = (await walk) ?? (bestSql && canFill ? await bare(bestSql) : []);
        if (best.length < PAGE_ROWS) await bare(listPageSql(dialect, resolved, filters.sort, null, PAGE_ROWS));
      },
    ),
  );
}

// Dashboards: everything on the national page and one region's, app vs bare SQL.
const view = dashboardQuery({ campaign: "referendum-2026" });
const regionId = resolvedList.regionIds![0]!;
const dq = { scope: national, filters: view.filters };
const dWhere = (await statsWhere(dq)).sql;
results.push(
  await pair(
    "dashboard: KPIs (national)",
    () => kpis(dq),
    () => Promise.all(kpiStatements(dWhere).map(bare)),
  ),
);
results.push(
  await pair(
    "dashboard: events by region (national)",
    () => byArea(dq),
    () => bare(byAreaStatement(dWhere, false)),
  ),
);
const rq = { ...dq, regionId };
const rWhere = (await statsWhere(rq)).sql;
results.push(
  await pair(
    "dashboard: events by district (one region)",
    () => byArea(rq),
    () => bare(byAreaStatement(rWhere, true)),
  ),
);
// Views filtered by a format or an audience type (the facet rollups).
for (const [label, params] of [
  ["format: meeting", { format: "meeting" }],
  ["audience: youth", { audience: "youth" }],
] satisfies Array<[string, Record<string, string>]>) {
  const fq = { scope: national, filters: dashboardQuery({ campaign: "referendum-2026", ...params }).filters };
  const fWhere = (await statsWhere(fq)).sql;
  results.push(
    await pair(
      `dashboard: KPIs (national, ${label})`,
      () => kpis(fq),
      () => Promise.all(kpiStatements(fWhere).map(bare)),
    ),
  );
  results.push(
    await pair(
      `dashboard: events by region (national, ${label})`,
      () => byArea(fq),
      () => bare(byAreaStatement(fWhere, false)),
    ),
  );
}
const whole = async (regionIdArg?: number) =>
  dashboardData({ scope: national, filters: view.filters, regionId: regionIdArg }, 14);
const wholeNational = await time(() => whole());
const wholeRegion = await time(() => whole(regionId));

console.log(JSON.stringify({ results, dashboardPage: { national: wholeNational, region: wholeRegion } }));
sqlite?.close();
await pool?.end();
process.exit(0);
