// Model-based property test of concurrent editing (both dialects in CI). Two
// users and three tabs open the same event, change random fields, save, hit
// conflicts and resolve them keeping theirs or mine; people's aliases are
// edited from stale forms and people are merged. After every step: no field
// changed that its user did not touch, every field a user changed (and did
// not yield) holds their value, a held event is never in the future; after
// every run the history replays to the data (audit:verify).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAudit } from "../data/audit-verify";
import { dayIn } from "../domain/clock";
import { AUDIENCE_TYPES, EVENT_FORMATS } from "../domain/enums";
import { MERGE_GROUP_NAMES, mergeEdits, sameGroup, type MergeGroup } from "../schemas/event-merge";
import { bodyOfStored } from "../schemas/event-stored";
import { seededDatabase, sessionUserOf, type TestDatabase } from "../testing/test-db";
import type { SessionUser } from "../domain/session-user";
import type { EventBody } from "../schemas/event-fields";

let t: TestDatabase;
let events: typeof import("./events");
let directory: typeof import("../data/directory-writes");
let read: typeof import("../data/events");
let fields: typeof import("../schemas/event-fields");
let users: SessionUser[];
let eventId: number;
let districts: number[];
let orgs: number[];
let sourceIds: number[];
let pool: number[]; // people who may speak and be merged

beforeAll(async () => {
  t = await seededDatabase();
  events = await import("./events");
  directory = await import("../data/directory-writes");
  read = await import("../data/events");
  fields = await import("../schemas/event-fields");
  const load = (email: string) => sessionUserOf(t.db, email);
  users = [await load("admin@demo.kz"), await load("coordinator@demo.kz")];
  const region = await t.db.region.findUniqueOrThrow({ where: { iso: "KZ-31" }, include: { districts: true } });
  districts = region.districts.slice(0, 2).map((d) => d.id);
  orgs = (await t.db.organization.findMany({ take: 3, orderBy: { id: "asc" } })).map((o) => o.id);
  sourceIds = (await t.db.source.findMany({ take: 3, orderBy: { id: "asc" } })).map((s) => s.id);
  // People made the way users make them (typed on an event form), so each has its history.
  const created = await events.createEventCommand(users[0] ?? null, {
    ...fields.emptyBody({ campaign: "referendum-2026", region: "KZ-31", date: "2026-02-20" }),
    title: "Model event",
    speakers: ["Model Speaker A", "Model Speaker B", "Model Speaker C", "Model Speaker D"].map((name) => ({
      person: { name },
      role: null,
      organization: null,
    })),
  });
  if (!created.ok) throw new Error(`setup: ${created.message}`);
  eventId = created.id;
  pool = (await t.db.eventSpeaker.findMany({ where: { eventId }, orderBy: { position: "asc" } })).map(
    (s) => s.personId,
  );
});
afterAll(() => t.drop());

type Tab = { user: SessionUser; version: number; base: EventBody; mine: EventBody };
type PersonTab = { id: number; version: number; base: { name: string; aliases: string[] }; mine: string[] };
type Model = { tabs: Array<Tab | null>; personTabs: Array<PersonTab | null> };
type Real = Record<string, never>;
const stats = { saves: 0, conflicts: 0, staleAliasSaves: 0 };

async function stored(): Promise<{ version: number; body: EventBody }> {
  const e = await read.findEventForScope({ userId: 0, role: "admin", regionIds: null }, eventId);
  if (!e) throw new Error("model event vanished");
  return { version: e.version, body: bodyOfStored(e) };
}
async function alive(): Promise<number[]> {
  return (await t.db.person.findMany({ where: { id: { in: pool } }, select: { id: true } })).map((p) => p.id);
}
async function person(id: number) {
  return t.db.person.findUnique({ where: { id }, include: { aliases: true } });
}

/** A value for one group of fields, chosen by `n`. */
function valueFor(g: MergeGroup, n: number, people: number[]): Partial<EventBody> {
  const pick = <T>(xs: readonly T[]) => xs[n % xs.length] as T;
  const subset = <T>(xs: readonly T[]) => xs.filter((_, i) => (n >> i) & 1);
  switch (g) {
    case "title":
      return { title: pick(["Meeting A", "Meeting B", "Meeting C"]) };
    case "campaign":
      return { campaign: pick(["referendum-2026", "referendum-2022"]) };
    case "status":
      return { status: pick(["planned", "held", "cancelled"] as const) };
    case "date":
      return pick([
        { date: "2026-02-10", datePrecision: "day" as const },
        { date: "2026-02-01", datePrecision: "month" as const },
        { date: "2026-03-01", datePrecision: "on_or_before" as const },
      ]);
    case "region":
      return { region: "KZ-31", district: pick([null, ...districts]) };
    case "locality":
      return { locality: pick([null, "Taraz", "Kordai"]) };
    case "format":
      return { format: pick(EVENT_FORMATS) };
    case "audiences":
      return { audiences: subset(AUDIENCE_TYPES.slice(0, 4)) };
    case "audienceSize":
      return pick([
        { audienceSize: null, audienceEstimate: false },
        { audienceSize: 100, audienceEstimate: false },
        { audienceSize: 250, audienceEstimate: true },
      ]);
    case "summary":
      return { summary: pick([null, "First summary", "Second summary"]) };
    case "speakers":
      return {
        speakers: subset(people).map((id, i) => ({ person: { id }, role: i % 2 ? "аким" : null, organization: null })),
      };
    case "organizations":
      return {
        organizations: subset(orgs).map((id, i) => ({ organization: { id }, role: i ? "participant" : "host" })),
      };
    case "sources":
      return { sources: subset(sourceIds).map((id) => ({ id })) };
  }
}

/** After a save: untouched groups kept, my groups mine (unless I yielded), nothing in the future. */
function checkSave(tab: Tab, before: EventBody, after: EventBody, ok: boolean, yielded: boolean) {
  for (const g of MERGE_GROUP_NAMES) {
    const mineChanged = !sameGroup(g, tab.base, tab.mine);
    const both = mineChanged && !sameGroup(g, tab.base, before) && !sameGroup(g, tab.mine, before);
    if (!ok || !mineChanged || (both && yielded)) expect(sameGroup(g, before, after), `${g} unchanged`).toBe(true);
    else expect(sameGroup(g, after, tab.mine), `${g} is mine`).toBe(true);
  }
  if (after.status === "held") expect(after.date <= dayIn()).toBe(true);
}

// Tabs 0 and 1 more often than 2, so that forms overlap and conflicts happen.
const tabIndex = fc.constantFrom(0, 0, 1, 1, 2);

async function openTab(m: Model, i: number, u: number): Promise<Tab> {
  const s = await stored();
  const tab = {
    user: users[u % users.length] as SessionUser,
    version: s.version,
    base: s.body,
    mine: structuredClone(s.body),
  };
  m.tabs[i] = tab;
  return tab;
}

const open = (i: number, u: number): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run(m) {
    await openTab(m, i, u);
  },
  toString: () => `open(tab ${i}, user ${u})`,
});

// Editing a closed tab opens it first (tab i belongs to user i mod 2).
const edit = (i: number, g: MergeGroup, n: number): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run(m) {
    const tab = m.tabs[i] ?? (await openTab(m, i, i));
    tab.mine = { ...tab.mine, ...valueFor(g, n, await alive()) };
  },
  toString: () => `edit(tab ${i}, ${g}, ${n})`,
});

const save = (i: number, yielded: boolean): fc.AsyncCommand<Model, Real> => ({
  check: (m) => !!m.tabs[i],
  async run(m) {
    const tab = m.tabs[i];
    if (!tab) return;
    m.tabs[i] = null;
    const before = (await stored()).body;
    let r = await events.updateEventCommand(tab.user, eventId, tab.version, tab.mine, { base: tab.base });
    stats.saves++;
    if (!r.ok && r.code === "conflict") {
      stats.conflicts++;
      const theirs = r.theirs as EventBody;
      const both = mergeEdits(tab.base, tab.mine, theirs).both;
      const choices = Object.fromEntries(both.map((g) => [g, yielded ? "theirs" : "mine"]));
      r = await events.updateEventCommand(tab.user, eventId, tab.version, tab.mine, {
        base: tab.base,
        resolveVersion: r.currentVersion,
        choices,
      });
    }
    // A refusal is allowed only for input the rules refuse (a person merged away meanwhile).
    if (!r.ok) expect(r.status, JSON.stringify(r)).toBe(400);
    checkSave(tab, before, (await stored()).body, r.ok, yielded);
  },
  toString: () => `save(tab ${i}, ${yielded ? "yield" : "keep mine"})`,
});

async function openPersonTab(m: Model, i: number, p: number): Promise<PersonTab | null> {
  const row = await person(pool[p % pool.length] ?? 0);
  if (!row) return null;
  const aliases = row.aliases.map((a) => a.name);
  const tab = { id: row.id, version: row.version, base: { name: row.fullName, aliases }, mine: [...aliases] };
  m.personTabs[i] = tab;
  return tab;
}

const openPerson = (i: number, p: number): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run(m) {
    await openPersonTab(m, i, p);
  },
  toString: () => `openPerson(${i}, ${p})`,
});

// Both person tabs show the same person unless opened otherwise, so edits overlap.
const editAliases = (i: number, add: string | null, drop: number): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run(m) {
    const tab = m.personTabs[i] ?? (await openPersonTab(m, i, 0));
    if (!tab) return;
    const kept = tab.mine.filter((_, j) => j !== drop);
    tab.mine = add && !kept.includes(add) ? [...kept, add] : kept;
  },
  toString: () => `editAliases(${i}, +${add ?? "-"}, -#${drop})`,
});

const savePerson = (i: number): fc.AsyncCommand<Model, Real> => ({
  check: (m) => !!m.personTabs[i],
  async run(m) {
    const tab = m.personTabs[i];
    m.personTabs[i] = null;
    if (!tab) return;
    const before = await person(tab.id);
    if (!before) return; // merged away meanwhile: the page is gone
    if (before.version !== tab.version) stats.staleAliasSaves++;
    await directory.updatePerson(
      users[0] as SessionUser,
      tab.id,
      { name: tab.base.name, aliases: tab.mine },
      tab.version,
      tab.base,
    );
    const after = new Set((await person(tab.id))?.aliases.map((a) => a.name));
    const had = new Set(before.aliases.map((a) => a.name));
    for (const name of new Set([...had, ...after, ...tab.base.aliases, ...tab.mine])) {
      const added = tab.mine.includes(name) && !tab.base.aliases.includes(name);
      const removed = tab.base.aliases.includes(name) && !tab.mine.includes(name);
      expect(after.has(name), `alias ${name}`).toBe(added ? true : removed ? false : had.has(name));
    }
  },
  toString: () => `savePerson(${i})`,
});

const merge = (k: number, g: number): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run() {
    const ids = await alive();
    const keep = ids[k % ids.length];
    const gone = ids[g % ids.length];
    if (keep === undefined || gone === undefined || keep === gone || ids.length < 3) return;
    const [keepBefore, goneBefore] = [await person(keep), await person(gone)];
    const eventBefore = (await stored()).body;
    expect(await directory.mergePeople(users[1] as SessionUser, keep, gone)).toBe(true);
    const aliases = new Set((await person(keep))?.aliases.map((a) => a.name));
    for (const a of [...(keepBefore?.aliases ?? []), ...(goneBefore?.aliases ?? [])].map((x) => x.name))
      expect(aliases.has(a) || a === keepBefore?.fullName).toBe(true);
    expect(aliases.has(goneBefore?.fullName ?? "")).toBe(true);
    // On the event, the merged person's row becomes the kept one's (or goes, if both spoke).
    const after = (await stored()).body;
    const ref = (s: EventBody["speakers"][number]) => ("id" in s.person ? s.person.id : 0);
    const hadKeep = eventBefore.speakers.some((s) => ref(s) === keep);
    const expected = eventBefore.speakers
      .filter((s) => !(ref(s) === gone && hadKeep))
      .map((s) => (ref(s) === gone ? keep : ref(s)));
    expect(after.speakers.map(ref)).toEqual(expected);
    for (const grp of MERGE_GROUP_NAMES.filter((x) => x !== "speakers"))
      expect(sameGroup(grp, eventBefore, after)).toBe(true);
  },
  toString: () => `merge(${k} ← ${g})`,
});

// Two pages of one person: the first saves (and someone may merge another
// person in) before the second, stale one saves. Built from the steps above.
const raceAliases = (p: number, a: string, b: string, withMerge: boolean): fc.AsyncCommand<Model, Real> => ({
  check: () => true,
  async run(m) {
    await openPerson(0, p).run(m, {});
    await openPerson(1, p).run(m, {});
    await editAliases(0, a, 9).run(m, {});
    await savePerson(0).run(m, {});
    const ids = await alive();
    const keep = ids.indexOf(pool[p % pool.length] ?? 0);
    if (withMerge && keep >= 0) await merge(keep, keep + 1).run(m, {});
    await editAliases(1, b, 0).run(m, {});
    await savePerson(1).run(m, {});
  },
  toString: () => `raceAliases(${p}, +${a}, +${b}${withMerge ? ", merge" : ""})`,
});

const openCmd = fc.tuple(tabIndex, fc.nat(1)).map(([i, u]) => open(i, u));
const editCmd = fc.tuple(tabIndex, fc.constantFrom(...MERGE_GROUP_NAMES), fc.nat(15)).map(([i, g, n]) => edit(i, g, n));
const saveCmd = fc.tuple(tabIndex, fc.boolean()).map(([i, y]) => save(i, y));
// Repeated entries weigh the mix towards event editing.
const commands = fc.commands(
  [
    openCmd,
    openCmd,
    openCmd,
    editCmd,
    editCmd,
    editCmd,
    saveCmd,
    saveCmd,
    fc.tuple(fc.nat(1), fc.nat(3)).map(([i, p]) => openPerson(i, p)),
    fc.tuple(fc.nat(1), fc.nat(3)).map(([i, p]) => openPerson(i, p)),
    fc
      .tuple(fc.nat(1), fc.option(fc.constantFrom("Alias X", "Alias Y", "Алиас Z"), { nil: null }), fc.nat(2))
      .map(([i, a, d]) => editAliases(i, a, d)),
    fc.nat(1).map((i) => savePerson(i)),
    fc.nat(1).map((i) => savePerson(i)),
    fc.tuple(fc.nat(3), fc.nat(3)).map(([k, g]) => merge(k, g)),
    fc
      .tuple(fc.nat(3), fc.constantFrom("Alias P", "Alias Q"), fc.constantFrom("Alias R", "Alias P"), fc.boolean())
      .map(([p, a, b, w]) => raceAliases(p, a, b, w)),
  ],
  { maxCommands: 30, size: "max" },
);

describe("editing by several users at once (model-based)", () => {
  it("changes only what each user changed, and the history replays to the data", async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        await fc.asyncModelRun(
          () => ({ model: { tabs: [null, null, null], personTabs: [null, null] }, real: {} }),
          cmds,
        );
        expect((await verifyAudit(t.db)).differences).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // The runs did reach the interesting paths (a test that cannot fail proves nothing).
    expect(stats.saves).toBeGreaterThan(80);
    expect(stats.conflicts).toBeGreaterThan(10);
    expect(stats.staleAliasSaves).toBeGreaterThan(10);
    // (150 runs bound it by count; on PostgreSQL with a 2-core machine shared with
    // other suites they took 79 s once, past the 60 s default: time bounds it here.)
  }, 240_000);
});
