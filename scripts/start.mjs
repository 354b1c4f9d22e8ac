// `npm start`: fresh clone → seeded app on http://localhost:$PORT (default 3000).
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT, baseEnv, ensureBuilt, ensureInstalled, prepareDatabase } from "./bootstrap.mjs";

ensureInstalled();
const env = baseEnv();
prepareDatabase(env);
ensureBuilt(env);

const port = env.PORT || "3000";
console.log(`▸ serving on http://localhost:${port} (sign in as admin@demo.kz; see README)`);
const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), "-p", port], {
  cwd: ROOT,
  stdio: "inherit",
  env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
