// The register's search, filters and sorts on a seeded database of the dialect
// DATABASE_URL names (CI runs it on SQLite and PostgreSQL): the trigram index
// paths and the date/enum SQL of lib/data/sql/dialect.ts are exercised here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionMarker } from "./sql/dialect";
import { parseEventFilters, SORTS } from "../schemas/event-filters";
import { eventSearchText } from "../search/event-search-text";
import { searchTextOf } from "../search/normalize";
import { seededDatabase, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";

let t: TestDatabase;
let events: typeof import("./events");
const regionId: Record<string, number> = {};

beforeAll(async () => {
  t = await seededDatabase();
  events = await import("./events");
  for (const r of await t.db.region.findMany()) regionId[r.iso] = r.id;
});
afterAll(() => t.drop());

const national: Scope = { userId: 1, role: "admin", regionIds: null };
const view = async (params: Record<string, string | string[]>, scope: Scope = national) => {
  const page = await events.listEventsForScope(scope, parseEventFilters(params).filters, { limit: 500 });
  return { total: page.total, titles: page.items.map((e) => e.title), items: page.items };
};

describe("text search", () => {
  it("finds the Kazakhmys events in any script and case", async () => {
    for (const q of ["қазақмыс", "ҚАЗАҚМЫС", "Казахмыс", "Kazakhmys"]) {
      const r = await view({ q });
      expect(r.total, q).toBe(3);
    }
  });

  it("matches speakers and organisations through all their aliases", async () => {
    expect((await view({ q: "Torgaev" })).titles).toEqual([expect.stringContaining("AlES")]);
    expect((await view({ q: "Бекқали Торғаев" })).total).toBe(1);
    expect((await view({ q: "Kazphosphate" })).titles).toEqual(["«Казфосфат» ЖШС ұжымымен кездесу"]);
  });

  it("needs every word and accepts short words", async () => {
    expect((await view({ q: "Көне Тараз" })).total).toBe(1);
    expect((await view({ q: "Kazakhmys Balkhash" })).total).toBe(1);
    expect((await view({ q: "Kazakhmys nonexistentword" })).total).toBe(0);
    expect((await view({ q: "AlES" })).total).toBeGreaterThanOrEqual(1);
  });

  it("never answers a query with everything: short keys match word starts, nothing searchable matches nothing", async () => {
    const all = (await view({})).total;
    for (const q of ["zz", "zzzzqqq", "«»", "!!!", "Та zz"]) {
      const r = await view({ q });
      expect(r.total, q).toBeLessThan(all);
    }
    expect((await view({ q: "zzzzqqq" })).total).toBe(0);
    expect((await view({ q: "«»" })).total).toBe(0);
    // A one- or two-letter word matches the words it starts: «Көне Тараз» by "Ta", and with another word.
    expect((await view({ q: "Көне Та" })).total).toBe(1);
    expect((await view({ q: "Көне Тz" })).total).toBe(0);
  });

  it("counts a text search exactly up to its cap, and says when there are more", async () => {
    const exact = await events.listEventsForScope(national, parseEventFilters({ q: "Kazakhmys" }).filters);
    expect(exact).toMatchObject({ total: 3, totalIsMore: false });
    const capped = await events.listEventsForScope(national, parseEventFilters({ q: "Kazakhmys" }).filters, {
      countCap: 2,
    });
    expect(capped).toMatchObject({ total: 2, totalIsMore: true });
    expect(capped.items).toHaveLength(3);
    // Views without a text search are counted exactly, whatever the cap.
    const all = await events.listEventsForScope(national, parseEventFilters({}).filters, { countCap: 2 });
    expect(all.totalIsMore).toBe(false);
    expect(all.total).toBe(all.items.length);
  });

  it("follows edits of the search text (the index is kept in step)", async () => {
    const e = await t.db.event.findUniqueOrThrow({ where: { seedKey: "karyzsyz-kogam-2026" } });
    await t.db.event.update({ where: { id: e.id }, data: { searchText: searchTextOf(["Zzyzx unique marker"]) } });
    expect((await view({ q: "zzyzx" })).total).toBe(1);
    await t.db.event.update({ where: { id: e.id }, data: { searchText: e.searchText } });
    expect((await view({ q: "zzyzx" })).total).toBe(0);
  });

  it("searches within regions through the index's own region, which follows an event to another region", async () => {
    const idOf = (iso: string) => {
      const id = regionId[iso];
      if (id === undefined) throw new Error(`no region ${iso}`);
      return id;
    };
    expect((await view({ q: "Kazakhmys", region: "KZ-62" })).total).toBe(2);
    expect((await view({ q: "Kazakhmys", region: ["KZ-62", "KZ-31"] })).total).toBe(2);
    const [moved] = (await view({ q: "Kazakhmys", region: "KZ-62" })).items;
    if (!moved) throw new Error("no Kazakhmys event in KZ-62");
    await t.db.event.update({ where: { id: moved.id }, data: { regionId: idOf("KZ-31") } });
    expect((await view({ q: "Kazakhmys", region: "KZ-31" })).items.map((e) => e.id)).toEqual([moved.id]);
    expect((await view({ q: "Kazakhmys", region: "KZ-62" })).total).toBe(1);
    await t.db.event.update({ where: { id: moved.id }, data: { regionId: moved.regionId } });
    expect((await view({ q: "Kazakhmys", region: "KZ-62" })).total).toBe(2);
    // The index's region is not searchable text.
    expect((await view({ q: regionMarker(idOf("KZ-62")) })).total).toBe(0);
  });
});

describe("filters", () => {
  it("region, district, campaign and dates", async () => {
    expect((await view({ region: "KZ-31" })).total).toBe(9);
    expect((await view({ region: ["KZ-31", "KZ-62"] })).total).toBe(11);
    const kordai = await t.db.district.findFirstOrThrow({ where: { nameEn: "Kordai District" } });
    expect((await view({ district: String(kordai.id) })).total).toBe(1);
    expect((await view({ campaign: "referendum-2022" })).total).toBe(3);
    expect((await view({ campaign: "no-such-campaign" })).total).toBe(0);
    expect((await view({ from: "2026-02-17", to: "2026-02-17" })).total).toBe(9);
    expect((await view({ from: "2026-02-18" })).total).toBe(2);
    expect((await view({ to: "2022-12-31" })).total).toBe(3);
  });

  it("status, format and audience", async () => {
    expect((await view({ status: "held" })).total).toBe(14);
    expect((await view({ status: "planned" })).total).toBe(0);
    expect((await view({ format: "other" })).total).toBe(2);
    expect((await view({ audience: "veterans" })).total).toBe(2);
    expect((await view({ audience: ["veterans", "youth"] })).total).toBe(4);
  });

  it("speaker and organisation", async () => {
    const koshanov = await t.db.person.findUniqueOrThrow({ where: { seedKey: "koshanov" } });
    expect((await view({ speaker: String(koshanov.id) })).total).toBe(1);
    const coalition = await t.db.organization.findUniqueOrThrow({ where: { seedKey: "coalition" } });
    expect((await view({ organization: String(coalition.id) })).total).toBe(9);
    const ftu = await t.db.organization.findUniqueOrThrow({ where: { seedKey: "ftu" } });
    expect((await view({ organization: String(ftu.id) })).total).toBe(1);
  });

  it("never reaches outside the caller's regions, whatever the URL asks", async () => {
    const staff: Scope = { userId: 3, role: "staff", regionIds: [regionId["KZ-62"]!] };
    expect((await view({}, staff)).total).toBe(2);
    expect((await view({ region: "KZ-31" }, staff)).total).toBe(0);
    expect((await view({ q: "Kazakhmys" }, staff)).total).toBe(2);
  });

  it("reports bad parameters instead of failing", () => {
    const { filters, invalid } = parseEventFilters({
      region: ["KZ-31", "nope"],
      from: "2026-13-45",
      status: "lost",
      sort: "weird",
      q: "x",
    });
    expect(filters.region).toEqual(["KZ-31"]);
    expect(filters.from).toBeUndefined();
    // A search is listed best match first unless another order is asked for.
    expect(filters.sort).toBe("relevance");
    expect(parseEventFilters({ sort: "relevance" }).filters.sort).toBe("date_desc");
    expect(invalid.sort()).toEqual(["from", "region", "sort", "status"]);
  });
});

describe("sorting and paging", () => {
  it("sorts by audience size with unsized events last", async () => {
    const r = await view({ sort: "audience_desc" });
    expect(r.items[0]?.audienceSize).toBe(500);
  });

  it("sorts by region, newest first within a region", async () => {
    const r = await view({ sort: "region" });
    const ids = r.items.map((e) => e.regionId);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  for (const sort of SORTS) {
    it(`pages through every event exactly once (${sort})`, async () => {
      const all = (await view({ sort })).items.map((e) => e.id);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof events.listEventsForScope>> = await events.listEventsForScope(
          national,
          parseEventFilters({ sort }).filters,
          { cursor, limit: 3 },
        );
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });
  }
});

describe("relevance", () => {
  it("lists a search best match first: title, speakers and organisations before summary and place", async () => {
    const picked = await t.db.event.findMany({
      where: { deletedAt: null },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: 3,
      select: { id: true, searchText: true },
    });
    const [newest, middle, oldest] = picked.map((e) => e.id) as [number, number, number];
    const text = (title: string, more: { summary?: string; speaker?: string } = {}) =>
      eventSearchText({
        title,
        summary: more.summary,
        people: more.speaker ? [{ name: more.speaker, aliases: [] }] : [],
        organizations: [],
      });
    const texts: Array<[number, string]> = [
      [newest, text("Plain meeting", { summary: "Quorvex spoke" })],
      [middle, text("Other meeting", { speaker: "Arman Quorvex" })],
      [oldest, text("Quorvex meeting")],
    ];
    try {
      for (const [id, searchText] of texts) await t.db.event.update({ where: { id }, data: { searchText } });
      const ids = async (params: Record<string, string>) => (await view(params)).items.map((e) => e.id);
      // Both words among the title and names (newest first among them), then one.
      expect(await ids({ q: "quorvex meeting" })).toEqual([middle, oldest, newest]);
      expect(await ids({ q: "quorvex" })).toEqual([middle, oldest, newest]);
      expect(await ids({ q: "quorvex", sort: "date_desc" })).toEqual([newest, middle, oldest]);
      // Paging by relevance visits each match once, in the same order.
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof events.listEventsForScope>> = await events.listEventsForScope(
          national,
          parseEventFilters({ q: "quorvex" }).filters,
          { cursor, limit: 1 },
        );
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([middle, oldest, newest]);
      // The export keeps the list's order.
      const streamed: number[] = [];
      for await (const batch of events.streamEventsForScope(national, parseEventFilters({ q: "quorvex" }).filters, 2))
        streamed.push(...batch.map((e) => e.id));
      expect(streamed).toEqual([middle, oldest, newest]);
    } finally {
      for (const e of picked) await t.db.event.update({ where: { id: e.id }, data: { searchText: e.searchText } });
    }
  });
});

describe("export stream", () => {
  it("yields exactly the list's events, in the list's order, in batches", async () => {
    const filters = parseEventFilters({ region: "KZ-31", sort: "date_asc" }).filters;
    const list = await events.listEventsForScope(national, filters, { limit: 500 });
    const streamed: number[] = [];
    for await (const batch of events.streamEventsForScope(national, filters, 4)) {
      expect(batch.length).toBeLessThanOrEqual(4);
      streamed.push(...batch.map((e) => e.id));
    }
    expect(streamed).toEqual(list.items.map((e) => e.id));
  });
});

describe("JSON export rows", () => {
  it("nest the same speakers, organisations and sources as the event page, on both databases", async () => {
    const filters = parseEventFilters({}).filters;
    const exported = [];
    for await (const batch of events.streamEventsForScope(national, filters)) exported.push(...batch);
    expect(exported.length).toBeGreaterThan(10);
    for (const e of exported) {
      const d = await events.findEventForScope(national, e.id);
      expect(d).not.toBeNull();
      if (!d) continue;
      expect(e.speakers).toEqual(
        d.speakers.map((s) => ({
          personId: s.person.id,
          name: s.person.fullName,
          role: s.role,
          organization: s.organization?.name ?? null,
        })),
      );
      expect(e.organizations.map((o) => `${o.role}:${o.id}`).sort()).toEqual(
        d.organizations.map((o) => `${o.role}:${o.organization.id}`).sort(),
      );
      expect(e.sources.map((x) => `${x.url}|${x.publishedAt}`).sort()).toEqual(
        d.sources.map((x) => `${x.source.url}|${x.source.publishedAt?.toISOString().slice(0, 10) ?? null}`).sort(),
      );
      expect(e.audienceTypes).toEqual(d.audiences.map((a) => a.type).sort());
      expect(e.date).toBe(d.date.toISOString().slice(0, 10));
    }
  });
});

describe("flat export rows", () => {
  it("hold the list's events in order, with speakers, organisations and audiences aggregated", async () => {
    const filters = parseEventFilters({ sort: "date_asc" }).filters;
    const list = await events.listEventsForScope(national, filters, { limit: 500 });
    const flat: Array<{
      id: number;
      date: Date;
      speakers: string;
      hosts: string;
      audiences: string[];
      region: { iso: string };
    }> = [];
    for await (const batch of events.streamExportRowsForScope(national, filters, 4)) flat.push(...batch);
    expect(flat.map((r) => r.id)).toEqual(list.items.map((e) => e.id));
    // Dates read straight from the driver are the same calendar days (UTC), whatever the process's zone.
    expect(flat.map((r) => r.date.toISOString())).toEqual(list.items.map((e) => e.date.toISOString()));
    const ales = await t.db.event.findUniqueOrThrow({ where: { seedKey: "ales-labour-collective-2022" } });
    const row = flat.find((r) => r.id === ales.id)!;
    expect(row.speakers.split("; ")[0]).toMatch(
      /^Bagdaulet Ustenov \(Chairman of the AMANAT primary party organisation/,
    );
    expect(row.speakers.split("; ")).toHaveLength(7);
    expect(row.hosts).toBe("AlES JSC");
    expect(row.audiences).toEqual(["labour_collective"]);
    expect(row.region.iso).toBe("KZ-75");
  });
});
