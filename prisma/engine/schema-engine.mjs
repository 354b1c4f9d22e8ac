#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary.
//
// Why: every Prisma CLI command downloads the native engine from Prisma's own
// host, which this project's machines cannot reach. The CLI honours
// PRISMA_SCHEMA_ENGINE_BINARY (set in prisma.config.ts), so we give it this
// executable: it speaks the same line-delimited JSON-RPC 2.0 on stdin/stdout
// and forwards every call to Prisma's own WASM build of the same engine
// (@prisma/schema-engine-wasm), which reaches the database through a driver
// adapter. Everything that is not a JSON-RPC response goes to stderr.
//
// Each work-around below is tagged with the engine quirk it answers.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import readline from "node:readline";
import { openAdapter, providerOf } from "./adapters.mjs";

const require = createRequire(import.meta.url);

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: "schema_engine::logger",
    }) + "\n",
  );
}

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") out.datamodels.push(argv[++i]);
    else if (a === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "--version" || a === "-V") out.version = true;
    else if (a === "cli") out.cli = argv[++i];
  }
  return out;
}

async function loadWasm() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const pkgDir = dirname(gluePath);
  const bytes = readFileSync(join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

function datasourceUrl(args) {
  const url = args.datasource?.url ?? process.env.DATABASE_URL;
  if (!url) throw Object.assign(new Error("No datasource URL was given"), { code: "P1012" });
  return url;
}

// `cli can-connect-to-database` / `cli create-database`: exit 0 on success,
// otherwise one JSON error line on stderr and exit 1 (what the CLI parses).
async function runCliCommand(args) {
  // The CLI skips the first stderr line (the native engine's start-up notice).
  log("INFO", `Starting schema engine CLI: ${args.cli}`);
  const url = datasourceUrl(args);
  try {
    const handle = await openAdapter(url, args.datasource?.shadowDatabaseUrl);
    try {
      if (args.cli === "create-database") await handle.createDatabase();
      await handle.ping();
    } finally {
      await handle.close();
    }
    process.exit(0);
  } catch (e) {
    log("ERROR", String(e?.message ?? e), { error_code: e?.code?.startsWith?.("P") ? e.code : "P1001" });
    process.exit(1);
  }
}

function minimalDatamodel(url) {
  const provider = providerOf(url) === "sqlite" ? "sqlite" : "postgresql";
  return [["schema.prisma", `datasource db {\n  provider = "${provider}"\n}\n`]];
}

// Turn whatever the WASM engine threw into a JSON-RPC error the CLI can show.
function toRpcError(e, registry) {
  let message = typeof e === "string" ? e : (e?.message ?? JSON.stringify(e));
  let errorCode = e?.error_code ?? e?.code;
  // Quirk 10: adapter failures surface as "External error id#N"; the real
  // error sits in the adapter's registry.
  const ext = /External error id#(\d+)/.exec(message);
  if (ext && registry) {
    const inner = registry.consumeError?.(Number(ext[1]));
    if (inner) message = `${message}: ${JSON.stringify(inner.error ?? inner)}`;
  }
  try {
    const parsed = JSON.parse(message);
    if (parsed && typeof parsed === "object") {
      message = parsed.message ?? message;
      errorCode = parsed.error_code ?? errorCode;
    }
  } catch {
    /* plain text message */
  }
  const isPanic = e instanceof WebAssembly.RuntimeError || /panicked|unreachable/.test(message);
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: isPanic,
      message,
      error_code: typeof errorCode === "string" ? errorCode : undefined,
      meta: e?.meta,
    },
  };
}

const isMissingMigrationsTable = (e) => /P1014|_prisma_migrations/.test(String(e?.message ?? e));
const needsShadowFactory = (e) => /shadow database must be provided|external factory/i.test(String(e?.message ?? e));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write("schema-engine-cli wasm-stand-in\n");
    return;
  }
  if (args.cli) return runCliCommand(args);

  const url = datasourceUrl(args);
  const { SchemaEngine } = await loadWasm();
  const handle = await openAdapter(url, args.datasource?.shadowDatabaseUrl);
  const datamodels = args.datamodels.length
    ? args.datamodels.map((p) => [p, readFileSync(p, "utf8")])
    : minimalDatamodel(url); // Quirk 7: diff / db execute start without datamodels.
  const engine = await SchemaEngine.new(
    { datamodels },
    (line) => process.stderr.write(String(line) + "\n"),
    handle.boundFactory,
  );

  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  let nextOwnId = 1_000_000;
  const pendingPrints = new Map();

  // Quirk 8: the CLI prints only what arrives as a `print` request.
  const printToCli = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const methods = {
    getDatabaseVersion: (p) => engine.version(p ?? null),
    async createDatabase() {
      await handle.createDatabase();
      return { databaseName: "" };
    },
    async reset(p) {
      // Quirk 9: the engine's reset is a no-op through the SQLite adapter.
      if (handle.provider === "sqlite") return handle.dropAll();
      return engine.reset(p);
    },
    async diff(p) {
      const result = await engine.diff(p);
      if (result?.stdout) await printToCli(result.stdout.replace(/\n$/, ""));
      return { exitCode: result?.exitCode ?? 0 };
    },
  };
  const withFreshHistory = async (fn, p) => {
    try {
      return await fn();
    } catch (e) {
      // Quirk 1: a fresh database has no _prisma_migrations table yet.
      if (!isMissingMigrationsTable(e) || !p?.migrationsList) throw e;
      await engine.applyMigrations({
        migrationsList: { ...p.migrationsList, migrationDirectories: [] },
        filters: p.filters ?? { externalTables: [], externalEnums: [] },
      });
      return fn();
    }
  };
  for (const m of ["devDiagnostic", "diagnoseMigrationHistory"]) {
    methods[m] = (p) => withFreshHistory(() => engine[m](p), p);
  }
  for (const m of ["createMigration", "evaluateDataLoss"]) {
    methods[m] = async (p) => {
      try {
        return await engine[m](p);
      } catch (e) {
        // Quirk 2: the shadow database is wired up by a devDiagnostic.
        if (!needsShadowFactory(e)) throw e;
        await methods.devDiagnostic({ migrationsList: p.migrationsList, filters: p.filters });
        return engine[m](p);
      }
    };
  }

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const inFlight = new Set();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (msg.id !== undefined && pendingPrints.has(msg.id) && !msg.method) {
      pendingPrints.get(msg.id)();
      pendingPrints.delete(msg.id);
      return;
    }
    const impl =
      methods[msg.method] ?? (typeof engine[msg.method] === "function" ? (p) => engine[msg.method](p) : null);
    const job = (async () => {
      if (!impl) {
        send({ jsonrpc: "2.0", id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method}` } });
        return;
      }
      try {
        const result = await impl(msg.params);
        send({ jsonrpc: "2.0", id: msg.id, result: result ?? {} });
      } catch (e) {
        send({ jsonrpc: "2.0", id: msg.id, error: toRpcError(e, handle.boundFactory.errorRegistry) });
      }
    })();
    inFlight.add(job);
    job.finally(() => inFlight.delete(job));
  });
  rl.on("close", async () => {
    await Promise.allSettled([...inFlight]);
    await handle.close();
    process.exit(0);
  });
}

main().catch((e) => {
  log("ERROR", String(e?.stack ?? e));
  process.exit(1);
});
