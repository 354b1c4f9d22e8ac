// The data model's twins: identical apart from the datasource, each migrating
// from empty to exactly its schema. Runs against the dialect DATABASE_URL names
// (CI runs it on SQLite and on PostgreSQL).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { postgresTwin } from "./twin";
import { createDb } from "../lib/db-client";
import { emptyDatabase, prisma } from "../lib/testing/test-db";

const MODELS = [
  "AuditEntry",
  "Campaign",
  "District",
  "Event",
  "EventAudience",
  "EventOrganization",
  "EventSource",
  "EventSpeaker",
  "Organization",
  "OrganizationAlias",
  "Person",
  "PersonAlias",
  "Region",
  "Source",
  "User",
  "UserRegion",
];

describe("schema twins", () => {
  it("the PostgreSQL twin is generated from the SQLite source unchanged", () => {
    const source = readFileSync("prisma/sqlite/schema.prisma", "utf8");
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresTwin(source));
  });

  it("refuses a source whose datasource is not in the expected form", () => {
    expect(() => postgresTwin('datasource db { provider = "mysql" }')).toThrow(/expected form/);
  });
});

describe("migrations from an empty database", async () => {
  const empty = await emptyDatabase();
  afterAll(() => empty.remove());

  it("migrate deploy creates every table", async () => {
    prisma(["migrate", "deploy"], empty.url);
    const { db } = createDb(empty.url);
    try {
      const rows =
        empty.dialect === "sqlite"
          ? await db.$queryRawUnsafe<{ name: string }[]>("select name from sqlite_master where type = 'table'")
          : await db.$queryRawUnsafe<{ name: string }[]>(
              "select tablename as name from pg_tables where schemaname = 'public'",
            );
      const names = rows.map((r) => r.name);
      for (const m of MODELS) expect(names).toContain(m);
      expect(names).toContain("_prisma_migrations");
    } finally {
      await db.$disconnect();
    }
  });

  it("leaves no drift between the migrations and the schema", () => {
    const out = prisma(
      [
        "migrate",
        "diff",
        "--from-config-datasource",
        "--to-schema",
        `prisma/${empty.dialect}/schema.prisma`,
        "--exit-code",
      ],
      empty.url,
    );
    expect(out).toMatch(/No difference detected/);
  });

  it("migrate status reports the database up to date", () => {
    expect(prisma(["migrate", "status"], empty.url)).toMatch(/up to date/i);
  });
});
