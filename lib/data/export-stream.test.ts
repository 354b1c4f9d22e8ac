// The JSON export stream (one statement) over more events than one batch:
// every event once, in the list's order, as nested objects.
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeEvents } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { parseEventFilters } from "../schemas/event-filters";
import { freshDatabase, type TestDatabase } from "../testing/test-db";

let t: TestDatabase;
let events: typeof import("./events");

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db, { users: false });
  await makeEvents(t.db, 1300, 3);
  process.env.DATABASE_URL = t.url;
  events = await import("./events");
}, 180_000);
afterAll(() => t.drop());

it("streams 1 300+ events in batches, each once, in order", async () => {
  const national = { userId: 1, role: "admin" as const, regionIds: null };
  const filters = parseEventFilters({}).filters;
  const { total } = await events.listEventsForScope(national, filters, { limit: 1 });
  const ids: number[] = [];
  let batches = 0;
  for await (const batch of events.streamEventsForScope(national, filters, 500)) {
    batches++;
    ids.push(...batch.map((e) => e.id));
    for (const e of batch) {
      expect(Array.isArray(e.speakers) && Array.isArray(e.organizations) && Array.isArray(e.sources)).toBe(true);
      expect(e.region.code).toMatch(/^KZ-\d{2}$/);
    }
  }
  expect(total).toBeGreaterThan(1100);
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  expect(batches).toBeGreaterThan(2);
});
