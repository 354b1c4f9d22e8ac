// Creating events in a batch (an import's way) writes each event with its own
// links and its own history entry, in the order given, exactly as one create
// at a time would; a refused input names its index and writes nothing.
// (SQLite here, PostgreSQL in CI.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInputSchema, type EventInput } from "../schemas/event";
import { eventInput } from "../testing/event-input";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let creates: typeof import("./event-creates");
let transaction: typeof import("./transaction");
let admin: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  creates = await import("./event-creates");
  transaction = await import("./transaction");
  admin = await sessionUserOf(t.db, "admin@demo.kz");
  coordinator = await sessionUserOf(t.db, "coordinator@demo.kz");
});
afterAll(() => t.drop());

const input = (over: Record<string, unknown>): EventInput => eventInputSchema.parse(eventInput(over));

const inputs = [
  input({
    title: "Batch first",
    audiences: ["youth", "students"],
    audienceSize: 40,
    speakers: [{ person: { name: "Batchperson Alpha" }, role: "аким", organization: null }],
  }),
  input({ title: "Batch second", audiences: [], audienceSize: null, format: "forum" }),
  input({
    title: "Batch third",
    audiences: ["veterans"],
    // The same new name as the first row: one person, created once.
    speakers: [{ person: { name: "Batchperson Alpha" }, role: null, organization: { name: "Batch Org LLP" } }],
    organizations: [{ organization: { name: "Batch Host JSC" }, role: "host" }],
    sources: [{ url: "https://example.kz/batch-news", title: "Batch news", text: null, outlet: null }],
  }),
];

describe("creating events in a batch", () => {
  it("writes each input as its own event, links and history, in the order given", async () => {
    const ids = await transaction.writeTransaction((tx) =>
      creates.createEventsIn(
        tx,
        admin,
        inputs.map((i, row) => ({ input: i, via: { import: "batch.csv", row: row + 2 } })),
        { memo: new Map() },
      ),
    );
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const stored = await t.db.event.findMany({
      where: { id: { in: ids } },
      include: {
        audiences: true,
        speakers: { include: { person: true, organization: true } },
        organizations: { include: { organization: true } },
        sources: true,
      },
    });
    const byId = new Map(stored.map((e) => [e.id, e]));
    const [first, second, third] = ids.map((id) => byId.get(id));
    expect(first?.title).toBe("Batch first");
    expect(first?.audiences.map((a) => a.type).sort()).toEqual(["students", "youth"]);
    expect(first?.speakers.map((s) => [s.person.fullName, s.role])).toEqual([["Batchperson Alpha", "аким"]]);
    expect(first?.date.toISOString()).toBe("2026-02-20T00:00:00.000Z");
    expect(first?.audienceEstimate).toBe(false);
    expect(first?.createdById).toBe(admin.id);
    expect(second?.title).toBe("Batch second");
    expect(second?.format).toBe("forum");
    expect(second?.audiences).toEqual([]);
    expect(third?.title).toBe("Batch third");
    expect(third?.speakers[0]?.personId).toBe(first?.speakers[0]?.personId);
    expect(third?.speakers[0]?.organization?.name).toBe("Batch Org LLP");
    expect(third?.organizations.map((o) => [o.organization.name, o.role])).toEqual([["Batch Host JSC", "host"]]);
    expect(third?.sources).toHaveLength(1);
    // The search index and the audience bits the triggers keep, as a single
    // create of the same input writes them.
    const alone = await t.db.event.findUniqueOrThrow({
      where: { id: await creates.createEvent(admin, inputs[2] ?? input({})) },
    });
    expect(third?.searchText).toBe(alone.searchText);
    expect(third?.audienceMask).toBe(alone.audienceMask);
    expect(third?.audienceMask).not.toBe(0);
    expect(third?.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const history = await t.db.auditEntry.findMany({
      where: { entity: "Event", entityId: { in: ids.map(String) } },
      orderBy: { id: "asc" },
    });
    expect(history.map((h) => [h.entityId, h.action, JSON.parse(h.via ?? "null") as unknown])).toEqual(
      ids.map((id, row) => [String(id), "create", { import: "batch.csv", row: row + 2 }]),
    );
    expect(JSON.parse(history[0]?.after ?? "{}")).toMatchObject({ title: "Batch first", audiences: "students, youth" });
    const { verifyAudit } = await import("./audit-verify");
    expect((await verifyAudit(t.db)).differences).toEqual([]);
  });

  it("refuses the batch at the first input its author may not write, naming its index", async () => {
    const before = await t.db.event.count();
    const outside = input({ title: "Outside the coordinator's regions", region: "KZ-75" });
    const seen: number[] = [];
    const attempt = transaction.writeTransaction((tx) =>
      creates.createEventsIn(
        tx,
        coordinator,
        [{ input: input({ region: "KZ-31", title: "Inside" }) }, { input: outside }],
        {
          refused: (index, e) => {
            seen.push(index);
            return e;
          },
        },
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
    expect(seen).toEqual([1]);
    expect(await t.db.event.count()).toBe(before);
  });

  it("takes an audience named twice as one", async () => {
    const id = await creates.createEvent(admin, input({ title: "Twice youth", audiences: ["youth", "youth"] }));
    expect(await t.db.eventAudience.findMany({ where: { eventId: id }, select: { type: true } })).toEqual([
      { type: "youth" },
    ]);
  });

  it("creates one event the way a form's save does", async () => {
    const id = await creates.createEvent(admin, input({ title: "One at a time" }));
    const more = await transaction.writeTransaction((tx) =>
      creates.createEventsIn(tx, admin, [{ input: input({ title: "After it" }) }]),
    );
    expect(more[0]).toBeGreaterThan(id);
  });
});
