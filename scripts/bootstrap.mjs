// Shared by `npm start` and `npm test`: bring a fresh clone to a runnable state
// using nothing but Node's standard library (node_modules may not exist yet).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

export function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
export const runBin = (name, args, env) => run(bin(name), args, env);

/**
 * Like runBin, but a failure is tried again (up to `attempts` times, waiting a
 * little longer each time): a database that is busy or still starting makes
 * `npm start` wait instead of fail.
 */
function runBinPatiently(name, args, env, attempts = 8) {
  for (let i = 1; ; i++) {
    const r = spawnSync(bin(name), args, { cwd: ROOT, stdio: "inherit", env });
    if (r.status === 0) return;
    if (i >= attempts) {
      console.error(`\n✖ ${name} ${args.join(" ")} failed ${attempts} times (exit ${r.status ?? r.signal})`);
      process.exit(r.status || 1);
    }
    const wait = Math.min(2 ** i, 30);
    console.log(`▸ the database is busy or not ready; trying again in ${wait} s (${i}/${attempts - 1})…`);
    spawnSync("sleep", [String(wait)]);
  }
}

/** npm ci when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json");
  const lock = path.join(ROOT, "package-lock.json");
  const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    console.log("▸ installing dependencies (npm ci)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  if (
    !existsSync(path.join(ROOT, "lib/generated/sqlite/client.ts")) ||
    !existsSync(path.join(ROOT, "lib/generated/postgres/client.ts"))
  ) {
    run("npm", ["run", "db:generate"]);
  }
}

/** The environment every step runs with; development defaults, never production ones. */
export function baseEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...extra };
  env.APP_ENV ??= "development";
  env.AUTH_TRUST_HOST ??= "true";
  if (!env.AUTH_SECRET && env.APP_ENV !== "production") env.AUTH_SECRET = localSecret();
  return env;
}

// A random secret kept beside the embedded database, so sessions survive a restart.
function localSecret() {
  const file = path.join(ROOT, "data", ".auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function hashTree(hash, p) {
  const full = path.join(ROOT, p);
  if (!existsSync(full) || p.startsWith("lib/generated")) return;
  const st = statSync(full);
  if (st.isDirectory()) {
    for (const name of readdirSync(full).sort()) {
      if (!name.endsWith(".test.ts")) hashTree(hash, path.join(p, name));
    }
  } else {
    hash.update(p).update(readFileSync(full));
  }
}

/** `next build` unless .next already holds a build of exactly these sources. */
export function ensureBuilt(env) {
  const hash = createHash("sha256");
  for (const p of BUILD_INPUTS) hashTree(hash, p);
  const digest = hash.digest("hex");
  const stamp = path.join(ROOT, ".next", "source-hash");
  const built = ["BUILD_ID", "import-worker.mjs"].every((f) => existsSync(path.join(ROOT, ".next", f)));
  if (built && existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return;
  console.log("▸ building the app (next build, then the import worker)…");
  runBin("next", ["build"], env);
  run(process.execPath, [path.join(ROOT, "scripts/build-import-worker.mjs")], env);
  writeFileSync(stamp, digest);
}

/** Apply migrations and the idempotent seed to DATABASE_URL (embedded SQLite by default). */
export function prepareDatabase(env) {
  console.log("▸ migrating and seeding the database…");
  runBinPatiently("prisma", ["migrate", "deploy"], env);
  runBinPatiently("tsx", ["prisma/seed.ts"], env);
}
