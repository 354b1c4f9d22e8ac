// The one door to the database: every connection the app opens is made here,
// from DATABASE_URL, within one budget per database per process (DB_POOL_SIZE).
// - PostgreSQL: one pg.Pool of DB_POOL_SIZE connections, shared by Prisma (its
//   driver adapter takes the pool), the raw page reads and the export cursors
//   (each export holds one pooled client while it streams; at most a quarter of the
//   pool streams exports at once, so writes always find a connection).
// - SQLite: Prisma's one read-write connection, one read-only connection for
//   page reads (cached prepared statements), and at most DB_POOL_SIZE / 4
//   read-only connections for export streams (an iterating statement holds its
//   connection; further exports queue). WAL lets readers see every commit at once beside the writer.
// Used by the app (through lib/db.ts), the seed, scripts and tests; pages never
// import it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import QueryStream from "pg-query-stream";
import { Pool as ResourcePool } from "tarn";
import { isolateTransactions } from "./db-sqlite-isolation";
import { absoluteUrl, databaseUrl, dialectOf, sqliteFilePath, type Dialect } from "./db-url";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient, type Prisma } from "./generated/sqlite/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// Both twins are generated from one data model, so their clients have the same
// API but for the transaction isolation levels each provider names, which this
// app never sets. The app is typed against the SQLite client. TypeScript
// cannot compare the two clients' result types (conditional types declared in
// two generated modules), so the PostgreSQL client becomes a `Db` by assertion
// (`asDb`), and what the compiler can check is checked there: the same models,
// each with the same methods.
export type Db = SqliteClient;
/** What a write receives inside a transaction. */
export type Tx = Prisma.TransactionClient;

/** A statement with its values, as Prisma.sql builds it (`sql` for SQLite, `text` for PostgreSQL). */
export type Statement = { sql: string; text: string; values: unknown[] };
type Row = Record<string, unknown>;

export type Connections = {
  db: Db;
  dialect: Dialect;
  /** All rows of one read-only statement, straight from the driver (a register page is one statement). */
  queryRows(statement: Statement): Promise<Row[]>;
  /** Every row of one read-only statement, streamed without materialising the result (exports). */
  streamRows(statement: Statement): AsyncGenerator<Row>;
  close(): Promise<void>;
};

/** Connections per database per process: DB_POOL_SIZE (2–100), 10 by default. */
function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DB_POOL_SIZE ?? 10);
  return Number.isInteger(n) && n >= 2 && n <= 100 ? n : 10;
}

/**
 * Exports streaming at once: a quarter of the budget. An export holds its connection
 * for as long as the client downloads, so without a cap thirty of them would
 * hold every connection and every create would wait for an export to end.
 * Further exports queue for a slot (their download starts when one frees).
 */
const exportSlots = () => Math.max(1, Math.floor(poolSize() / 4));
// How long an export waits for a slot before it gives up (the download ends with an error).
const QUEUE_MS = 15 * 60_000;

/** A counting semaphore: tarn's pool, of tokens instead of connections. */
function slots(max: number) {
  const pool = new ResourcePool<object>({
    create: () => ({}),
    destroy: () => undefined,
    min: 0,
    max,
    acquireTimeoutMillis: QUEUE_MS,
  });
  return {
    async run<T>(work: () => AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
      const token = await pool.acquire().promise;
      return (async function* () {
        try {
          yield* work();
        } finally {
          pool.release(token);
        }
      })();
    },
    close: () => pool.destroy(),
  };
}

// better-sqlite3 iterates synchronously: an export that never paused would
// keep every other request of the process waiting until it ended.
const YIELD_EVERY = 100;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

// Per-connection settings that make the embedded database safe: WAL with a full
// fsync per commit (no acknowledged write is lost on a crash), writers wait for
// each other instead of failing, and foreign keys are enforced (SQLite's default
// is off, and the adapter does not turn them on).
const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

const STATEMENT_CACHE = 500;

/**
 * The adapter prepares every statement afresh (`client.prepare(sql).bind(args)`).
 * Preparing costs as much CPU as running, and better-sqlite3 frees a
 * statement's native memory only when V8 collects its small wrapper, so a busy
 * process (an import writes ~15 statements per row) grows by hundreds of MB.
 * Here the connection keeps its prepared statements by SQL text (bounded, least
 * recently used dropped) and `bind` gives a view that passes the arguments to
 * each call instead of binding them to the shared statement for good.
 */
export function reusePreparedStatements(client: Database.Database, max = STATEMENT_CACHE): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  const cached = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below: most recently used last
    } else {
      statement = prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return statement;
  };
  const view = (statement: Database.Statement, args: unknown[]) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    run: () => statement.run(...args),
    all: () => statement.all(...args),
    get: () => statement.get(...args),
  });
  const patched = (sql: string) => {
    const statement = cached(sql);
    const bind = (...args: unknown[]) => view(statement, args.length === 1 && Array.isArray(args[0]) ? args[0] : args);
    // Everything but `bind` goes to the shared statement itself (its native
    // methods must be called on it, not on a stand-in).
    return new Proxy(statement, {
      get(target, prop) {
        if (prop === "bind") return bind;
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  client.prepare = patched as typeof client.prepare;
}

function sqliteFactory(file: string): SqlDriverAdapterFactory {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return {
    provider: "sqlite",
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      reusePreparedStatements((adapter as unknown as { client: Database.Database }).client);
      await adapter.executeScript(SQLITE_PRAGMAS);
      return isolateTransactions(adapter);
    },
  };
}

// better-sqlite3 binds no booleans: 0/1, as the adapter stores them.
const sqliteValues = (values: unknown[]) => values.map((v) => (typeof v === "boolean" ? Number(v) : v));

function sqliteConnections(file: string): Connections {
  const db = new SqliteClient({ adapter: sqliteFactory(file) });
  const open = () => new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  let reader: Database.Database | null = null;
  const statements = new Map<string, Database.Statement<unknown[], Row>>();
  const streams = new ResourcePool<Database.Database>({
    create: open,
    destroy: (c) => c.close(),
    min: 0,
    max: exportSlots(),
    idleTimeoutMillis: 30_000,
    acquireTimeoutMillis: QUEUE_MS,
  });
  return {
    db,
    dialect: "sqlite",
    async queryRows(s) {
      reader ??= open();
      let statement = statements.get(s.sql);
      if (!statement) {
        if (statements.size >= 500) statements.clear(); // distinct filter shapes are few; this only bounds memory
        statement = reader.prepare<unknown[], Row>(s.sql);
        statements.set(s.sql, statement);
      }
      return statement.all(...sqliteValues(s.values));
    },
    async *streamRows(s) {
      const conn = await streams.acquire().promise;
      try {
        let n = 0;
        for (const row of conn.prepare<unknown[], Row>(s.sql).iterate(...sqliteValues(s.values))) {
          yield row;
          if (++n % YIELD_EVERY === 0) await nextTick();
        }
      } finally {
        streams.release(conn);
      }
    },
    async close() {
      await db.$disconnect();
      reader?.close();
      await streams.destroy();
    },
  };
}

const TIMESTAMP_OID = pg.types.builtins.TIMESTAMP;
// Columns are "timestamp" (no zone) holding UTC: read them as UTC, whatever the server's zone.
const timestampTypes = {
  getTypeParser: (oid: Parameters<typeof pg.types.getTypeParser>[0], format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? (v: string) => new Date(`${v.replace(" ", "T")}Z`)
      : (pg.types.getTypeParser(oid, format ?? "text") as (v: string) => unknown),
};

type Same<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : false;
type PgTx = Omit<PostgresClient, "$connect" | "$disconnect" | "$on" | "$extends">;
/** True when both clients have the same members and every model the same methods. */
type SameApi =
  Same<keyof PostgresClient, keyof SqliteClient> extends true
    ? false extends { [K in keyof Tx]: Same<keyof Tx[K], keyof PgTx[K & keyof PgTx]> }[keyof Tx]
      ? false
      : true
    : false;
/** The PostgreSQL client as the app's `Db` (see `Db`): takes it only while `SameApi` holds. */
function asDb(client: SameApi extends true ? PostgresClient : never): Db {
  return client as unknown as Db;
}

function postgresConnections(url: string): Connections {
  const pool = new pg.Pool({ connectionString: url, max: poolSize() });
  // An idle connection that the server drops (restart, dropped test database)
  // is replaced on the next query; without a listener the pool would throw.
  pool.on("error", () => undefined);
  const client = new PostgresClient({ adapter: new PrismaPg(pool) });
  const exports = slots(exportSlots());
  return {
    db: asDb(client),
    dialect: "postgres",
    async queryRows(s) {
      return (await pool.query<Row>({ text: s.text, values: s.values, types: timestampTypes })).rows;
    },
    async *streamRows(s) {
      yield* await exports.run(async function* () {
        const conn = await pool.connect();
        try {
          yield* conn.query(
            // Small batches: each is handled in one turn of the event loop, so other requests get theirs between them.
            new QueryStream(s.text, s.values, { batchSize: 100, types: timestampTypes }),
          ) as AsyncIterable<Row>;
        } finally {
          conn.release();
        }
      });
    },
    async close() {
      await client.$disconnect();
      await exports.close();
      await pool.end();
    },
  };
}

/** A new set of connections for the database `url` names (scripts and tests; the app uses lib/db.ts). */
export function createDb(url: string = databaseUrl()): Connections {
  const full = absoluteUrl(url);
  return dialectOf(full) === "sqlite" ? sqliteConnections(sqliteFilePath(full)) : postgresConnections(full);
}
