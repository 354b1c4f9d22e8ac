// A name typed in an event form is the record already known by that
// spelling, as its name or as an alias; a new spelling is a new record with
// its own history entry. (SQLite here, PostgreSQL in CI.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let refs: typeof import("./directory-refs");
let transaction: typeof import("./transaction");
let admin: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  refs = await import("./directory-refs");
  transaction = await import("./transaction");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
});
afterAll(() => t.drop());

const idFor = (kind: "person" | "organization", name: string) =>
  transaction.writeTransaction((tx) => refs.directoryIdFor(tx, admin, kind, { name }, "speakers.0.person"));

describe("a typed name", () => {
  it("is the person with that name, or with it as an alias", async () => {
    const named = await t.db.person.create({
      data: { fullName: "Refperson Named", aliases: { create: [{ name: "Рефперсон Назван" }] } },
    });
    expect(await idFor("person", "Refperson Named")).toBe(named.id);
    expect(await idFor("person", "Рефперсон Назван")).toBe(named.id);
  });

  it("prefers the record named so over another that has the spelling as an alias", async () => {
    const aliased = await t.db.person.create({
      data: { fullName: "Refperson Older", aliases: { create: [{ name: "Refperson Shared" }] } },
    });
    const named = await t.db.person.create({ data: { fullName: "Refperson Shared" } });
    expect(named.id).toBeGreaterThan(aliased.id);
    expect(await idFor("person", "Refperson Shared")).toBe(named.id);
  });

  it("is an organisation by its name or alias", async () => {
    const org = await t.db.organization.create({
      data: { name: "Reforg LLP", aliases: { create: [{ name: "ТОО «Рефорг»" }] } },
    });
    expect(await idFor("organization", "Reforg LLP")).toBe(org.id);
    expect(await idFor("organization", "ТОО «Рефорг»")).toBe(org.id);
  });

  it("not yet known is a new record, once, with its history", async () => {
    const id = await idFor("organization", "Reforg Brand New JSC");
    expect(await idFor("organization", "Reforg Brand New JSC")).toBe(id);
    expect(await t.db.organization.count({ where: { name: "Reforg Brand New JSC" } })).toBe(1);
    const entry = await t.db.auditEntry.findFirstOrThrow({
      where: { entity: "Organization", entityId: String(id), action: "create" },
    });
    expect(entry.actorEmail).toBe("admin@demo.kz");
  });
});
