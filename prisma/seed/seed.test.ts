// The seed on a fresh database: what the five documents report, and that a
// second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "./run";
import { verifyPassword } from "../../lib/password";
import { SEARCH_RANK_MARK } from "../../lib/search/event-search-text";
import { searchKey } from "../../lib/search/normalize";
import { freshDatabase, type TestDatabase } from "../../lib/testing/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
});
afterAll(() => t.drop());

async function snapshot(db: TestDatabase["db"]) {
  return {
    regions: await db.region.findMany({ orderBy: { id: "asc" } }),
    districts: await db.district.findMany({ orderBy: { id: "asc" } }),
    campaigns: await db.campaign.findMany({ orderBy: { id: "asc" } }),
    events: await db.event.findMany({
      orderBy: { id: "asc" },
      include: { audiences: true, speakers: true, organizations: true, sources: true },
    }),
    people: await db.person.findMany({ orderBy: { id: "asc" }, include: { aliases: true } }),
    orgs: await db.organization.findMany({ orderBy: { id: "asc" }, include: { aliases: true } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ orderBy: { id: "asc" }, include: { regions: true } }),
    audit: await db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seed", () => {
  it("loads the 20 first-level units with their districts and cities", async () => {
    expect(await t.db.region.count()).toBe(20);
    const ulytau = await t.db.region.findUniqueOrThrow({ where: { iso: "KZ-62" }, include: { districts: true } });
    expect(ulytau.nameKk).toBe("Ұлытау облысы");
    expect(ulytau.districts.map((d) => d.nameEn)).toEqual(expect.arrayContaining(["Ulytau District", "Zhezkazgan"]));
    expect(await t.db.district.count()).toBeGreaterThan(190);
  });

  it("loads the five documents as sources with their languages", async () => {
    const sources = await t.db.source.findMany({ orderBy: { seedKey: "asc" } });
    expect(sources.map((s) => s.language)).toEqual(["en", "en", "kk", "ru", "kk"]);
    expect(sources.every((s) => s.text.length > 1000)).toBe(true);
  });

  it("turns each reported event into its own event linked to its source", async () => {
    expect(await t.db.event.count()).toBe(14);
    const zhambyl = await t.db.event.findMany({
      where: { sources: { some: { source: { seedKey: "doc-004" } } } },
      include: { district: true },
    });
    expect(zhambyl).toHaveLength(9);
    expect(zhambyl.every((e) => e.regionId === zhambyl[0]!.regionId)).toBe(true);
    expect(zhambyl.flatMap((e) => (e.district ? [e.district.nameEn] : [])).sort()).toEqual(
      ["Baizak District", "Kordai District", "Taraz", "Talas District", "Zhambyl District"].sort(),
    );
    const kone = await t.db.event.findUniqueOrThrow({
      where: { seedKey: "kone-taraz-residents-2026" },
      include: { audiences: true },
    });
    expect(kone).toMatchObject({ audienceSize: 500, audienceEstimate: true, datePrecision: "on_or_before" });
    expect(kone.audiences.map((a) => a.type).sort()).toEqual(["medical_workers", "residents", "teachers", "veterans"]);
  });

  it("puts Zhezkazgan in Ulytau Region and keeps speakers with their roles", async () => {
    const e = await t.db.event.findUniqueOrThrow({
      where: { seedKey: "zhezkazgan-kazakhmys-youth-2022" },
      include: { region: true, campaign: true, speakers: { include: { person: true, organization: true } } },
    });
    expect(e.region.iso).toBe("KZ-62");
    expect(e.campaign.slug).toBe("referendum-2022");
    expect(e.speakers.map((s) => s.person.fullName)).toEqual(["Тимур Жұмырбаев", "Луиза Мінбаева"]);
    expect(e.speakers[1]?.role).toMatch(/Сәтбаев қалалық мәслихатының депутаты/);
  });

  it("records one person under all their spellings", async () => {
    const p = await t.db.person.findUniqueOrThrow({ where: { seedKey: "torgayev" }, include: { aliases: true } });
    expect(p.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(["B. Torgaev", "Бекқали Торғаев"]));
    expect(p.searchText).toContain(searchKey("Торғаев"));
  });

  it("stores search text that finds Kazakhmys in any script", async () => {
    for (const q of ["қазақмыс", "ҚАЗАҚМЫС", "Казахмыс", "Kazakhmys"]) {
      const hits = await t.db.event.count({ where: { searchText: { contains: searchKey(q) } } });
      expect(hits, q).toBe(3);
    }
  });

  it("creates one demo user per role with hashed passwords and their regions", async () => {
    const users = await t.db.user.findMany({
      include: { regions: { include: { region: true } } },
      orderBy: { email: "asc" },
    });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@demo.kz", "admin"],
      ["coordinator@demo.kz", "coordinator"],
      ["staff@demo.kz", "staff"],
      ["viewer@demo.kz", "viewer"],
    ]);
    const coord = users[1]!;
    expect(coord.regions.map((r) => r.region.iso).sort()).toEqual(["KZ-31", "KZ-61"]);
    expect(users[2]!.regions.map((r) => r.region.iso)).toEqual(["KZ-62"]);
    expect(coord.passwordHash).not.toContain("outreach-demo");
    expect(await verifyPassword("outreach-demo", coord.passwordHash)).toBe(true);
  });

  it("writes an audit entry for every seeded event", async () => {
    expect(await t.db.auditEntry.count({ where: { entity: "Event", action: "create" } })).toBe(14);
  });

  it("gives search text of an older layout the rank mark, and nothing else of the event changes", async () => {
    const before = await snapshot(t.db);
    const e = await t.db.event.findFirstOrThrow({ orderBy: { id: "asc" } });
    // The layout before the mark: every part joined alike.
    const old = e.searchText.replace(` ${SEARCH_RANK_MARK} `, " | ");
    await t.db.$executeRaw`UPDATE "Event" SET "searchText" = ${old} WHERE "id" = ${e.id}`;
    await seed(t.db);
    const after = await snapshot(t.db);
    const upgraded = after.events.find((x) => x.id === e.id)?.searchText ?? "";
    expect(upgraded).toContain(` ${SEARCH_RANK_MARK} `);
    // The same names and words (people may come in another order), in the new layout.
    const parts = (text: string) =>
      text
        .split(/[|#]/)
        .map((p) => p.trim())
        .sort();
    expect(parts(upgraded)).toEqual(parts(e.searchText));
    const withoutText = (x: typeof before) => ({
      ...x,
      events: x.events.map((ev) => ({ ...ev, searchText: ev.id === e.id ? "" : ev.searchText })),
    });
    expect(withoutText(after)).toEqual(withoutText(before));
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(t.db);
    await seed(t.db);
    expect(await snapshot(t.db)).toEqual(before);
  });
});
