// Merging people and organisations on a real database (both dialects in CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchKey } from "../search/normalize";
import { seededDatabase, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let writes: typeof import("./directory-writes");
const actor: SessionUser = { id: 1, email: "admin@demo.kz", name: "Admin", role: "admin", regionIds: [] };

beforeAll(async () => {
  t = await seededDatabase();
  writes = await import("./directory-writes");
});
afterAll(() => t.drop());

describe("merge", () => {
  it("moves a person's events, keeps their names as aliases, rebuilds search text, records it", async () => {
    const keep = await t.db.person.findUniqueOrThrow({ where: { seedKey: "uteshev" } });
    const dup = await t.db.person.create({ data: { fullName: "Нұрлан Өтешев", searchText: "" } });
    const koneTaraz = await t.db.event.findUniqueOrThrow({ where: { seedKey: "kone-taraz-residents-2026" } });
    const shared = await t.db.event.findUniqueOrThrow({ where: { seedKey: "turkestan-maslikhat-secretaries-2022" } });
    await t.db.eventSpeaker.create({ data: { eventId: koneTaraz.id, personId: dup.id, role: "Guest", position: 5 } });
    await t.db.eventSpeaker.create({
      data: { eventId: shared.id, personId: dup.id, role: "Duplicate row", position: 9 },
    });

    expect(await writes.mergePeople(actor, keep.id, dup.id)).toBe(true);

    expect(await t.db.person.findUnique({ where: { id: dup.id } })).toBeNull();
    const speaks = await t.db.eventSpeaker.findMany({ where: { personId: keep.id }, select: { eventId: true } });
    expect(speaks.map((s) => s.eventId).sort()).toEqual([koneTaraz.id, shared.id].sort());
    const aliases = (await t.db.personAlias.findMany({ where: { personId: keep.id } })).map((a) => a.name);
    expect(aliases).toEqual(expect.arrayContaining(["Нұрлан Өтешев", "Нурлан Утешев"]));
    const e = await t.db.event.findUniqueOrThrow({ where: { id: koneTaraz.id } });
    expect(e.searchText).toContain(searchKey("Nurlan Uteshev"));
    const log = await t.db.auditEntry.findFirstOrThrow({
      where: { entity: "Person", entityId: String(keep.id), action: "merge" },
    });
    expect(log.before).toContain("Нұрлан Өтешев");
  });

  it("moves an organisation's hosting and speakers' affiliations", async () => {
    const keep = await t.db.organization.findUniqueOrThrow({ where: { seedKey: "kazakhmys" } });
    const dup = await t.db.organization.findUniqueOrThrow({ where: { seedKey: "kazakhmys-smelting" } });
    const before = await t.db.eventOrganization.count({ where: { organizationId: { in: [keep.id, dup.id] } } });
    expect(await writes.mergeOrganizations(actor, keep.id, dup.id)).toBe(true);
    // Both took part in the two 2026 events: the duplicate rows collapse.
    expect(await t.db.eventOrganization.count({ where: { organizationId: keep.id } })).toBe(before - 2);
    expect(await t.db.organization.findUnique({ where: { id: dup.id } })).toBeNull();
  });

  it("a coordinator demoted after their request was authorised cannot merge (the write rechecks)", async () => {
    const coordinator = await t.db.user.findUniqueOrThrow({
      where: { email: "coordinator@demo.kz" },
      include: { regions: true },
    });
    // The session as it was read when the request began: still a coordinator.
    const stale: SessionUser = {
      id: coordinator.id,
      email: coordinator.email,
      name: coordinator.name,
      role: "coordinator",
      regionIds: coordinator.regions.map((r) => r.regionId),
    };
    await t.db.user.update({ where: { id: coordinator.id }, data: { role: "viewer" } });
    try {
      const keep = await t.db.person.create({ data: { fullName: "Keep Me", searchText: "" } });
      const gone = await t.db.person.create({ data: { fullName: "Merge Me", searchText: "" } });
      await expect(writes.mergePeople(stale, keep.id, gone.id)).rejects.toMatchObject({ code: "forbidden" });
      expect(await t.db.person.findUnique({ where: { id: gone.id } })).not.toBeNull();
      await expect(
        writes.updatePerson(stale, keep.id, { name: "Renamed", aliases: [] }, 1, null),
      ).rejects.toMatchObject({ code: "forbidden" });
    } finally {
      await t.db.user.update({ where: { id: coordinator.id }, data: { role: "coordinator" } });
    }
  });

  it("refuses merging a record into itself", async () => {
    const p = await t.db.person.findFirstOrThrow();
    expect(await writes.mergePeople(actor, p.id, p.id)).toBe(false);
  });
});

describe("edits carry the version they were read at", () => {
  it("an alias a merge added survives a save from a form opened before the merge", async () => {
    const keep = await t.db.person.findUniqueOrThrow({ where: { seedKey: "koshanov" }, include: { aliases: true } });
    const opened = { name: keep.fullName, aliases: keep.aliases.map((a) => a.name) };
    const dup = await t.db.person.create({ data: { fullName: "А. Сарсенова", searchText: "" } });
    expect(await writes.mergePeople(actor, keep.id, dup.id)).toBe(true);
    // The stale form adds one alias and removes one it saw.
    const [removed, ...kept] = opened.aliases;
    await writes.updatePerson(
      actor,
      keep.id,
      { name: opened.name, aliases: [...kept, "Erlan Koshanov"] },
      keep.version,
      opened,
    );
    const aliases = (await t.db.personAlias.findMany({ where: { personId: keep.id } })).map((a) => a.name);
    expect(aliases).toEqual(expect.arrayContaining(["А. Сарсенова", "Erlan Koshanov", ...kept]));
    expect(aliases).not.toContain(removed);
  });

  it("refuses a stale save without its base, and a name both changed differently", async () => {
    const p = await t.db.person.findUniqueOrThrow({ where: { seedKey: "mukashev" }, include: { aliases: true } });
    const opened = { name: p.fullName, aliases: [] };
    await writes.updatePerson(actor, p.id, { name: "Toleubek Mukashev (1)", aliases: [] }, p.version, opened);
    await expect(
      writes.updatePerson(actor, p.id, { name: p.fullName, aliases: ["T. Mukashev"] }, p.version, null),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      writes.updatePerson(actor, p.id, { name: "T. Mukashev", aliases: [] }, p.version, opened),
    ).rejects.toMatchObject({ code: "conflict" });
    // A stale save that leaves the name alone merges.
    await writes.updatePerson(actor, p.id, { name: p.fullName, aliases: ["T. Mukashev"] }, p.version, opened);
    expect(await t.db.person.findUniqueOrThrow({ where: { id: p.id }, include: { aliases: true } })).toMatchObject({
      fullName: "Toleubek Mukashev (1)",
      aliases: [expect.objectContaining({ name: "T. Mukashev" })],
      version: p.version + 2,
    });
  });
});
