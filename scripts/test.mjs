// `npm test`: everything, from a fresh clone. Types, schema twins, unit and
// integration tests (a real database per file), then the browser tests against
// the production build in Chromium (installed from Debian when missing).
import { existsSync } from "node:fs";
import { ROOT, baseEnv, ensureBuilt, ensureInstalled, run, runBin } from "./bootstrap.mjs";

const step = (name) => console.log(`\n▸ ${name}`);

function ensureChromium() {
  const found =
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)) ?? process.env.CHROMIUM_PATH;
  if (found) return;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    console.error(
      "Chromium is needed for the browser tests: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  step("installing Chromium from Debian (apt-get install -y chromium)");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
}

ensureInstalled();
const env = baseEnv();
process.chdir(ROOT);

step("type check");
runBin("tsc", ["--noEmit"], env);
step("lint (ESLint, zero warnings), format (Prettier) and unused code (knip)");
runBin("eslint", [".", "--max-warnings=0"], env);
runBin("prettier", ["--check", "."], env);
runBin("knip", [], env);
step("schema twins agree");
runBin("tsx", ["scripts/twin-schema.mts", "--check"], env);
step("unit and integration tests (vitest)");
runBin("vitest", ["run"], env);
ensureChromium();
step("production build");
ensureBuilt(env);
step("browser tests (Playwright, Chromium)");
runBin("playwright", ["test"], env);
step("the history replays to the data after every browser test (audit:verify)");
runBin("tsx", ["scripts/audit-verify.mts"], {
  ...env,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
});
console.log("\n✔ all tests passed");
