// `npm run db:twin` writes the PostgreSQL twin from the SQLite source;
// `npm run db:check` (--check) fails when the committed twin has drifted.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { postgresTwin, TWIN_SOURCE, TWIN_TARGET } from "../prisma/twin";

const expected = postgresTwin(readFileSync(TWIN_SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  let actual = "";
  try {
    actual = readFileSync(TWIN_TARGET, "utf8");
  } catch {
    // missing counts as drift
  }
  if (actual !== expected) {
    console.error(
      `${TWIN_TARGET} has drifted from ${TWIN_SOURCE}: run \`npm run db:twin\` and add a migration for both.`,
    );
    process.exit(1);
  }
  console.log("schema twins agree");
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(TWIN_TARGET, expected);
  console.log(`wrote ${TWIN_TARGET}`);
}
