// /events/duplicates reads candidate pairs in slices of the newest events:
// whatever the slices, the list must be the one a single pass over every event
// gives (same pairs, same order, same page limit), for every scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvents } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { freshDatabase, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";

let t: TestDatabase;
let duplicates: typeof import("./duplicates");

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
  await makeEvents(t.db, 500, 3);
  process.env.DATABASE_URL = t.url;
  duplicates = await import("./duplicates");
}, 120_000);
afterAll(() => t.drop());

const ids = (pairs: Awaited<ReturnType<typeof duplicates.likelyDuplicatePairs>>) =>
  pairs.map((p) => `${p.first.id}-${p.second.id}`);

describe("likely duplicate pairs, read in slices", () => {
  it("are the pairs of one pass over every event, in the same order", async () => {
    const regions = (await t.db.region.findMany({ where: { iso: { in: ["KZ-31", "KZ-75"] } } })).map((r) => r.id);
    const scopes: Scope[] = [
      { userId: 1, role: "admin", regionIds: null },
      { userId: 2, role: "coordinator", regionIds: regions },
    ];
    for (const scope of scopes) {
      const whole = await duplicates.likelyDuplicatePairs(scope, 1000, 1_000_000_000);
      for (const [limit, slice] of [
        [1000, 1],
        [1000, 7],
        [5, 1],
        [12, 40],
      ] as const) {
        expect(ids(await duplicates.likelyDuplicatePairs(scope, limit, slice))).toEqual(ids(whole).slice(0, limit));
      }
      if (scope.regionIds === null) expect(whole.length).toBeGreaterThan(12);
    }
  });
});
