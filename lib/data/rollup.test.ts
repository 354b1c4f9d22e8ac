// The dashboards' rollups (EventDayStat and EventLinkStat, and both per facet)
// must equal a GROUP BY over the raw events after every kind of write: the app's create, edit (moving an event to
// another day, region, status, format and audiences), soft delete and restore,
// concurrent creates, and writes that bypass the app (hard deletes, audience
// rows changed directly). The expected side counts audiences from EventAudience
// itself, not from the Event.audienceMask the triggers keep.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvents } from "../../prisma/seed/factories";
import { seed } from "../../prisma/seed/run";
import { AUDIENCE_TYPES, EVENT_FORMATS } from "../domain/enums";
import { eventInputSchema } from "../schemas/event";
import { eventInput } from "../testing/event-input";
import { freshDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import { rollupRebuildSql } from "./sql/rollup-query";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let commands: typeof import("../commands/events");
let directory: typeof import("./directory-writes");
let creates: typeof import("./event-creates");
let transaction: typeof import("./transaction");
let admin: SessionUser;

beforeAll(async () => {
  t = await freshDatabase();
  await seed(t.db);
  await makeEvents(t.db, 150, 11);
  process.env.DATABASE_URL = t.url;
  commands = await import("../commands/events");
  directory = await import("./directory-writes");
  creates = await import("./event-creates");
  transaction = await import("./transaction");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
}, 120_000);
afterAll(() => t.drop());

const VALUES = [
  "events",
  "audience",
  "unsized",
  "estimated",
  ...EVENT_FORMATS.map((f) => `f_${f}`),
  ...AUDIENCE_TYPES.map((a) => `a_${a}`),
];

type Row = Record<string, unknown>;
const normal = (rows: Row[]) =>
  rows
    .map((r) =>
      [
        r.facet ?? "",
        r.campaignId,
        new Date(r.day instanceof Date ? r.day : String(r.day)).toISOString(),
        r.regionId,
        r.districtId,
        r.status,
        ...VALUES.map((v) => r[v]),
      ]
        .map(String)
        .join("|"),
    )
    .sort();

// Each event's facets as (eventId, facet) rows, read from its format and its
// EventAudience rows (not from the audienceMask the triggers keep).
const FACETS = `(SELECT "id" AS "eventId", 'f:' || CAST("format" AS TEXT) AS "facet" FROM "Event"
  UNION SELECT "eventId", 'a:' || CAST("type" AS TEXT) FROM "EventAudience") x`;

async function expectRollupExact() {
  const has = (type: string) =>
    `CASE WHEN EXISTS (SELECT 1 FROM "EventAudience" a WHERE a."eventId" = e."id" AND CAST(a."type" AS TEXT) = '${type}') THEN 1 ELSE 0 END`;
  // The per-day rows from raw events, per facet when `faceted`.
  const dayRows = (faceted: boolean) => {
    const key = `${faceted ? `x."facet", ` : ""}e."campaignId", e."date", e."regionId", COALESCE(e."districtId", 0), e."status"`;
    return t.db.$queryRawUnsafe<Row[]>(`
    SELECT ${faceted ? `x."facet", ` : ""}e."campaignId", e."date" AS "day", e."regionId", COALESCE(e."districtId", 0) AS "districtId", CAST(e."status" AS TEXT) AS "status",
      COUNT(*) AS "events", COALESCE(SUM(e."audienceSize"), 0) AS "audience",
      SUM(CASE WHEN e."audienceSize" IS NULL THEN 1 ELSE 0 END) AS "unsized",
      SUM(CASE WHEN e."audienceEstimate" THEN 1 ELSE 0 END) AS "estimated",
      ${EVENT_FORMATS.map((f) => `SUM(CASE WHEN CAST(e."format" AS TEXT) = '${f}' THEN 1 ELSE 0 END) AS "f_${f}"`).join(", ")},
      ${AUDIENCE_TYPES.map((a) => `SUM(${has(a)}) AS "a_${a}"`).join(", ")}
    FROM "Event" e ${faceted ? `JOIN ${FACETS} ON x."eventId" = e."id"` : ""} WHERE e."deletedAt" IS NULL GROUP BY ${key}`);
  };
  const stored = (table: string, faceted: boolean) =>
    t.db.$queryRawUnsafe<Row[]>(
      `SELECT ${faceted ? `"facet", ` : ""}"campaignId", "day", "regionId", "districtId", CAST("status" AS TEXT) AS "status", ${VALUES.map((v) => `"${v}"`).join(", ")} FROM "${table}"`,
    );
  const days: Array<[string, boolean]> = [
    ["EventDayStat", false],
    ["EventFacetStat", true],
  ];
  for (const [table, faceted] of days) {
    const expected = await dayRows(faceted);
    expect(expected.length).toBeGreaterThan(0);
    expect(normal(await stored(table, faceted)), table).toEqual(normal(expected));
  }

  const links = (kind: string, table: string, column: string, faceted: boolean) => `
    SELECT '${kind}' AS "kind", ${faceted ? `x."facet"` : `''`} AS "facet", e."campaignId", e."regionId", l."${column}" AS "linkId", COUNT(*) AS "events"
    FROM "${table}" l JOIN "Event" e ON e."id" = l."eventId" ${faceted ? `JOIN ${FACETS} ON x."eventId" = e."id"` : ""}
    WHERE e."deletedAt" IS NULL AND CAST(e."status" AS TEXT) = 'held' GROUP BY ${faceted ? `x."facet", ` : ""}e."campaignId", e."regionId", l."${column}"`;
  const flat = (rows: Row[]) =>
    rows.map((r) => [r.kind, r.facet, r.campaignId, r.regionId, r.linkId, r.events].map(String).join("|")).sort();
  const linkTables: Array<[string, boolean]> = [
    ["EventLinkStat", false],
    ["EventLinkFacetStat", true],
  ];
  for (const [table, faceted] of linkTables) {
    const expectedLinks = await t.db.$queryRawUnsafe<Row[]>(
      `${links("p", "EventSpeaker", "personId", faceted)} UNION ALL ${links("o", "EventOrganization", "organizationId", faceted)}`,
    );
    const actualLinks = await t.db.$queryRawUnsafe<Row[]>(
      `SELECT "kind", ${faceted ? `"facet"` : `''`} AS "facet", "campaignId", "regionId", "linkId", "events" FROM "${table}"`,
    );
    expect(expectedLinks.length).toBeGreaterThan(0);
    expect(flat(actualLinks), table).toEqual(flat(expectedLinks));
  }
}

const input = (over: Record<string, unknown> = {}) => eventInput({ title: "Rollup probe", ...over });

describe("the dashboard rollup stays equal to the raw events", () => {
  it("after the seed, the factory and a hard delete of the seeded events", async () => {
    await expectRollupExact();
    await t.db.event.deleteMany({ where: { seedKey: { not: null } } });
    await expectRollupExact();
  });

  it("after creates, edits that move events, soft deletes and restores through the app", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await commands.createEventCommand(
        admin,
        input({ audienceSize: i % 2 ? null : 100 + i, audienceEstimate: i % 3 === 0 && i % 2 === 0 }),
      );
      expect(r.ok).toBe(true);
      if (r.ok) ids.push(r.id);
    }
    await expectRollupExact();

    // Move one event in every dimension the rollup keys or counts.
    const moved = await commands.updateEventCommand(
      admin,
      ids[0]!,
      1,
      input({
        date: "2026-03-01",
        region: "KZ-31",
        status: "planned",
        format: "forum",
        audiences: ["youth", "students"],
        audienceSize: 40,
        audienceEstimate: true,
      }),
    );
    expect(moved).toMatchObject({ ok: true });
    expect(
      await commands.updateEventCommand(admin, ids[1]!, 1, input({ status: "cancelled", audiences: [] })),
    ).toMatchObject({ ok: true });
    await expectRollupExact();

    for (const id of ids.slice(2, 5)) expect(await commands.deleteEventCommand(admin, id)).toMatchObject({ ok: true });
    await expectRollupExact();
    expect(await commands.restoreEventCommand(admin, ids[2]!)).toMatchObject({ ok: true });
    await expectRollupExact();
    // An edit of the restored event, then deleting the last event of its key.
    expect(await commands.updateEventCommand(admin, ids[2]!, 1, input({ audiences: ["veterans"] }))).toMatchObject({
      ok: true,
    });
    await expectRollupExact();
  });

  it("after a batch of creates in one transaction (an import's multi-row INSERTs)", async () => {
    const formats = ["meeting", "forum", "visit"];
    const audiences = [["youth"], ["youth", "students"], ["veterans", "officials", "other"], []];
    await transaction.writeTransaction((tx) =>
      creates.createEventsIn(
        tx,
        admin,
        Array.from({ length: 24 }, (_, i) => ({
          input: eventInputSchema.parse({
            ...input(),
            title: `Batch ${i}`,
            date: `2026-02-${String(10 + (i % 5)).padStart(2, "0")}`,
            status: i % 7 === 0 ? "planned" : "held",
            format: formats[i % formats.length],
            audiences: audiences[i % audiences.length],
            speakers: [{ person: { name: `Batch speaker ${i % 4}` }, role: null, organization: null }],
            organizations: [{ organization: { name: `Batch host ${i % 3} LLP` }, role: "host" }],
          }),
        })),
      ),
    );
    await expectRollupExact();
  });

  it("after concurrent creates on one key", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        commands.createEventCommand(admin, input({ title: `Concurrent ${i}`, date: "2026-02-25" })),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    await expectRollupExact();
  });

  it("after 100 concurrent edits that move events between two cells in opposite directions", async () => {
    // Half the edits take rollup rows X then Y, the other half Y then X: on
    // PostgreSQL that deadlocks unless the write is retried. Every edit must
    // land (distinct events, so no version conflicts) and the rollups stay exact.
    const made: Array<{ id: number; from: string; to: string }> = [];
    for (let i = 0; i < 100; i++) {
      const [from, to] = i % 2 ? ["2026-01-10", "2026-01-11"] : ["2026-01-11", "2026-01-10"];
      const r = await commands.createEventCommand(admin, input({ title: `Crossing ${i}`, date: from }));
      if (!r.ok) throw new Error(r.message);
      made.push({ id: r.id, from, to });
    }
    const results = await Promise.all(
      made.map((m) => commands.updateEventCommand(admin, m.id, 1, input({ title: `Crossing ${m.id}`, date: m.to }))),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const moved = await t.db.event.findMany({
      where: { id: { in: made.map((m) => m.id) } },
      select: { id: true, date: true },
    });
    const want = new Map(made.map((m) => [m.id, m.to]));
    expect(moved.every((e) => e.date.toISOString().startsWith(want.get(e.id) ?? "?"))).toBe(true);
    await expectRollupExact();
  });

  it("after merging two people who spoke at the same and at different events", async () => {
    const speakers = await t.db.eventSpeaker.findMany({
      select: { personId: true, eventId: true },
      orderBy: { id: "asc" },
    });
    const [keep, merge] = [speakers[0]!.personId, speakers.find((s) => s.personId !== speakers[0]!.personId)!.personId];
    await t.db.eventSpeaker.create({ data: { eventId: speakers[0]!.eventId, personId: merge, position: 9 } }); // one shared event
    expect(await directory.mergePeople(admin, keep, merge)).toBe(true);
    await expectRollupExact();
  });

  it("after writes that bypass the app", async () => {
    const e = await t.db.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    await t.db.eventAudience.deleteMany({ where: { eventId: e.id } });
    await t.db.eventAudience.createMany({
      data: [
        { eventId: e.id, type: "officials" },
        { eventId: e.id, type: "business" },
      ],
    });
    await t.db.event.updateMany({ where: { id: { in: [e.id + 1, e.id + 2] } }, data: { deletedAt: new Date() } });
    await t.db.event.delete({ where: { id: e.id + 3 } });
    await expectRollupExact();
  });

  it("and a rebuild from scratch (used after bulk loads) gives the same rows", async () => {
    for (const sql of rollupRebuildSql()) await t.db.$executeRawUnsafe(sql);
    await expectRollupExact();
  });
});
