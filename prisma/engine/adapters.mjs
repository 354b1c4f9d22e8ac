// Driver adapters for the schema-engine stand-in, one per dialect, each with the
// fixes the WASM engine needs (quirk numbers refer to STACK-NOTES.md).
import { mkdirSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import pg from "pg";

export function providerOf(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw Object.assign(new Error(`Unsupported DATABASE_URL scheme: ${url.split(":")[0]}`), { code: "P1013" });
}

function sqlitePath(url) {
  const raw = url.slice("file:".length).split("?")[0];
  return raw === ":memory:" ? raw : resolve(process.cwd(), raw);
}

// Quirk 9: when replaying migrations on the shadow database the engine sends
// whole multi-statement scripts through executeRaw, which better-sqlite3's
// prepare() rejects. Parameterless scripts go to executeScript instead.
function scriptAware(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      const text = `${e?.message ?? ""} ${JSON.stringify(e?.cause ?? e ?? {})}`;
      if (query.args.length > 0 || !/more than one statement/i.test(text)) throw e;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

function openSqlite(url) {
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  // Wait for a running app to finish its write instead of failing at once.
  const inner = new PrismaBetterSqlite3({ url: path, timeout: 10_000 }, { shadowDatabaseUrl: ":memory:" });
  const factory = {
    provider: "sqlite",
    adapterName: inner.adapterName,
    connect: async () => scriptAware(await inner.connect()),
    connectToShadowDb: async () => scriptAware(await inner.connectToShadowDb()),
  };
  const withDb = (fn) => {
    const db = new Database(path, { timeout: 10_000 });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    provider: "sqlite",
    boundFactory: bindMigrationAwareSqlAdapterFactory(factory),
    ping: async () => withDb((db) => db.prepare("select 1").get()),
    createDatabase: async () => withDb(() => undefined), // the file is the database
    dropAll: async () =>
      withDb((db) => {
        const objects = db
          .prepare(
            "select type, name from sqlite_master where name not like 'sqlite_%' and type in ('view','trigger','table')",
          )
          .all();
        db.pragma("foreign_keys = OFF");
        for (const kind of ["view", "trigger", "table"]) {
          for (const o of objects.filter((x) => x.type === kind)) {
            db.exec(`drop ${kind} if exists "${o.name.replaceAll('"', '""')}"`);
          }
        }
        db.exec("vacuum");
        return {};
      }),
    close: async () => {},
  };
}

// Quirk 5: node-postgres lets a connection string override `database`, so the
// adapter's own "shadow" would be the real database. Build configs from fields.
function pgConfig(url) {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" } } : {}),
  };
}

// Quirk 3: adapter-pg reports the `"char"` catalog columns (OID 18) with a type
// the engine cannot deserialize: report them as text (OID 25). The adapter
// queries through pool.query, and through pooled clients inside transactions.
function charAsText(pool) {
  const fix = (r) => {
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  const patch = (target) => {
    const query = target.query.bind(target);
    target.query = (...args) => {
      const res = query(...args);
      return res && typeof res.then === "function" ? res.then(fix) : res;
    };
  };
  patch(pool);
  pool.on("connect", patch);
  return pool;
}

// adapter-pg's executeScript splits a script on every ";", which breaks
// dollar-quoted function bodies and applies half a migration when a later
// statement fails. PostgreSQL runs a multi-statement simple query as one
// implicit transaction, so send the script whole: correct and atomic.
async function wholeScripts(adapterPromise) {
  const adapter = await adapterPromise;
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

const pgErrorCode = (e) =>
  e?.code === "3D000" ? "P1003" : e?.code === "28P01" || e?.code === "28000" ? "P1000" : "P1001";

async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

function openPostgres(url, shadowUrl) {
  const config = pgConfig(url);
  const pools = [];
  const adapterFor = (cfg) => {
    const pool = charAsText(new pg.Pool({ ...cfg, max: 4 }));
    pools.push(pool);
    return new PrismaPg(pool);
  };
  const main = adapterFor(config);
  const factory = {
    provider: "postgres",
    adapterName: main.adapterName,
    connect: () => wholeScripts(main.connect()),
    async connectToShadowDb() {
      if (shadowUrl) return wholeScripts(adapterFor(pgConfig(shadowUrl)).connect());
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      await withClient(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const pool = charAsText(new pg.Pool({ ...config, database: name, max: 2 }));
      const adapter = await wholeScripts(new PrismaPg(pool).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose().catch(() => {});
        await pool.end().catch(() => {});
        await withClient(config, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
      };
      return adapter;
    },
  };
  return {
    provider: "postgres",
    boundFactory: bindMigrationAwareSqlAdapterFactory(factory),
    async ping() {
      try {
        await withClient(config, (c) => c.query("select 1"));
      } catch (e) {
        throw Object.assign(new Error(e.message), { code: pgErrorCode(e) });
      }
    },
    async createDatabase() {
      try {
        await withClient({ ...config, database: "postgres" }, async (c) => {
          const found = await c.query("select 1 from pg_database where datname = $1", [config.database]);
          if (found.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(config.database)}`);
        });
      } catch (e) {
        throw Object.assign(new Error(e.message), { code: pgErrorCode(e) });
      }
    },
    close: async () => {
      await Promise.allSettled(pools.map((p) => p.end()));
    },
  };
}

export async function openAdapter(url, shadowUrl) {
  return providerOf(url) === "sqlite" ? openSqlite(url) : openPostgres(url, shadowUrl);
}
