// The create action against a real database: bad input of every kind is
// refused with field errors and writes nothing; valid concurrent creates all land.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let commands: typeof import("./events");
let staff: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  commands = await import("./events");
  staff = await sessionUserOf(t.db, "staff@demo.kz");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
});
afterAll(() => t.drop());

const valid = (over: Record<string, unknown> = {}) => ({
  title: "Meeting with the Kazakhmys labour collective",
  campaign: "referendum-2026",
  status: "held",
  date: "2026-02-20",
  datePrecision: "day",
  region: "KZ-62",
  district: null,
  locality: "Zhezkazgan",
  format: "meeting",
  audiences: ["labour_collective"],
  audienceSize: 120,
  audienceEstimate: false,
  summary: null,
  speakers: [
    { person: { name: "Test Speaker" }, role: "Chair", organization: { name: "Test Union", kind: "trade_union" } },
  ],
  organizations: [],
  source: null,
  ...over,
});

const counts = async () => ({
  events: await t.db.event.count(),
  audit: await t.db.auditEntry.count(),
  people: await t.db.person.count(),
  orgs: await t.db.organization.count(),
});

// Each generated input breaks at least one rule of the form.
const badInput = fc.oneof(
  fc.record({ title: fc.constantFrom("", "   ", "x".repeat(301), "y".repeat(10_000)) }),
  fc.record({
    date: fc.oneof(
      fc.constantFrom("", "1990-12-31", "2024-02-30", "tomorrow", "3026-01-01", "1800-01-01"),
      fc.string(),
    ),
  }),
  fc.record({
    audienceSize: fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 200_001 }),
      fc.double({ noInteger: true, noNaN: true }),
      fc.constant("500"),
    ),
  }),
  fc.record({ region: fc.oneof(fc.constantFrom("", "KZ-99", "KZ-ZHA", "Zhambyl"), fc.string()) }),
  fc.record({ campaign: fc.constantFrom("", "no-such-campaign") }),
  fc.record({ status: fc.oneof(fc.string(), fc.constant(null)) }),
  fc.record({ format: fc.oneof(fc.string(), fc.integer()) }),
  fc.record({ audiences: fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ district: fc.constantFrom(1, 2, 3) }), // districts of Abai Region, not Ulytau
  fc.record({
    speakers: fc.constantFrom(
      [{ person: { name: "z".repeat(10_000) } }],
      [{ person: {} }],
      [{ person: { id: 999_999 } }],
      "nope",
    ),
  }),
  fc.record({ audienceEstimate: fc.constant(true), audienceSize: fc.constant(null) }),
  fc.record({
    source: fc.constantFrom({ url: "javascript:alert(1)" }, { url: "not a url" }, { publishedAt: "1900-01-01" }),
  }),
);

describe("create action", () => {
  it("accepts a valid event and writes one audit entry per record it creates", async () => {
    const before = await counts();
    const r = await commands.createEventCommand(staff, valid());
    expect(r).toMatchObject({ ok: true });
    const after = await counts();
    expect(after.events).toBe(before.events + 1);
    // The event, and the speaker and organisation typed as new names.
    expect(after.people).toBe(before.people + 1);
    expect(after.orgs).toBe(before.orgs + 1);
    expect(after.audit).toBe(before.audit + 3);
  });

  it("refuses 1 000 generated bad inputs with field errors, writing nothing", async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(badInput, async (bad) => {
        const r = await commands.createEventCommand(staff, valid(bad));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.status).toBe(400);
        expect(Object.keys(r.fieldErrors ?? {}).length).toBeGreaterThan(0);
        for (const key of Object.values(r.fieldErrors ?? {})) expect(key).toMatch(/^validation\./);
      }),
      { numRuns: 1000 },
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses other regions and roles without writing", async () => {
    const before = await counts();
    expect(await commands.createEventCommand(staff, valid({ region: "KZ-31" }))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await commands.createEventCommand(staff, valid({ status: "cancelled" }))).toMatchObject({
      ok: false,
      status: 403,
    });
    const viewer = { ...staff, role: "viewer" as const };
    expect(await commands.createEventCommand(viewer, valid())).toMatchObject({ ok: false, status: 403 });
    expect(await commands.createEventCommand(null, valid())).toMatchObject({ ok: false, status: 401 });
    expect(await counts()).toEqual(before);
  });

  it("50 concurrent valid creates make exactly 50 events and 50 audit entries", async () => {
    const before = await counts();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        commands.createEventCommand(admin, valid({ title: `Concurrent ${i}`, speakers: [] })),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.id : 0))).size).toBe(50);
    const after = await counts();
    expect(after.events - before.events).toBe(50);
    expect(after.audit - before.audit).toBe(50);
  });
});

describe("update action", () => {
  it("refuses a save made on an old version and says what changed", async () => {
    const created = await commands.createEventCommand(admin, valid({ title: "Versioned", audienceSize: 300 }));
    if (!created.ok) throw new Error("setup");
    expect(
      await commands.updateEventCommand(admin, created.id, 1, valid({ title: "Versioned", audienceSize: 500 })),
    ).toMatchObject({ ok: true });
    const stale = await commands.updateEventCommand(staff, created.id, 1, valid({ title: "Versioned by staff" }));
    // staff did not create it: forbidden before any conflict
    expect(stale).toMatchObject({ ok: false, status: 403 });
    const conflict = await commands.updateEventCommand(admin, created.id, 1, valid({ title: "Versioned again" }));
    expect(conflict).toMatchObject({ ok: false, status: 409 });
    if (!conflict.ok)
      expect(conflict.conflict).toEqual([{ field: "audienceSize", before: 300, after: 500, by: "admin@demo.kz" }]);
    const stored = await t.db.event.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ title: "Versioned", audienceSize: 500, version: 2 });
  });
});
