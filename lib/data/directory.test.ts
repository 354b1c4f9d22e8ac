// The directory's event counts: only events the caller can see (in scope, not
// deleted), counted independently here through Prisma's relation filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvents } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { freshDatabase, type TestDatabase } from "../testing/test-db";
import type { Scope } from "../domain/scope";

let t: TestDatabase;
let directory: typeof import("./directory");

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
  await makeEvents(t.db, 200, 9);
  process.env.DATABASE_URL = t.url;
  directory = await import("./directory");
}, 120_000);
afterAll(() => t.drop());

describe("event counts beside people and organisations", () => {
  it("count only the events in the caller's scope that are not deleted", async () => {
    const regions = (await t.db.region.findMany({ where: { iso: { in: ["KZ-31", "KZ-10"] } } })).map((r) => r.id);
    const scopes: Scope[] = [
      { userId: 1, role: "admin", regionIds: null },
      { userId: 2, role: "coordinator", regionIds: regions },
      { userId: 3, role: "viewer", regionIds: [] },
    ];
    const event = (scope: Scope) => ({
      deletedAt: null,
      ...(scope.regionIds === null ? {} : { regionId: { in: scope.regionIds } }),
    });
    expect(await t.db.event.count({ where: { deletedAt: { not: null } } })).toBeGreaterThan(0);
    const people = await directory.searchPeople("", 200);
    const organizations = await directory.searchOrganizations("", 200);
    for (const scope of scopes) {
      const byPerson = await directory.eventCounts(
        scope,
        "people",
        people.map((p) => p.id),
      );
      for (const p of people)
        expect(byPerson.get(p.id) ?? 0).toBe(
          await t.db.eventSpeaker.count({ where: { personId: p.id, event: event(scope) } }),
        );
      const byOrganization = await directory.eventCounts(
        scope,
        "organizations",
        organizations.map((o) => o.id),
      );
      for (const o of organizations)
        expect(byOrganization.get(o.id) ?? 0).toBe(
          await t.db.eventOrganization.count({ where: { organizationId: o.id, event: event(scope) } }),
        );
    }
    expect(await directory.eventCounts(scopes[0]!, "people", [])).toEqual(new Map());
  });
});
