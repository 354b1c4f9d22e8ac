// Many rows into one table in a few statements: an import's batches of
// created events, their links and their history entries. Raw SQL because
// Prisma's createMany compiles every value of every call afresh (about a third
// of a millisecond a row here, several times the insert itself). Values are
// bound parameters, mapped by the driver adapter as Prisma's own writes map
// them (dates, booleans); PostgreSQL enum columns are cast by type name.
// Table and column names come from the code, never from input.
import { Prisma } from "../../generated/sqlite/client";
import type { Tx } from "../../db-client";
import type { Dialect } from "../../db-url";

export type BulkColumn = { name: string; enum?: string };

// Bound values per statement, under both databases' limits (SQLite 32,766;
// PostgreSQL 65,535).
const MAX_VALUES = 30_000;

export async function insertRows(
  tx: Tx,
  dialect: Dialect,
  table: string,
  columns: BulkColumn[],
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  const names = Prisma.raw(columns.map((c) => `"${c.name}"`).join(", "));
  const value = (c: BulkColumn, v: unknown) =>
    c.enum && dialect === "postgres" && v !== null
      ? Prisma.sql`CAST(${v} AS ${Prisma.raw(`"${c.enum}"`)})`
      : Prisma.sql`${v}`;
  const per = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const tuples = rows
      .slice(i, i + per)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => value(c, row[c.name] ?? null)))})`);
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(tuples)}`;
  }
}
