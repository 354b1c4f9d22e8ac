// Article intake and the duplicates review against a real database (SQLite
// here, PostgreSQL in CI): drafts matched to stored people and events, bad
// input refused, a Russian and a Kazakh report of one meeting found as one,
// the article attached as a second source, and two stored reports merged
// into one event with both sources and the merge in history. Texts are ours.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";

let t: TestDatabase;
let intake: typeof import("./intake");
let duplicates: typeof import("./duplicates");
let events: typeof import("./events");
let pairs: typeof import("../data/duplicates");
let scopeOf: typeof import("../domain/scope").scopeOf;
let coordinator: SessionUser;
let staff: SessionUser;
let viewer: SessionUser;

beforeAll(async () => {
  t = await seededDatabase();
  intake = await import("./intake");
  duplicates = await import("./duplicates");
  events = await import("./events");
  pairs = await import("../data/duplicates");
  scopeOf = (await import("../domain/scope")).scopeOf;
  coordinator = await sessionUserOf(t.db, "coordinator@demo.kz");
  staff = await sessionUserOf(t.db, "staff@demo.kz");
  viewer = await sessionUserOf(t.db, "viewer@demo.kz");
});
afterAll(() => t.drop());

const RU =
  "20 февраля в Байзакском районе Жамбылской области депутат маслихата Ерланом Кошановым проведена встреча с работниками ТОО «Байзак Агро» по проекту новой Конституции. Пришли около 60 человек.";
const KK =
  "2026 жылғы 20 ақпанда Жамбыл облысы Байзақ ауданында Ерлан Қошанов «Байзақ Агро» ЖШС ұжымымен Жаңа Конституция жобасы бойынша кездесу өткізді. Кездесуге 60-қа жуық адам қатысты.";

const draftsOf = async (user: SessionUser, articles: unknown[]) => {
  const r = await intake.draftArticlesCommand(user, { articles });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe("article intake", () => {
  it("matches a seeded person in another script and writes nothing", async () => {
    const before = await t.db.event.count();
    const r = await draftsOf(coordinator, [{ text: RU, publishedAt: "2026-02-21" }]);
    const d = r.results[0]!.drafts[0]!;
    expect(d.region).toBe("KZ-31");
    expect(d.district?.name).toBe("Baizak District");
    const koshanov = await t.db.person.findFirstOrThrow({ where: { seedKey: "koshanov" } });
    expect(d.speakers).toEqual([{ name: "Ерлан Кошанов", role: "депутат маслихата", personId: koshanov.id }]);
    expect(d.canSave).toBe(true);
    expect(await t.db.event.count()).toBe(before);
  });

  it("refuses what is not an article, and callers who may not log events", async () => {
    expect(await intake.draftArticlesCommand(coordinator, { articles: [{ text: "" }] })).toMatchObject({
      code: "invalid",
    });
    expect(await intake.draftArticlesCommand(coordinator, { articles: [] })).toMatchObject({ code: "invalid" });
    expect(
      await intake.draftArticlesCommand(coordinator, { articles: [{ text: "x".repeat(1_000_001) }] }),
    ).toMatchObject({
      code: "invalid",
      message: "intake.reasons.tooLarge",
    });
    expect(
      await intake.draftArticlesCommand(coordinator, { articles: [{ text: "\u0000\u0001\u0002".repeat(500) }] }),
    ).toMatchObject({
      message: "intake.reasons.binary",
    });
    expect(await intake.draftArticlesCommand(viewer, { articles: [{ text: RU }] })).toMatchObject({
      code: "forbidden",
    });
    expect(await intake.draftArticlesCommand(null, { articles: [{ text: RU }] })).toMatchObject({
      code: "unauthenticated",
    });
  });

  it("says a draft outside the caller's regions cannot be saved", async () => {
    const r = await draftsOf(staff, [
      {
        text: "В Павлодаре 3 марта прошла встреча с энергетиками по проекту новой Конституции.",
        publishedAt: "2026-03-04",
      },
    ]);
    expect(r.results[0]!.drafts[0]).toMatchObject({ region: "KZ-55", canSave: false });
  });

  it("groups a Russian and a Kazakh report of one meeting, then attaches the second to the saved event", async () => {
    const batch = await draftsOf(coordinator, [
      { id: "ru", text: RU, publishedAt: "2026-02-21" },
      { id: "kk", text: KK, publishedAt: "2026-02-21" },
    ]);
    expect(batch.duplicates).toContainEqual([
      { id: "ru", draft: 0 },
      { id: "kk", draft: 0 },
    ]);
    const created = await events.createEventCommand(coordinator, {
      title: "Встреча с работниками ТОО «Байзак Агро»",
      campaign: "referendum-2026",
      status: "held",
      date: "2026-02-20",
      datePrecision: "day",
      region: "KZ-31",
      district: batch.results[0]!.drafts[0]!.district!.id,
      format: "meeting",
      speakers: [{ person: { id: batch.results[0]!.drafts[0]!.speakers[0]!.personId }, role: null }],
      sources: [{ url: "https://example.kz/ru/baizak", title: "Встреча в Байзаке", text: RU }],
    });
    if (!created.ok) throw new Error(created.message);
    const again = await draftsOf(coordinator, [
      { text: KK, url: "https://example.kz/kk/baizak", publishedAt: "2026-02-21" },
    ]);
    const looks = again.results[0]!.drafts[0]!.looksLike.find((l) => l.eventId === created.id);
    expect(looks?.reasons.map((x) => x.key)).toEqual(expect.arrayContaining(["sameDay", "sameDistrict", "speaker"]));

    const attached = await intake.attachArticleCommand(coordinator, created.id, {
      url: "https://example.kz/kk/baizak",
      title: "Байзақтағы кездесу",
      language: "kk",
      text: KK,
    });
    expect(attached).toEqual({ ok: true, id: created.id });
    const sources = await t.db.eventSource.count({ where: { eventId: created.id } });
    expect(sources).toBe(2);
    expect(await intake.attachArticleCommand(coordinator, created.id, {})).toMatchObject({ code: "invalid" });
    // Attaching the same address again adds nothing.
    await intake.attachArticleCommand(coordinator, created.id, { url: "https://example.kz/kk/baizak" });
    expect(await t.db.eventSource.count({ where: { eventId: created.id } })).toBe(2);
  });
});

/** A held meeting in Zhambyl Region with Ерлан Қошанов speaking (the seed's person). */
async function meetingWithKoshanov(title: string, date: string, url?: string): Promise<number> {
  const person = await t.db.person.findFirstOrThrow({ where: { seedKey: "koshanov" } });
  const r = await events.createEventCommand(coordinator, {
    title,
    campaign: "referendum-2026",
    status: "held",
    date,
    datePrecision: "day",
    region: "KZ-31",
    format: "meeting",
    speakers: [{ person: { id: person.id }, role: null }],
    sources: url ? [{ url, title }] : [],
  });
  if (!r.ok) throw new Error(r.message);
  return r.id;
}

describe("stored duplicates", () => {
  it("proposes two stored reports of one meeting, merges them with both sources and the merge in history", async () => {
    const make = (title: string, url: string, date: string) => meetingWithKoshanov(title, date, url);
    const a = await make("Встреча в Мойынкумском районе", "https://example.kz/ru/moiynkum", "2026-01-10");
    const b = await make("Мойынқұм ауданындағы кездесу", "https://example.kz/kk/moiynkum", "2026-01-11");
    const found = await pairs.likelyDuplicatePairs(scopeOf(coordinator));
    const pair =
      found.find((p) => p.first.id === b && p.second.id === a) ??
      found.find((p) => p.first.id === a && p.second.id === b);
    expect(pair?.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(["daysApart", "speaker"]));

    expect(await duplicates.mergeEventsCommand(viewer, a, b)).toMatchObject({ code: "forbidden" });
    expect(await duplicates.mergeEventsCommand(staff, a, b)).toMatchObject({ code: "not_found" });
    expect(await duplicates.mergeEventsCommand(coordinator, a, b)).toEqual({ ok: true, id: a });
    expect(await t.db.eventSource.count({ where: { eventId: a } })).toBe(2);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: b } })).deletedAt).not.toBeNull();
    const history = await t.db.auditEntry.findMany({
      where: { entity: "Event", entityId: { in: [String(a), String(b)] } },
      orderBy: { id: "asc" },
    });
    expect(history.map((h) => h.via).filter(Boolean)).toEqual([
      JSON.stringify({ mergedFrom: b }),
      JSON.stringify({ mergedInto: a }),
    ]);
    expect(
      (await pairs.likelyDuplicatePairs(scopeOf(coordinator))).some((p) => [p.first.id, p.second.id].includes(b)),
    ).toBe(false);
  });

  it("remembers a pair dismissed as different meetings", async () => {
    const ids = [
      await meetingWithKoshanov("Встреча 2026-01-20", "2026-01-20"),
      await meetingWithKoshanov("Встреча 2026-01-21", "2026-01-21"),
    ];
    const [x, y] = ids as [number, number];
    const has = async () =>
      (await pairs.likelyDuplicatePairs(scopeOf(coordinator))).some(
        (p) => [p.first.id, p.second.id].sort().join() === [x, y].sort().join(),
      );
    expect(await has()).toBe(true);
    expect(await duplicates.dismissPairCommand(coordinator, y, x)).toMatchObject({ ok: true });
    expect(await has()).toBe(false);
  });
});
