// Builds a Prisma client for whichever database DATABASE_URL names. Used by the
// app (through lib/db.ts), the seed and the tests; not imported by pages.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import QueryStream from "pg-query-stream";
import { absoluteUrl, databaseUrl, dialectOf, sqliteFilePath, type Dialect } from "./db-url";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

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

// better-sqlite3 binds no booleans: 0/1, as the adapter stores them.
const sqliteValues = (values: unknown[]) => values.map((v) => (typeof v === "boolean" ? Number(v) : v));
const TIMESTAMP_OID = 1114;
// Columns are "timestamp" (no zone) holding UTC: read them as UTC, whatever the server's zone.
const timestampTypes = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format),
};

/**
 * Streams every row of one read-only statement straight from the driver,
 * without materialising the result: better-sqlite3's iterate() on a read-only
 * connection (WAL lets it read beside the app's writer), or a server-side
 * cursor on PostgreSQL. Used for exports, where Prisma's per-row cost dominates.
 */
export async function* streamRows(
  sql: { sql: string; text: string; values: unknown[] },
  url: string = databaseUrl(),
): AsyncGenerator<Record<string, unknown>> {
  const full = absoluteUrl(url);
  if (dialectOf(full) === "sqlite") {
    const conn = new Database(sqliteFilePath(full), { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      yield* conn.prepare(sql.sql).iterate(...sqliteValues(sql.values)) as Iterable<Record<string, unknown>>;
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: full });
  await client.connect();
  try {
    yield* client.query(
      new QueryStream(sql.text, sql.values, { batchSize: 1000, types: timestampTypes }),
    ) as AsyncIterable<Record<string, unknown>>;
  } finally {
    await client.end();
  }
}

// Read-only driver handles for queryRows, one per database per process.
type Reader = { sqlite: Database.Database; statements: Map<string, Database.Statement> } | { pool: pg.Pool };
const readers = ((globalThis as unknown as { __outreachReaders?: Map<string, Reader> }).__outreachReaders ??=
  new Map());

function readerFor(full: string): Reader {
  let r = readers.get(full);
  if (!r) {
    r =
      dialectOf(full) === "sqlite"
        ? {
            sqlite: new Database(sqliteFilePath(full), { readonly: true, fileMustExist: true, timeout: 10_000 }),
            statements: new Map(),
          }
        : { pool: new pg.Pool({ connectionString: full, max: 4, types: timestampTypes }) };
    // An idle connection that the server drops (restart, dropped test database)
    // is replaced on the next query; without a listener the pool would throw.
    if ("pool" in r) r.pool.on("error", () => {});
    readers.set(full, r);
  }
  return r;
}

/**
 * All rows of one read-only statement, straight from the driver. The register's
 * pages use this: a page is one statement, and Prisma's per-query cost would
 * otherwise be most of its time. SQLite reads on a read-only connection with
 * cached prepared statements (WAL: it sees every committed write at once);
 * PostgreSQL through a small pool of its own.
 */
export async function queryRows(
  sql: { sql: string; text: string; values: unknown[] },
  url: string = databaseUrl(),
): Promise<Record<string, unknown>[]> {
  const r = readerFor(absoluteUrl(url));
  if ("pool" in r) return (await r.pool.query(sql.text, sql.values)).rows as Record<string, unknown>[];
  let statement = r.statements.get(sql.sql);
  if (!statement) {
    if (r.statements.size >= 500) r.statements.clear(); // distinct filter shapes are few; this only bounds memory
    statement = r.sqlite.prepare(sql.sql);
    r.statements.set(sql.sql, statement);
  }
  return statement.all(...sqliteValues(sql.values)) as Record<string, unknown>[];
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
