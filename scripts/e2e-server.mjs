// The server Playwright tests run against: the built app on its own freshly
// migrated and seeded database (data/e2e.db unless DATABASE_URL says otherwise).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { ROOT, baseEnv, prepareDatabase } from "./bootstrap.mjs";

const env = baseEnv({ DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db" });
if (env.DATABASE_URL.startsWith("file:")) {
  const file = path.resolve(ROOT, env.DATABASE_URL.slice("file:".length));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
prepareDatabase(env);
const child = spawn(
  process.execPath,
  [path.join(ROOT, "scripts/serve.mjs"), "-p", env.PORT ?? "3100", "-H", "127.0.0.1"],
  {
    cwd: ROOT,
    stdio: "inherit",
    env,
  },
);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
