// The relevance shortcut (bestMatchClauses): whenever it fills a page, the page
// is the one ranking every match gives — on random events with many ties on
// date, for one and two words, short words, filters, cursors and windows from
// tiny to whole. Runs on the dialect DATABASE_URL names (CI: both).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cursorValuesOf, type ResolvedFilters } from "./sql/event-query";
import { listBestMatchesSql, listPageSql, toListRow } from "./sql/list-query";
import { eventSearchText } from "../search/event-search-text";
import { queryKeys } from "../search/normalize";
import { seededDatabase, type TestDatabase } from "../testing/test-db";
import type { Prisma } from "../generated/sqlite/client";

let t: TestDatabase;
let rows: (q: Prisma.Sql) => Promise<Array<Record<string, unknown>>>;
const WORDS = ["quorvex", "tamlin", "ozat", "ba", "meeting"];
let regionIds: number[] = [];

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

beforeAll(async () => {
  t = await seededDatabase();
  const { queryRows } = await import("../db");
  rows = queryRows;
  regionIds = (await t.db.region.findMany({ select: { id: true }, take: 3 })).map((r) => r.id);
  const campaign = await t.db.campaign.findFirstOrThrow({ select: { id: true } });
  const next = random(7);
  const some = () => WORDS.filter(() => next() < 0.35).join(" ");
  const data = Array.from({ length: 240 }, (_, i) => {
    const title = `Event ${i} ${some()}`;
    const searchText = eventSearchText({
      title,
      summary: some(),
      people: next() < 0.5 ? [{ name: `Arman ${some()}`, aliases: [] }] : [],
      organizations: [],
    });
    return {
      title,
      searchText,
      campaignId: campaign.id,
      regionId: regionIds[i % regionIds.length]!,
      // Twelve days only: many events share a date, so the id decides among them.
      date: new Date(Date.UTC(2026, 1, 1 + Math.floor(next() * 12))),
      deletedAt: next() < 0.05 ? new Date() : null,
    };
  });
  await t.db.event.createMany({ data });
});
afterAll(() => t.drop());

const ids = (r: Array<Record<string, unknown>>) => r.map((x) => Number(x.id));

describe("best matches first", () => {
  it("fill a page only with the page that ranking every match gives", async () => {
    let filled = 0;
    let declined = 0;
    for (const q of ["quorvex", "quorvex tamlin", "ba", "ozat ba", "meeting", "tamlin meeting", "zzqq"]) {
      for (const region of [undefined, regionIds[0]!]) {
        const f: ResolvedFilters = {
          scopeRegionIds: null,
          regionIds: region === undefined ? undefined : [region],
          searchKeys: queryKeys(q),
        };
        for (const limit of [1, 5, 20]) {
          // Every page of the full ranking, and at each of its cursors the shortcut.
          let cursor: Array<string | number> | null = null;
          for (let page = 0; page < 40; page++) {
            const full = await rows(listPageSql(t.dialect, f, "relevance", cursor, limit + 1));
            for (const window of [3, 40, 10_000]) {
              const best = listBestMatchesSql(t.dialect, f, cursor, limit + 1, window);
              if (!best) continue;
              const got = await rows(best);
              expect(got.length).toBeLessThanOrEqual(limit + 1);
              if (got.length === limit + 1) {
                filled++;
                expect(ids(got), `${q} ${region} limit ${limit} page ${page} window ${window}`).toEqual(ids(full));
                expect(got.map((r) => Number(r.rank))).toEqual(full.map((r) => Number(r.rank)));
              } else declined++;
            }
            if (full.length <= limit) break;
            const last = full[limit - 1]!;
            cursor = cursorValuesOf("relevance", { ...toListRow(last), rank: Number(last.rank) });
          }
        }
      }
    }
    // Both ways were taken, so neither side of the comparison is vacuous.
    expect(filled).toBeGreaterThan(50);
    expect(declined).toBeGreaterThan(50);
  });

  it("is not taken for a view without search words, or after a cursor below the best rank", () => {
    expect(listBestMatchesSql(t.dialect, { scopeRegionIds: null }, null, 10)).toBeNull();
    expect(listBestMatchesSql(t.dialect, { scopeRegionIds: null, searchKeys: [] }, null, 10)).toBeNull();
    const f = { scopeRegionIds: null, searchKeys: ["quorvex", "tamlin"] };
    expect(listBestMatchesSql(t.dialect, f, [1, "2026-02-01T00:00:00.000Z", 5], 10)).toBeNull();
    expect(listBestMatchesSql(t.dialect, f, [2, "2026-02-01T00:00:00.000Z", 5], 10)).not.toBeNull();
  });
});
