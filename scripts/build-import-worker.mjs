// `node scripts/build-import-worker.mjs [outfile]`: bundles the spreadsheet
// import worker (lib/import/worker.ts, run by lib/import/worker-run.ts) into
// one file, by default .next/import-worker.mjs beside the app's build. The
// packages stay outside the bundle, so it must sit inside the project to find
// them. `npm run build` runs this after `next build`.
import path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..");
const outfile = path.resolve(process.argv[2] ?? path.join(ROOT, ".next", "import-worker.mjs"));
await build({
  entryPoints: [path.join(ROOT, "lib/import/worker.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile,
  logLevel: "warning",
});
