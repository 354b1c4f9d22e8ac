// Backups of the whole database, and restores from them, for the operator
// (npm run db:backup / db:restore). SQLite: the online backup API, so the app
// may keep running while it copies; the restore copies the file back and must
// run while the app is stopped. PostgreSQL: pg_dump's custom format and
// pg_restore (Debian's postgresql-client), which replace every table.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dialectOf, sqliteFilePath } from "./db-url";

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");

export function defaultBackupFile(url: string, dir = "backups"): string {
  return path.join(dir, `outreach-${stamp()}.${dialectOf(url) === "sqlite" ? "db" : "dump"}`);
}

/** Writes a consistent copy of the database `url` names to `file`. */
export async function backup(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (dialectOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** Replaces the database `url` names with the backup in `file`. */
export async function restore(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  if (dialectOf(url) === "sqlite") {
    const target = sqliteFilePath(url);
    mkdirSync(path.dirname(target), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return;
  }
  execFileSync(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${url}`, file],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}
