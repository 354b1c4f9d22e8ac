// What GET /api/health reports: the database answers, and every migration in
// this build's migrations folder is applied (none failed or pending). No
// names, versions or addresses: nothing an outsider could use.
import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { dialect, queryRows } from "../db";
import { Prisma } from "../generated/sqlite/client";

function expectedMigrations(): number | null {
  try {
    const dir = path.join(process.cwd(), "prisma", dialect, "migrations");
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  } catch {
    return null; // a deployment without the folder: only failures count
  }
}

export async function health(): Promise<{ database: boolean; migrations: boolean }> {
  try {
    const [row] = await queryRows(
      Prisma.sql`SELECT COUNT(*) AS "applied",
        SUM(CASE WHEN "finished_at" IS NULL OR "rolled_back_at" IS NOT NULL THEN 1 ELSE 0 END) AS "broken"
        FROM "_prisma_migrations"`,
    );
    const applied = Number(row?.applied ?? 0);
    const expected = expectedMigrations();
    return {
      database: true,
      migrations: Number(row?.broken ?? 0) === 0 && (expected === null || applied >= expected),
    };
  } catch {
    return { database: false, migrations: false };
  }
}
