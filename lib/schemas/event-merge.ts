// Three-way merge of an event edit. A form remembers the event as it was
// opened (the base); when someone else saved in between (theirs), the user's
// save (mine) keeps every field only they changed, takes every field only the
// other person changed, and asks about a field both changed differently.
// Fields that only make sense together (region and district, date and its
// precision, audience size and "estimate") merge as one group. Pure: the
// server merges with it, the conflict notice previews the same result.
const MERGE_GROUPS = {
  title: ["title"],
  campaign: ["campaign"],
  status: ["status"],
  date: ["date", "datePrecision"],
  region: ["region", "district"],
  locality: ["locality"],
  format: ["format"],
  audiences: ["audiences"],
  audienceSize: ["audienceSize", "audienceEstimate"],
  summary: ["summary"],
  speakers: ["speakers"],
  organizations: ["organizations"],
  sources: ["sources"],
} as const;
export type MergeGroup = keyof typeof MERGE_GROUPS;
export const MERGE_GROUP_NAMES = Object.keys(MERGE_GROUPS) as MergeGroup[];
export type MergeChoice = "mine" | "theirs";

type Body = Record<string, unknown>;
const obj = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null ? (v as Body) : {});
const str = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() || null : (v ?? null));
const text = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : "");
const ref = (v: unknown) => {
  if (v === null || v === undefined) return null;
  const r = obj(v);
  return typeof r.id === "number" ? `#${r.id}` : `n:${text(r.name).toLowerCase()}`;
};
const source = (v: unknown) => {
  if (typeof v === "number") return `#${v}`;
  const s = obj(v);
  if (typeof s.id === "number") return `#${s.id}`;
  return `new:${text(s.url) || text(s.title) || text(s.text).slice(0, 80)}`;
};
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);

/** A value in a form that compares equal exactly when the saved event would be the same. */
function canonical(field: string, body: Body): unknown {
  const v = body[field];
  switch (field) {
    case "audiences":
      return list(v).map(String).sort();
    case "speakers":
      return list(v).map((s) => [ref(obj(s).person), str(obj(s).role), ref(obj(s).organization)]);
    case "organizations":
      return list(v)
        .map((o) => [ref(obj(o).organization), obj(o).role])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    case "sources":
      return list(v).map(source).sort();
    case "audienceEstimate":
      return body.audienceSize === null || body.audienceSize === undefined || body.audienceSize === "" ? false : !!v;
    case "district":
    case "audienceSize":
      return v === "" || v === undefined ? null : v;
    default:
      return str(v);
  }
}

export function sameGroup(group: MergeGroup, a: Body, b: Body): boolean {
  return MERGE_GROUPS[group].every((f) => JSON.stringify(canonical(f, a)) === JSON.stringify(canonical(f, b)));
}

export type MergeResult = {
  merged: Body;
  /** Groups the other person changed. */
  theirs: MergeGroup[];
  /** Groups both changed to different values: these need a choice. */
  both: MergeGroup[];
  /** Groups of `both` without a choice (they keep mine in `merged` until chosen). */
  unresolved: MergeGroup[];
};

export function mergeEdits(
  base: Body,
  mine: Body,
  theirs: Body,
  choices: Partial<Record<MergeGroup, MergeChoice>> = {},
): MergeResult {
  const merged: Body = { ...mine };
  const result: MergeResult = { merged, theirs: [], both: [], unresolved: [] };
  for (const g of MERGE_GROUP_NAMES) {
    const mineChanged = !sameGroup(g, base, mine);
    const theirsChanged = !sameGroup(g, base, theirs);
    if (theirsChanged) result.theirs.push(g);
    let take: MergeChoice = mineChanged ? "mine" : "theirs";
    if (mineChanged && theirsChanged && !sameGroup(g, mine, theirs)) {
      result.both.push(g);
      const choice = choices[g];
      if (choice) take = choice;
      else result.unresolved.push(g);
    }
    for (const f of MERGE_GROUPS[g]) merged[f] = take === "mine" ? mine[f] : theirs[f];
  }
  return result;
}

/**
 * The same rule for a list of names (aliases): what I added is added, what I
 * removed is removed, everything else is as they left it, so an alias that a
 * merge added survives an edit that did not remove it.
 */
export function mergeLists(base: string[], mine: string[], theirs: string[]): string[] {
  const added = mine.filter((x) => !base.includes(x));
  const removed = new Set(base.filter((x) => !mine.includes(x)));
  return [...new Set([...theirs.filter((x) => !removed.has(x)), ...added])];
}

/** One scalar value merged the same way (a name, a kind); null when both changed it differently. */
export function mergeValue<T>(base: T, mine: T, theirs: T): { value: T; conflict: boolean } {
  if (mine === base) return { value: theirs, conflict: false };
  if (theirs === base || theirs === mine) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}
