// npm run extract -- FILE.txt [--url URL] [--published YYYY-MM-DD]
// npm run extract -- batch.json        (the body of POST /api/intake/drafts)
// Prints the API's answer as JSON, against the database DATABASE_URL names
// (people, organisations and events are matched there), as an admin would
// see it. Nothing is written. Runs with the react-server condition
// (scripts/extract.mjs) so the data layer loads outside Next.
import { readFileSync } from "node:fs";
import { draftArticlesCommand } from "../lib/commands/intake";
import { commandLineUser } from "../lib/data/intake";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!file) {
  console.error("usage: npm run extract -- FILE.txt [--url URL] [--published YYYY-MM-DD] | batch.json");
  process.exit(2);
}
const raw = readFileSync(file, "utf8");
const body = file.endsWith(".json")
  ? (JSON.parse(raw) as unknown)
  : { articles: [{ id: file, text: raw, url: flag("url"), publishedAt: flag("published") }] };
const r = await draftArticlesCommand(await commandLineUser(), body);
if (!r.ok) {
  console.error(JSON.stringify({ error: r.message, code: r.code, fieldErrors: r.fieldErrors }));
  process.exitCode = 1;
} else {
  const { ok: _ok, ...out } = r;
  await new Promise((resolve) => process.stdout.write(`${JSON.stringify(out, null, 2)}\n`, resolve));
}
process.exit();
