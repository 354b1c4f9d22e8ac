// npm run db:backup [-- FILE] — a consistent copy of the database DATABASE_URL
// names (default file: backups/outreach-<time>.db or .dump). See lib/backup.ts.
import { backup, defaultBackupFile } from "../lib/backup";
import { absoluteUrl, databaseUrl } from "../lib/db-url";

const url = absoluteUrl(databaseUrl());
const file = process.argv[2] ?? defaultBackupFile(url);
await backup(url, file);
console.log(`backup written to ${file}`);
