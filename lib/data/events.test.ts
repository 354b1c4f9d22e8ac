// Region scope is applied in the query: a foreign event does not exist for the
// caller. Runs on a fresh, seeded database of the dialect DATABASE_URL names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";

let t: TestDatabase;
let events: typeof import("./events");
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await seededDatabase();
  events = await import("./events");
  for (const r of await t.db.region.findMany()) ids[r.iso] = r.id;
});
afterAll(() => t.drop());

const national: Scope = { userId: 1, role: "admin", regionIds: null };
const scoped = (...isos: string[]): Scope => ({ userId: 2, role: "coordinator", regionIds: isos.map((i) => ids[i]!) });

describe("listEventsForScope", () => {
  it("lists every event for national scope, newest first", async () => {
    const page = await events.listEventsForScope(national);
    expect(page.total).toBe(14);
    const dates = page.items.map((e) => e.date.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("holds only the caller's regions", async () => {
    const page = await events.listEventsForScope(scoped("KZ-31", "KZ-61"));
    expect(page.total).toBe(10);
    expect(new Set(page.items.map((e) => e.region.iso))).toEqual(new Set(["KZ-31", "KZ-61"]));
    expect((await events.listEventsForScope(scoped("KZ-62"))).total).toBe(2);
    expect((await events.listEventsForScope(scoped())).total).toBe(0);
  });

  it("pages with a keyset cursor without gaps or repeats", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof events.listEventsForScope>> = await events.listEventsForScope(
        national,
        undefined,
        { cursor, limit: 4 },
      );
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(14);
    expect(new Set(seen).size).toBe(14);
  });

  it("leaves out soft-deleted events", async () => {
    const victim = await t.db.event.findFirstOrThrow({ where: { region: { iso: "KZ-62" } } });
    await t.db.event.update({ where: { id: victim.id }, data: { deletedAt: new Date() } });
    try {
      expect((await events.listEventsForScope(scoped("KZ-62"))).total).toBe(1);
      expect(await events.findEventForScope(national, victim.id)).toBeNull();
    } finally {
      await t.db.event.update({ where: { id: victim.id }, data: { deletedAt: null } });
    }
  });
});

describe("list rows", () => {
  // The list reads one aggregated statement; the detail reads through Prisma.
  // Both must tell the same story about every event.
  it("carry the same speakers, hosts, audiences, region and district as the event itself", async () => {
    const page = await events.listEventsForScope(national);
    expect(page.items.some((e) => e.speakers.length > 1 && e.hosts.length > 0 && e.district)).toBe(true);
    for (const item of page.items) {
      const full = (await events.findEventForScope(national, item.id))!;
      expect(item.speakers).toEqual(
        full.speakers.map((s) => ({ id: s.person.id, name: s.person.fullName, role: s.role })),
      );
      const byId = (a: { id: number }, b: { id: number }) => a.id - b.id; // name order is the database's collation
      expect([...item.hosts].sort(byId)).toEqual(
        full.organizations
          .filter((o) => o.role === "host")
          .map((o) => ({ id: o.organization.id, name: o.organization.name }))
          .sort(byId),
      );
      expect([...item.audiences].sort()).toEqual(full.audiences.map((a) => a.type).sort());
      expect(item.region).toEqual(full.region);
      expect(item.district).toEqual(full.district);
      expect(item.date).toEqual(full.date);
      expect([item.title, item.status, item.datePrecision, item.audienceSize, item.audienceEstimate]).toEqual([
        full.title,
        full.status,
        full.datePrecision,
        full.audienceSize,
        full.audienceEstimate,
      ]);
    }
  });
});

describe("findEventForScope", () => {
  it("returns an event inside the scope with its source document", async () => {
    const e = await t.db.event.findUniqueOrThrow({ where: { seedKey: "kone-taraz-residents-2026" } });
    const found = await events.findEventForScope(scoped("KZ-31"), e.id);
    expect(found?.sources[0]?.source.text).toMatch(/Көне Тараз/);
    expect(found?.speakers[0]?.person.fullName).toBe("Ерлан Қошанов");
  });

  it("treats an event of another region as not existing", async () => {
    const e = await t.db.event.findUniqueOrThrow({ where: { seedKey: "kone-taraz-residents-2026" } });
    expect(await events.findEventForScope(scoped("KZ-62"), e.id)).toBeNull();
    expect(await events.findEventForScope(national, 999_999)).toBeNull();
    expect(await events.findEventForScope(national, Number.NaN)).toBeNull();
  });

  it("ignores a malformed cursor", async () => {
    expect((await events.listEventsForScope(national, undefined, { cursor: "garbage" })).items).toHaveLength(14);
  });
});
