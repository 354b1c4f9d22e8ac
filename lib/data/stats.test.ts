// Every dashboard number against counts made independently from the factory's
// own records (soft-deleted and out-of-scope events must not count).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvents, type MadeEvent } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { parseEventFilters } from "../schemas/event-filters";
import { freshDatabase, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";

let t: TestDatabase;
let stats: typeof import("./stats");
let made: MadeEvent[];
let coordinatorRegions: number[];
let campaign2026: number;

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
  // Only factory events, so the expected numbers come from one place.
  await t.db.event.deleteMany({});
  made = await makeEvents(t.db, 400, 7);
  process.env.DATABASE_URL = t.url;
  stats = await import("./stats");
  coordinatorRegions = (await t.db.region.findMany({ where: { iso: { in: ["KZ-31", "KZ-61"] } } })).map((r) => r.id);
  campaign2026 = (await t.db.campaign.findUniqueOrThrow({ where: { slug: "referendum-2026" } })).id;
}, 120_000);
afterAll(() => t.drop());

const national: Scope = { userId: 1, role: "admin", regionIds: null };
const views = () => [
  { name: "national, all", scope: national, params: {}, keep: (e: MadeEvent) => !e.deleted },
  {
    name: "coordinator, 2026 campaign",
    scope: "coordinator" as const,
    params: { campaign: "referendum-2026" },
    keep: (e: MadeEvent) => !e.deleted && coordinatorRegions.includes(e.regionId) && e.campaignId === campaign2026,
  },
  {
    // Dates are inclusive days, read from the rollup like the views above.
    name: "national, 2026 campaign, February",
    scope: national,
    params: { campaign: "referendum-2026", from: "2026-02-01", to: "2026-02-28" },
    keep: (e: MadeEvent) =>
      !e.deleted &&
      e.campaignId === campaign2026 &&
      e.date >= new Date("2026-02-01T00:00:00Z") &&
      e.date <= new Date("2026-02-28T00:00:00Z"),
  },
  {
    // Formats are disjoint: their facet rows add up (EventFacetStat, EventLinkFacetStat).
    name: "national, meeting or forum format",
    scope: national,
    params: { format: ["meeting", "forum"] },
    keep: (e: MadeEvent) => !e.deleted && (e.format === "meeting" || e.format === "forum"),
    rollup: true,
  },
  {
    name: "coordinator, 2026 campaign, youth audience",
    scope: "coordinator" as const,
    params: { campaign: "referendum-2026", audience: "youth" },
    keep: (e: MadeEvent) =>
      !e.deleted &&
      coordinatorRegions.includes(e.regionId) &&
      e.campaignId === campaign2026 &&
      e.audiences.includes("youth"),
    rollup: true,
  },
  {
    // An event of two audience types is in both facets, and no facet holds a
    // format and an audience together: raw events answer these views.
    name: "national, youth or students audience",
    scope: national,
    params: { audience: ["youth", "students"] },
    keep: (e: MadeEvent) => !e.deleted && (e.audiences.includes("youth") || e.audiences.includes("students")),
    rollup: false,
  },
  {
    name: "national, youth audience, forum format",
    scope: national,
    params: { audience: "youth", format: "forum" },
    keep: (e: MadeEvent) => !e.deleted && e.audiences.includes("youth") && e.format === "forum",
    rollup: false,
  },
];

const count = <T>(xs: T[], key: (x: T) => string | number | null) => {
  const m = new Map<string | number | null, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};

describe("dashboard aggregates equal independent counts", () => {
  for (const v of views()) {
    it(v.name, async () => {
      const scope: Scope =
        v.scope === "coordinator" ? { userId: 2, role: "coordinator", regionIds: coordinatorRegions } : v.scope;
      const q = { scope, filters: parseEventFilters(v.params).filters };
      const mine = made.filter(v.keep);
      if ("rollup" in v) expect((await stats.where(q)).rollup !== null).toBe(v.rollup);
      const held = mine.filter((e) => e.status === "held");
      expect(held.length).toBeGreaterThan(0); // a view with nothing in it would prove nothing

      const k = await stats.kpis(q);
      expect(k.held).toBe(held.length);
      expect(k.planned).toBe(mine.filter((e) => e.status === "planned").length);
      expect(k.audience).toBe(held.reduce((s, e) => s + (e.audienceSize ?? 0), 0));
      expect(k.unsized).toBe(held.filter((e) => e.audienceSize === null).length);
      expect(k.estimated).toBe(held.filter((e) => e.audienceEstimate).length);
      expect(k.speakers).toBe(new Set(held.flatMap((e) => e.personIds)).size);
      expect(k.organizations).toBe(new Set(held.flatMap((e) => e.organizationIds)).size);
      expect(k.districts).toBe(new Set(held.flatMap((e) => (e.districtId ? [e.districtId] : []))).size);

      const areas = await stats.byArea(q);
      const expectedHeld = count(held, (e) => e.regionId);
      for (const a of areas) expect(a.held, `region ${a.id}`).toBe(expectedHeld.get(a.id) ?? 0);
      expect(areas.reduce((s, a) => s + a.held, 0)).toBe(held.length);

      const weeks = await stats.weekly(q);
      expect(weeks.reduce((s, w) => s + w.events, 0)).toBe(held.length);
      const byWeek = count(held, (e) => stats.weekStart(e.date));
      for (const w of weeks) expect(w.events).toBe(byWeek.get(w.week));

      const formats = await stats.byFormat(q);
      const expectedFormats = count(held, (e) => e.format);
      expect(new Map(formats.map((f) => [f.key, f.events]))).toEqual(expectedFormats);

      const audiences = await stats.byAudienceType(q);
      const expectedAudiences = count(
        held.flatMap((e) => e.audiences),
        (a) => a,
      );
      expect(new Map(audiences.map((a) => [a.key, a.events]))).toEqual(expectedAudiences);

      const speakers = await stats.topSpeakers(q, 50);
      const expectedSpeakers = count(
        held.flatMap((e) => e.personIds),
        (p) => p,
      );
      for (const s of speakers) expect(s.events).toBe(expectedSpeakers.get(s.id));
      expect(speakers.length).toBe(expectedSpeakers.size);
    });
  }

  it("one region's view counts its districts", async () => {
    const regionId = coordinatorRegions[0]!;
    const q = { scope: national, filters: parseEventFilters({}).filters, regionId };
    const held = made.filter((e) => !e.deleted && e.status === "held" && e.regionId === regionId);
    const areas = await stats.byArea(q);
    const expected = count(held, (e) => e.districtId);
    for (const a of areas) expect(a.held).toBe(expected.get(a.id) ?? 0);
    expect((await stats.kpis(q)).held).toBe(held.length);
  });

  it("coverage gaps list every region and district without a held event in the window, most overdue first", async () => {
    const today = new Date("2026-03-20T00:00:00Z");
    const q = { scope: national, filters: parseEventFilters({}).filters };
    const gaps = await stats.coverageGaps(q, 14, today);
    const since = new Date("2026-03-06T00:00:00Z");
    const recent = new Set(
      made.filter((e) => !e.deleted && e.status === "held" && e.date >= since).map((e) => e.regionId),
    );
    expect(gaps.regions.map((r) => r.id).sort()).toEqual(
      (await t.db.region.findMany({ select: { id: true } }))
        .map((r) => r.id)
        .filter((id) => !recent.has(id))
        .sort(),
    );
    const lasts = gaps.districts.map((d) => d.last?.getTime() ?? -Infinity);
    expect([...lasts].sort((a, b) => a - b)).toEqual(lasts);
    const never = gaps.districts.filter((d) => d.last === null).length;
    expect(never).toBeGreaterThan(0); // ~200 districts, 400 events: some never visited
  });
});
