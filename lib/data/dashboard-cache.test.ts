// The dashboards' cache: a view is computed once per data version, every write
// transaction (in any app instance: the version lives in the database) makes
// the next view fresh, a failed write does not, and views of different regions
// never share a copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvents } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { parseEventFilters } from "../schemas/event-filters";
import { eventInput } from "../testing/event-input";
import { freshDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let cache: typeof import("./dashboard-cache");
let version: typeof import("./data-version");
let commands: typeof import("../commands/events");
let admin: SessionUser;

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
  await makeEvents(t.db, 60, 5);
  process.env.DATABASE_URL = t.url;
  cache = await import("./dashboard-cache");
  version = await import("./data-version");
  commands = await import("../commands/events");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
}, 120_000);
afterAll(() => t.drop());

const national: Scope = { userId: 1, role: "admin", regionIds: null };
const view = (scope: Scope = national) =>
  cache.cachedDashboardData({ scope, filters: parseEventFilters({}).filters }, 30);
const probe = eventInput({ title: "Cache probe", audiences: ["youth"], audienceSize: 75 });

describe("the dashboard cache", () => {
  it("answers a repeated view from its copy while nothing is written", async () => {
    const first = await view();
    expect(await view()).toBe(first);
    // Two users opening the view at once share one computation.
    const v = await version.dataVersion();
    const [a, b] = await Promise.all([view(), view()]);
    expect(a).toBe(b);
    expect(await version.dataVersion()).toBe(v);
  });

  it("shows a write at once: every write transaction raises the version", async () => {
    const before = await view();
    const v = await version.dataVersion();
    const created = await commands.createEventCommand(admin, probe);
    expect(created.ok).toBe(true);
    expect(await version.dataVersion()).toBe(v + 1);
    const after = await view();
    expect(after).not.toBe(before);
    expect(after.kpis.held).toBe(before.kpis.held + 1);
    expect(after.kpis.audience).toBe(before.kpis.audience + 75);
    // The same numbers as computed without the cache.
    const stats = await import("./stats");
    expect(after).toEqual(await stats.dashboardData({ scope: national, filters: parseEventFilters({}).filters }, 30));
    if (created.ok) expect((await commands.deleteEventCommand(admin, created.id)).ok).toBe(true);
    expect((await view()).kpis.held).toBe(before.kpis.held);
  });

  it("keeps its copy when a write is refused (nothing was written)", async () => {
    const before = await view();
    const v = await version.dataVersion();
    const refused = await commands.createEventCommand(admin, { ...probe, region: "KZ-00" });
    expect(refused.ok).toBe(false);
    expect(await version.dataVersion()).toBe(v);
    expect(await view()).toBe(before);
  });

  it("never gives one region's coordinator another's numbers", async () => {
    const [one, two] = await t.db.region.findMany({
      where: { iso: { in: ["KZ-31", "KZ-62"] } },
      orderBy: { iso: "asc" },
    });
    const coordinator = (id: number): Scope => ({ userId: 2, role: "coordinator", regionIds: [id] });
    const a = await view(coordinator(one!.id));
    const b = await view(coordinator(two!.id));
    expect(a).not.toBe(b);
    const held = async (iso: string) =>
      t.db.event.count({ where: { deletedAt: null, status: "held", region: { iso } } });
    expect(a.kpis.held).toBe(await held("KZ-31"));
    expect(b.kpis.held).toBe(await held("KZ-62"));
  });
});
