// Which database to use is decided by DATABASE_URL alone: `file:…` is the
// embedded SQLite file, `postgresql://…` is PostgreSQL. Shared by the app,
// prisma.config.ts and the scripts, so they can never disagree.
import path from "node:path";

export type Dialect = "sqlite" | "postgres";

const DEFAULT_DATABASE_URL = "file:./data/outreach.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function dialectOf(url: string): Dialect {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:")`);
}

/** Absolute path of the SQLite file, relative paths taken from the project root. */
export function sqliteFilePath(url: string, root: string = process.cwd()): string {
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  return raw === ":memory:" ? raw : path.resolve(root, raw);
}

/** The URL with a relative SQLite path made absolute (the CLI runs elsewhere). */
export function absoluteUrl(url: string, root: string = process.cwd()): string {
  return dialectOf(url) === "sqlite" ? `file:${sqliteFilePath(url, root)}` : url;
}
