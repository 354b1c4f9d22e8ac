// The PostgreSQL twin of the data model is the SQLite source with only the
// datasource provider and the client output changed.
export const TWIN_SOURCE = "prisma/sqlite/schema.prisma";
export const TWIN_TARGET = "prisma/postgres/schema.prisma";

export function postgresTwin(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider(\s*)=\s*"sqlite"/, 'provider$1= "postgresql"')
    .replace('output       = "../../lib/generated/sqlite"', 'output       = "../../lib/generated/postgres"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error(`${TWIN_SOURCE}: datasource or generator block not in the expected form`);
  }
  return `// GENERATED from ${TWIN_SOURCE} by scripts/twin-schema.mts. Do not edit.\n${out}`;
}
