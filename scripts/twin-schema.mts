// Generates the PostgreSQL twin of the data model from the SQLite one: only the
// datasource provider and the client output differ. `--check` fails (exit 1)
// when the committed twin has drifted from the source.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const SOURCE = "prisma/sqlite/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function postgresTwin(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider(\s*)=\s*"sqlite"/, 'provider$1= "postgresql"')
    .replace('output       = "../../lib/generated/sqlite"', 'output       = "../../lib/generated/postgres"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error(`${SOURCE}: datasource or generator block not in the expected form`);
  }
  return `// GENERATED from ${SOURCE} by scripts/twin-schema.mts. Do not edit.\n${out}`;
}

const expected = postgresTwin(readFileSync(SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  let actual = "";
  try {
    actual = readFileSync(TARGET, "utf8");
  } catch {}
  if (actual !== expected) {
    console.error(`${TARGET} has drifted from ${SOURCE}: run \`npm run db:twin\` and add a migration for both.`);
    process.exit(1);
  }
  console.log("schema twins agree");
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(TARGET, expected);
  console.log(`wrote ${TARGET}`);
}
