// A benchmark database: fresh (a file under bench/data, or a new database on
// the PostgreSQL server BENCH_PG_URL names), migrated, seeded with the
// reference data and filled with synthetic events. Shared by `npm run bench`
// and `npm run bench:load`.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { generate } from "./generate.mts";
import { createDb } from "../lib/db-client";
import { seed } from "../prisma/seed/run";
import type { Dims } from "./generate-rows.mts";

const ROOT = path.resolve(import.meta.dirname, "..");

/** A benchmark script's `--name value` argument, or `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:55432/postgres";

export async function freshBenchUrl(which: string, name: string): Promise<string> {
  if (which === "sqlite") {
    mkdirSync(path.join(ROOT, "bench/data"), { recursive: true });
    const file = path.join(ROOT, `bench/data/${name}.db`);
    for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
    return `file:${file}`;
  }
  const db = `outreach_${name.replace(/\W/g, "_")}`;
  const c = new pg.Client({ connectionString: PG_SERVER });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${db}`);
  await c.end();
  const u = new URL(PG_SERVER);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Migrates, seeds (demo users too when `users`) and adds `size` synthetic events. */
export async function fillBenchDatabase(url: string, size: number, users = false): Promise<void> {
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  const { db } = createDb(url);
  await seed(db, { users });
  const dims: Dims = {
    regions: (await db.region.findMany({ select: { id: true, type: true } })).map((r, i) => ({
      id: r.id,
      weight: r.type === "city" ? 3 : 1 + (i % 4),
    })),
    districts: await db.district.findMany({ select: { id: true, regionId: true } }),
    campaigns: (await db.campaign.findMany({ select: { id: true, voteDate: true } })).map((c) => ({
      id: c.id,
      vote: c.voteDate.getTime(),
    })),
  };
  await db.$disconnect();
  const g0 = performance.now();
  await generate(url, size, dims);
  console.log(`generated ${size.toLocaleString("en")} events in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
}
