// npm run db:restore -- FILE — replaces the database DATABASE_URL names with a
// backup made by db:backup. Stop the app first: every row is replaced.
import { restore } from "../lib/backup";
import { absoluteUrl, databaseUrl } from "../lib/db-url";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- FILE   (a file written by npm run db:backup)");
  process.exit(2);
}
await restore(absoluteUrl(databaseUrl()), file);
console.log(`restored ${file} into the database DATABASE_URL names`);
