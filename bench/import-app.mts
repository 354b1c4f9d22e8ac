// Child process of bench/import.mts, on the database DATABASE_URL names: a
// synthetic spreadsheet of --rows rows imported through the app (upload +
// check, then commit: validation, writes, rollups, search index, history),
// then, with --bare, the same rows sent as one batched INSERT per 500 rows in
// one transaction. The check and the commit run as in production, each in an
// import worker (IMPORT_WORKER names its bundle); this process plays the web
// server. Prints one JSON line: times, rows/s, the workers' peak RSS and this
// process's own.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { arg } from "./database.mts";
import { db, dialect } from "../lib/db";
import { Prisma } from "../lib/generated/sqlite/client";
import { planRows, prepareImport } from "../lib/import/plan";
import { commitImport, lastWorkerPeak, startImport } from "../lib/import/worker-run";
import { sessionUserOf } from "../lib/testing/test-db";
import type { EventInput } from "../lib/schemas/event";

const rows = Number(arg("rows", "10000"));
const bare = process.argv.includes("--bare");

const regions = await db.region.findMany({
  select: { id: true, nameRu: true, nameKk: true, districts: { select: { id: true, nameRu: true } } },
});
const FORMATS = ["Встреча", "Форум", "Круглый стол", "Кездесу"];
const AUDIENCES = ["Трудовой коллектив", "Молодёжь", "Ветераны", "Жители", "Студенттер"];
const PEOPLE = Array.from({ length: 300 }, (_, i) => `Спикер Номер${i} (депутат)`);
const ORGS = Array.from({ length: 200 }, (_, i) => `Организация ${i}`);
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

// A file like a regional office's plan: Russian headers, names in both scripts.
const lines = ["Дата;Название;Регион;Район;Формат;Аудитория;Численность;Спикеры;Организаторы"];
for (let i = 0; i < rows; i++) {
  const r = regions[i % regions.length]!;
  const d = r.districts[i % Math.max(1, r.districts.length)];
  const day = 1 + (i % 28);
  lines.push(
    [
      `${String(day).padStart(2, "0")}.0${1 + (i % 9)}.2026`,
      `Разъяснительная встреча № ${i} о поправках`,
      i % 2 ? r.nameRu : r.nameKk,
      d?.nameRu ?? "",
      FORMATS[i % FORMATS.length]!,
      `${AUDIENCES[i % AUDIENCES.length]!}; ${AUDIENCES[(i + 2) % AUDIENCES.length]!}`,
      String(20 + (i % 400)),
      `${PEOPLE[i % PEOPLE.length]!}; ${PEOPLE[(i * 7 + 1) % PEOPLE.length]!}`,
      ORGS[i % ORGS.length]!,
    ]
      .map(quote)
      .join(";"),
  );
}
const file = new TextEncoder().encode(lines.join("\r\n"));
// As the route hands it on: spooled to disk, read by the worker that checks it.
const spool = mkdtempSync(path.join(tmpdir(), "bench-import-"));
const spooled = { name: "bench.csv", path: path.join(spool, "upload") };
writeFileSync(spooled.path, file);
const admin = await sessionUserOf(db, "admin@demo.kz");

// The rows the bare INSERT sends: the file's rows as the check resolves
// them, taken before the timed run (a committed row would be planned as
// already imported).
const inputs: EventInput[] = [];
if (bare) {
  for await (const { plan } of planRows(await prepareImport(admin, file, "bench.csv", {}))) {
    if (plan.input) inputs.push(plan.input);
  }
}

let peak = 0;
const baselineMB = Math.round(process.memoryUsage().rss / 1024 ** 2);
let peakHeap = 0;
let peakExternal = 0;
let peakHeapTotal = 0;
const sample = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external);
  peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal);
}, 50);

const t0 = performance.now();
// The check and the commit are two requests to the server: only the upload's
// id passes from one to the other.
async function check() {
  const started = await startImport(admin, spooled, {});
  if (!started.ok) throw new Error(`upload refused: ${started.message}`);
  const planned = started.plan.rows.filter((r) => r.kind === "create").length;
  if (planned !== rows) {
    const bad = started.plan.rows.filter((r) => r.kind !== "create").slice(0, 5);
    throw new Error(
      `only ${planned} of ${rows} rows would be created: ${JSON.stringify(bad.map((r) => [r.row, r.problems, started.plan.cells.get(r.row)]))}`,
    );
  }
  return started.id;
}
const id = await check();
rmSync(spool, { recursive: true, force: true });
const checkPeakMB = lastWorkerPeak.rssMB;
const t1 = performance.now();
const committed = await commitImport(admin, id);
if (!committed.ok)
  throw new Error(
    `commit refused: ${committed.message} ${JSON.stringify(committed.values)} ${JSON.stringify("rowErrors" in committed ? committed.rowErrors : null)}`,
  );
const t2 = performance.now();
clearInterval(sample);

let bareMs: number | null = null;
if (bare) {
  // The same rows, already resolved, as the database's own batched INSERT.
  const campaign = await db.campaign.findFirstOrThrow({ orderBy: { voteDate: "desc" }, select: { id: true } });
  const regionId = new Map((await db.region.findMany({ select: { id: true, iso: true } })).map((r) => [r.iso, r.id]));
  const cast = (v: string, type: string) =>
    dialect === "postgres" ? Prisma.sql`CAST(${v} AS ${Prisma.raw(`"${type}"`)})` : Prisma.sql`${v}`;
  const values = inputs.map((e) => {
    return Prisma.sql`(${e.title}, ${campaign.id}, ${cast(e.status, "EventStatus")}, ${new Date(`${e.date}T00:00:00Z`)}, ${cast(e.datePrecision, "DatePrecision")}, ${regionId.get(e.region)!}, ${e.district}, ${cast(e.format, "EventFormat")}, ${e.audienceSize}, ${` ${e.title.toLowerCase()} `}, ${new Date()})`;
  });
  const b0 = performance.now();
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < values.length; i += 500) {
        await tx.$executeRaw`INSERT INTO "Event" ("title", "campaignId", "status", "date", "datePrecision", "regionId", "districtId", "format", "audienceSize", "searchText", "updatedAt") VALUES ${Prisma.join(values.slice(i, i + 500))}`;
      }
    },
    { timeout: 600_000 },
  );
  bareMs = performance.now() - b0;
}

const seconds = (t2 - t0) / 1000;
console.log(
  JSON.stringify({
    rows,
    checkMs: Math.round(t1 - t0),
    commitMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    rowsPerSecond: Math.round(rows / seconds),
    bareMs: bareMs === null ? null : Math.round(bareMs),
    bareRowsPerSecond: bareMs === null ? null : Math.round(rows / (bareMs / 1000)),
    workerPeakRssMB: { check: checkPeakMB, commit: lastWorkerPeak.rssMB },
    baselineRssMB: baselineMB,
    peakHeapMB: Math.round(peakHeap / 1024 ** 2),
    peakExternalMB: Math.round(peakExternal / 1024 ** 2),
    peakHeapTotalMB: Math.round(peakHeapTotal / 1024 ** 2),
    peakRssMB: Math.round(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1024 ** 2),
  }),
);
await db.$disconnect();
process.exit(0);
