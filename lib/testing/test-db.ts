// A fresh database per test file, on whichever dialect DATABASE_URL names
// (SQLite temp file by default; a new database on the PostgreSQL server when it
// is postgresql://). It is migrated through the real Prisma CLI, which also
// exercises our schema-engine stand-in.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "../db-client";
import { dialectOf, type Dialect } from "../db-url";
import type { SessionUser } from "../domain/session-user";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PRISMA_BIN = path.join(ROOT, "node_modules/.bin/prisma");

export type TestDatabase = { url: string; dialect: Dialect; db: Db; drop(): Promise<void> };

function serverUrl(): string | null {
  const url = process.env.DATABASE_URL;
  return url && dialectOf(url) === "postgres" ? url : null;
}

export function prisma(args: string[], url: string): string {
  return execFileSync(PRISMA_BIN, args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** An empty (unmigrated) database URL and a function that removes it. */
export async function emptyDatabase(): Promise<{ url: string; dialect: Dialect; remove(): Promise<void> }> {
  const name = `outreach_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const server = serverUrl();
  if (!server) {
    const file = path.join(tmpdir(), `${name}.db`);
    return {
      url: `file:${file}`,
      dialect: "sqlite",
      remove: async () => {
        for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
      },
    };
  }
  const admin = new URL(server);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  return {
    url: url.toString(),
    dialect: "postgres",
    remove: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function freshDatabase(): Promise<TestDatabase> {
  const empty = await emptyDatabase();
  prisma(["migrate", "deploy"], empty.url);
  const { db } = createDb(empty.url);
  return {
    url: empty.url,
    dialect: empty.dialect,
    db,
    drop: async () => {
      await db.$disconnect();
      await empty.remove();
    },
  };
}

/**
 * A fresh, migrated database without data that the app's own modules use from
 * now on (DATABASE_URL points at it): import lib/data or lib/commands after this.
 */
export async function appDatabase(): Promise<TestDatabase> {
  const t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  return t;
}

/** As `appDatabase`, seeded. */
export async function seededDatabase(): Promise<TestDatabase> {
  const t = await freshDatabase();
  const { seed } = await import("../../prisma/seed/run");
  await seed(t.db);
  process.env.DATABASE_URL = t.url;
  return t;
}

/** A seeded user as the session knows them (role and region ids). */
export async function sessionUserOf(db: Db, email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email }, include: { regions: true } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, regionIds: u.regions.map((r) => r.regionId) };
}
