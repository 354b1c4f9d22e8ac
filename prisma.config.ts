// Prisma CLI configuration. The twin (schema + migrations folder) follows
// DATABASE_URL, so `npx prisma migrate deploy` does the right thing on either
// database without flags.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { absoluteUrl, databaseUrl, dialectOf } from "./lib/db-url";

// The native schema engine cannot be downloaded here; our stand-in forwards to
// Prisma's WASM build of the same engine (see prisma/engine/schema-engine.mjs).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/engine/schema-engine.mjs");
process.env.CHECKPOINT_DISABLE ??= "1";

const url = absoluteUrl(databaseUrl());
const dialect = dialectOf(url);

// Search indexes Prisma's schema language cannot express (FTS5 trigram on
// SQLite, pg_trgm on PostgreSQL) live in their own tables, created by the
// migrations and kept in step by triggers. Migrate must leave them alone.
const SEARCH_TABLES =
  dialect === "sqlite"
    ? ["EventSearch", "EventSearch_config", "EventSearch_data", "EventSearch_docsize", "EventSearch_idx"]
    : ["public.EventSearch"];

export default defineConfig({
  experimental: { externalTables: true },
  tables: { external: SEARCH_TABLES },
  schema: `prisma/${dialect}/schema.prisma`,
  migrations: { path: `prisma/${dialect}/migrations`, seed: "tsx prisma/seed.ts" },
  datasource: { url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
