// Builds a Prisma client for whichever database DATABASE_URL names. Used by the
// app (through lib/db.ts), the seed and the tests; not imported by pages.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { absoluteUrl, databaseUrl, dialectOf, sqliteFilePath, type Dialect } from "./db-url";

// Both twins are generated from one data model, so their clients have the same
// shape; the app is typed against the SQLite one.
export type Db = SqliteClient;

// Per-connection settings that make the embedded database safe: WAL with a full
// fsync per commit (no acknowledged write is lost on a crash), writers wait for
// each other instead of failing, and foreign keys are enforced (SQLite's default
// is off, and the adapter does not turn them on).
export const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

function sqliteFactory(file: string): SqlDriverAdapterFactory {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return {
    provider: "sqlite",
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return adapter;
    },
  };
}

export function createDb(url: string = databaseUrl()): { db: Db; dialect: Dialect } {
  const full = absoluteUrl(url);
  const dialect = dialectOf(full);
  if (dialect === "sqlite") {
    return { db: new SqliteClient({ adapter: sqliteFactory(sqliteFilePath(full)) }), dialect };
  }
  const pg = new PostgresClient({ adapter: new PrismaPg({ connectionString: full, max: 10 }) });
  // Same generated API from the same model; only the driver differs.
  return { db: pg as unknown as Db, dialect };
}
