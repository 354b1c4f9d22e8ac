// Writes change exactly what their user changed, on a real database (both
// dialects in CI): shared sources stay as they are, edits after someone else's
// merge field by field, held events are not in the future, control characters
// never reach the database, and the history replays to the data afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAudit } from "../data/audit-verify";
import { bodyOfStored } from "../schemas/event-stored";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";
import type { EventBody } from "../schemas/event-fields";

let t: TestDatabase;
let events: typeof import("./events");
let sources: typeof import("./sources");
let read: typeof import("../data/events");
let fields: typeof import("../schemas/event-fields");
let admin: SessionUser;
let coordinator: SessionUser;
let staff: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  events = await import("./events");
  sources = await import("./sources");
  read = await import("../data/events");
  fields = await import("../schemas/event-fields");
  const load = (email: string) => sessionUserOf(t.db, email);
  [admin, coordinator, staff] = await Promise.all([
    load("admin@demo.kz"),
    load("coordinator@demo.kz"),
    load("staff@demo.kz"),
  ]);
});
afterAll(() => t.drop());

const national = () => ({ userId: admin.id, role: admin.role, regionIds: null });
async function bodyOf(id: number): Promise<{ version: number; body: EventBody }> {
  const e = await read.findEventForScope(national(), id);
  if (!e) throw new Error(`event ${id} not found`);
  return { version: e.version, body: bodyOfStored(e) };
}
const eventId = async (seedKey: string) => (await t.db.event.findUniqueOrThrow({ where: { seedKey } })).id;
const entriesOf = (id: number) => t.db.auditEntry.count({ where: { entity: "Event", entityId: String(id) } });

describe("sources are records of their own", () => {
  it("editing one of nine events citing an article leaves the article and the other eight alone", async () => {
    const id = await eventId("kone-taraz-residents-2026");
    const { version, body } = await bodyOf(id);
    const [link] = body.sources;
    if (!link || !("id" in link)) throw new Error("seed: no source");
    const sourceBefore = await t.db.source.findUniqueOrThrow({ where: { id: link.id } });
    const citing = await t.db.eventSource.findMany({ where: { sourceId: link.id } });
    expect(citing).toHaveLength(9);
    const othersBefore = await Promise.all(citing.filter((c) => c.eventId !== id).map((c) => entriesOf(c.eventId)));

    const r = await events.updateEventCommand(coordinator, id, version, { ...body, title: `${body.title} (edited)` });
    expect(r).toMatchObject({ ok: true });

    expect(await t.db.source.findUniqueOrThrow({ where: { id: link.id } })).toEqual(sourceBefore);
    const othersAfter = await Promise.all(citing.filter((c) => c.eventId !== id).map((c) => entriesOf(c.eventId)));
    expect(othersAfter).toEqual(othersBefore);
    expect(await t.db.eventSource.count({ where: { sourceId: link.id } })).toBe(9);
  });

  it("a typed source is a new document; a known URL links the stored one; unlinking removes only the link", async () => {
    const id = await eventId("super-pharm-collective-2026");
    const { version, body } = await bodyOf(id);
    const [old] = body.sources;
    if (!old || !("id" in old)) throw new Error("seed: no source");
    const fresh = {
      title: "Follow-up report",
      url: "https://example.kz/news/1",
      outlet: "Example",
      publishedAt: "2026-02-21",
      text: "Text.",
    };
    expect(
      await events.updateEventCommand(admin, id, version, { ...body, sources: [...body.sources, fresh] }),
    ).toMatchObject({ ok: true });
    const after = await bodyOf(id);
    expect(after.body.sources).toHaveLength(2);
    const created = await t.db.source.findFirstOrThrow({ where: { url: fresh.url } });
    expect(created).toMatchObject({ title: "Follow-up report", outlet: "Example", version: 1 });

    // The same URL typed on another event names the same document.
    const other = await eventId("kazphosphate-collective-2026");
    const o = await bodyOf(other);
    expect(
      await events.updateEventCommand(admin, other, o.version, {
        ...o.body,
        sources: [...o.body.sources, { ...fresh, title: "Another headline" }],
      }),
    ).toMatchObject({ ok: true });
    expect(await t.db.source.count({ where: { url: fresh.url } })).toBe(1);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Follow-up report");

    // Unlink the seeded article from the first event: the article stays.
    expect(
      await events.updateEventCommand(admin, id, after.version, { ...after.body, sources: [{ id: created.id }] }),
    ).toMatchObject({ ok: true });
    expect(await t.db.source.findUnique({ where: { id: old.id } })).not.toBeNull();
    expect((await bodyOf(id)).body.sources.map((s) => ("id" in s ? s.id : 0))).toEqual([created.id]);
  });

  it("a source is edited on its own, under its version, and only by who may edit every citing event", async () => {
    const src = await t.db.source.findFirstOrThrow({ where: { seedKey: "doc-004" } });
    const input = {
      title: "Coalition visit to Zhambyl",
      outlet: src.outlet,
      url: src.url,
      publishedAt: "2026-02-20",
      language: src.language,
      text: src.text,
    };
    // Staff work in Ulytau: the Zhambyl article is not theirs to see.
    expect(await sources.updateSourceCommand(staff, src.id, src.version, input)).toMatchObject({ status: 404 });
    expect(await sources.updateSourceCommand(coordinator, src.id, src.version, input)).toMatchObject({ ok: true });
    const stale = await sources.updateSourceCommand(admin, src.id, src.version, { ...input, outlet: "Other" });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    if (!stale.ok) expect(stale.conflict?.map((c) => c.field)).toContain("title");
    expect(await t.db.source.findUniqueOrThrow({ where: { id: src.id } })).toMatchObject({
      title: "Coalition visit to Zhambyl",
      version: 2,
    });
    expect(await sources.updateSourceCommand(admin, src.id, 2, { ...input, title: "x\u0000" })).toMatchObject({
      status: 400,
    });
  });
});

describe("conflicts resolve field by field", () => {
  it("keep mine writes only what I changed; theirs stays where only they changed; both-changed needs a choice", async () => {
    const id = await eventId("zhambyl-youth-education-2026");
    const opened = await bodyOf(id);
    // Tab B changes the place and the title and saves first.
    const b = { ...opened.body, locality: "Taraz, youth centre", title: "Youth and education (B)" };
    expect(await events.updateEventCommand(coordinator, id, opened.version, b, { base: opened.body })).toMatchObject({
      ok: true,
    });
    // Tab A, opened before, changes the audience size and the title.
    const a = { ...opened.body, audienceSize: 321, title: "Youth and education (A)" };
    const first = await events.updateEventCommand(admin, id, opened.version, a, { base: opened.body });
    expect(first).toMatchObject({ ok: false, status: 409, currentVersion: opened.version + 1 });
    if (!first.ok) {
      expect(first.theirs).toMatchObject({ locality: "Taraz, youth centre" });
      expect(first.conflict?.[0]?.by).toBe("coordinator@demo.kz");
    }
    // Saving against the new version without choosing the title is refused again.
    const unresolved = await events.updateEventCommand(admin, id, opened.version, a, {
      base: opened.body,
      resolveVersion: opened.version + 1,
    });
    expect(unresolved).toMatchObject({ status: 409, message: "errors.conflictChoose" });
    const resolved = await events.updateEventCommand(admin, id, opened.version, a, {
      base: opened.body,
      resolveVersion: opened.version + 1,
      choices: { title: "theirs" },
    });
    expect(resolved).toMatchObject({ ok: true });
    const stored = (await bodyOf(id)).body;
    expect(stored).toMatchObject({
      locality: "Taraz, youth centre",
      audienceSize: 321,
      title: "Youth and education (B)",
    });
  });

  it("a person merged while a form was open: the form's save keeps the merge and its own change", async () => {
    const id = await eventId("super-pharm-collective-2026");
    const directory = await import("../data/directory-writes");
    const keep = await t.db.person.findUniqueOrThrow({ where: { seedKey: "uteshev" } });
    // Typed on the form, as users make people (so the person has a history).
    const start = await bodyOf(id);
    const typed = { person: { name: "Merged Away Speaker" }, role: null, organization: null };
    const added = { ...start.body, speakers: [...start.body.speakers, typed] };
    expect(await events.updateEventCommand(admin, id, start.version, added)).toMatchObject({ ok: true });
    const dup = await t.db.person.findFirstOrThrow({ where: { fullName: "Merged Away Speaker" } });
    const opened = await bodyOf(id);
    expect(await directory.mergePeople(admin, keep.id, dup.id)).toBe(true);
    // The form still names the merged-away person; it changed only the title.
    const mine = { ...opened.body, title: `${opened.body.title} (after merge)` };
    const first = await events.updateEventCommand(coordinator, id, opened.version, mine, { base: opened.body });
    expect(first).toMatchObject({ ok: false, status: 409, currentVersion: opened.version + 1 });
    if (!first.ok) expect(first.conflict?.map((c) => c.field)).toEqual(["speakers"]);
    const saved = await events.updateEventCommand(coordinator, id, opened.version, mine, {
      base: opened.body,
      resolveVersion: opened.version + 1,
    });
    expect(saved).toMatchObject({ ok: true });
    const after = (await bodyOf(id)).body;
    expect(after.title).toBe(mine.title);
    expect(after.speakers.map((s) => ("id" in s.person ? s.person.id : 0))).toContain(keep.id);
    expect(after.speakers.map((s) => ("id" in s.person ? s.person.id : 0))).not.toContain(dup.id);
  });

  it("the API without a base refuses any stale save and names who saved", async () => {
    const id = await eventId("karyzsyz-kogam-2026");
    const opened = await bodyOf(id);
    expect(
      await events.updateEventCommand(admin, id, opened.version, { ...opened.body, audienceSize: 77 }),
    ).toMatchObject({ ok: true });
    const stale = await events.updateEventCommand(admin, id, opened.version, { ...opened.body, locality: "x" });
    expect(stale).toMatchObject({ status: 409 });
    if (!stale.ok)
      expect(stale.conflict).toEqual([
        { field: "audienceSize", before: opened.body.audienceSize, after: 77, by: "admin@demo.kz" },
      ]);
  });
});

describe("input hygiene and the country's clock", () => {
  const tomorrow = () => new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
  const valid = (over: Partial<EventBody> = {}) => ({
    ...fields.emptyBody({ campaign: "referendum-2026", region: "KZ-62", date: "2026-02-20" }),
    title: "Meeting in Satpayev",
    ...over,
  });

  it("a held event cannot be dated after today; a planned one can", async () => {
    const held = await events.createEventCommand(staff, valid({ status: "held", date: tomorrow() }));
    expect(held).toMatchObject({ status: 400, fieldErrors: { date: "validation.heldInFuture" } });
    expect(await events.createEventCommand(staff, valid({ status: "planned", date: tomorrow() }))).toMatchObject({
      ok: true,
    });
  });

  it("refuses control characters in typed fields and strips them from pasted text", async () => {
    for (const title of ["Meeting\u0000", "Bell\u0007", "Esc\u001b[31m", "C1\u0085"]) {
      expect(await events.createEventCommand(staff, valid({ title }))).toMatchObject({
        status: 400,
        fieldErrors: { title: "validation.controlChars" },
      });
    }
    const speaker = valid({ speakers: [{ person: { name: "Name\u0000" }, role: null, organization: null }] });
    expect(await events.createEventCommand(staff, speaker)).toMatchObject({ status: 400 });
    const r = await events.createEventCommand(staff, valid({ summary: "Line one\r\nline\u0000 two\ttab" }));
    if (!r.ok) throw new Error("refused");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: r.id } })).summary).toBe("Line one\nline two\ttab");
  });
});

describe("the history", () => {
  it("replays to the data after every write above", async () => {
    const report = await verifyAudit(t.db);
    expect(report.differences).toEqual([]);
    expect(report.records.Event).toBeGreaterThan(14);
  });
});
