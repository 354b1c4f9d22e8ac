// Article intake for the page, the JSON API and the command line alike:
// articles in, drafts out, each draft's people and organisations matched to
// stored records, and drafts that repeat a stored event or each other flagged.
// Nothing is written: a draft becomes an event through the form's command.
import "server-only";
import { z } from "zod";
import { updateEventCommand } from "./events";
import { findEventForScope } from "../data/events";
import { eventsNear, intakeReference, matchOrganizations, matchPeople, sourceIdByUrl } from "../data/intake";
import { scopeOf } from "../domain/scope";
import { failure, type Failure, type Result } from "../errors";
import { cleanArticle, htmlPublished, notText } from "../intake/clean";
import { draftSide, looksSame } from "../intake/duplicates";
import { extractArticle } from "../intake/extract";
import { orgKey } from "../intake/org-key";
import { can } from "../permissions";
import { newSourceSchema } from "../schemas/event";
import { bodyOfStored } from "../schemas/event-stored";
import type { SessionUser } from "../domain/session-user";
import type { Reason } from "../intake/reasons";
import type { ArticleResult, Draft, DuplicateMember } from "../intake/types";

export const MAX_ARTICLE_BYTES = 1_000_000;
export const MAX_ARTICLES = 200;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "intake.errors.badDate" })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "intake.errors.badDate" });
const articleSchema = z.object({
  id: z.string().trim().max(100).optional(),
  text: z.string({ error: "intake.errors.empty" }),
  url: z
    .string()
    .trim()
    .max(2000, { message: "intake.errors.badUrl" })
    .refine((u) => u === "" || /^https?:\/\/\S+\.\S+/.test(u), { message: "intake.errors.badUrl" })
    .nullish(),
  publishedAt: isoDay.or(z.literal("")).nullish(),
});
const requestSchema = z.object({
  articles: z
    .array(articleSchema)
    .min(1, { message: "intake.errors.noArticles" })
    .max(MAX_ARTICLES, { message: "intake.errors.tooMany" }),
});

export type DraftOut = Draft & {
  /** The caller may save this draft (its region is one of theirs). */
  canSave: boolean;
  /** Stored events this draft looks like, with why. */
  looksLike: Array<{ eventId: number; title: string; reasons: Reason[] }>;
};
type ResultOut = Omit<ArticleResult, "drafts"> & { drafts: DraftOut[] };
export type IntakeResponse = { results: ResultOut[]; duplicates: DuplicateMember[][] };

/** An article's text, or why it cannot be read (a message key). */
function readable(text: string): { text: string } | { reason: string } {
  if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) return { reason: "tooLarge" };
  if (text.trim() === "") return { reason: "empty" };
  if (notText(text)) return { reason: "binary" };
  const clean = cleanArticle(text);
  return clean.length < 40 ? { reason: "noText" } : { text: clean };
}

export async function draftArticlesCommand(
  user: SessionUser | null,
  raw: unknown,
): Promise<({ ok: true } & IntakeResponse) | Failure> {
  if (!user) return failure("unauthenticated");
  if (!can.createAnyEvent(user)) return failure("forbidden");
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.message.startsWith("intake.") ? issue.message : "intake.errors.badRequest";
    return failure("invalid", { message: key, fieldErrors: { [issue?.path.join(".") ?? "articles"]: key } });
  }
  const ref = await intakeReference();
  const results: ResultOut[] = [];
  const ids = new Set<string>();
  for (const [i, a] of parsed.data.articles.entries()) {
    // Each article's id names it in the answer: a repeated or missing one gets a number.
    let id = a.id || String(i + 1);
    if (ids.has(id)) id = `${id}#${i + 1}`;
    ids.add(id);
    const url = a.url || null;
    // A page's HTML may say when it was published; what the user typed wins.
    const publishedAt = a.publishedAt || htmlPublished(a.text) || null;
    const read = readable(a.text);
    if ("reason" in read) {
      results.push({
        id,
        language: "en",
        isOutreach: false,
        reason: read.reason,
        text: "",
        url,
        publishedAt,
        drafts: [],
      });
      continue;
    }
    const r = extractArticle({ id, text: read.text, url, publishedAt }, ref);
    results.push({ ...r, drafts: r.drafts.map((d) => ({ ...d, canSave: false, looksLike: [] })) });
  }
  // One batch with nothing readable in it is a bad request, not an empty answer.
  const unreadable = results.filter((r) => !r.text);
  if (unreadable.length === results.length) {
    const key = `intake.reasons.${unreadable[0]?.reason ?? "empty"}`;
    return failure("invalid", { message: key, fieldErrors: { "articles.0.text": key } });
  }
  await matchRecords(results);
  const duplicates = await findDuplicates(user, results, ref.regionIds);
  for (const r of results) {
    for (const d of r.drafts) {
      const regionId = d.region ? ref.regionIds.get(d.region) : undefined;
      d.canSave = regionId !== undefined && can.createEventIn(user, regionId);
    }
  }
  return { ok: true, results, duplicates };
}

async function matchRecords(results: ResultOut[]) {
  const drafts = results.flatMap((r) => r.drafts);
  const [people, orgs] = await Promise.all([
    matchPeople([...new Set(drafts.flatMap((d) => d.speakers.map((s) => s.name)))]),
    matchOrganizations([...new Set(drafts.flatMap((d) => d.organizations.map((o) => o.name)))]),
  ]);
  for (const d of drafts) {
    for (const s of d.speakers) s.personId = people.get(s.name)?.id ?? null;
    for (const o of d.organizations) o.organizationId = orgs.get(o.name)?.id ?? null;
  }
}

async function findDuplicates(user: SessionUser, results: ResultOut[], regionIds: Map<string, number>) {
  const groups: DuplicateMember[][] = [];
  const scope = scopeOf(user);
  const all = results.flatMap((r) => r.drafts.map((d, k) => ({ r, d, k })));
  for (const { r, d, k } of all) {
    if (!d.region || !d.date || !regionIds.has(d.region)) continue;
    const side = draftSide(d, r.url, orgKey);
    const shared = {
      personIds: d.speakers.flatMap((s) => (s.personId === null ? [] : [s.personId])),
      organizationIds: d.organizations.flatMap((o) => (o.organizationId === null ? [] : [o.organizationId])),
      districtId: d.district?.id ?? null,
      url: r.url,
    };
    for (const e of await eventsNear(scope, d.region, d.date, shared)) {
      const reasons = looksSame(side, {
        date: e.date,
        districtId: e.districtId,
        url: e.sourceUrls[0] ?? null,
        speakers: e.speakers,
        organizations: e.organizationIds.map((id) => ({ id, key: null, name: "" })),
      });
      if (reasons) {
        d.looksLike.push({ eventId: e.id, title: e.title, reasons });
        groups.push([{ id: r.id, draft: k }, { eventId: e.id }]);
      }
    }
  }
  // Drafts of different articles in one batch that report one meeting.
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (a.r === b.r || a.d.region !== b.d.region) continue;
      if (looksSame(draftSide(a.d, a.r.url, orgKey), draftSide(b.d, b.r.url, orgKey))) {
        groups.push([
          { id: a.r.id, draft: a.k },
          { id: b.r.id, draft: b.k },
        ]);
      }
    }
  });
  return groups;
}

/**
 * "Attach to event #N instead": the article becomes another source of an
 * event it reports. An edit of that event through the form's command (same
 * permission, version check and history). The event write links a source
 * already stored under the article's URL instead of adding a second record
 * (lib/data/source-writes.ts); an event citing it already is left as it is.
 */
export async function attachArticleCommand(user: SessionUser | null, eventId: number, raw: unknown): Promise<Result> {
  if (!user) return failure("unauthenticated");
  const source = newSourceSchema.safeParse(raw);
  // An article is its address, headline or text: an empty object attaches nothing.
  if (!source.success || (source.data.url === null && source.data.text === null && source.data.title === null)) {
    return failure("invalid", { message: "intake.errors.badSource" });
  }
  const current = await findEventForScope(scopeOf(user), eventId);
  if (!current) return failure("not_found");
  const body = bodyOfStored(current);
  const stored = source.data.url ? await sourceIdByUrl(source.data.url) : null;
  if (stored !== null && body.sources.some((s) => "id" in s && s.id === stored)) return { ok: true, id: eventId };
  return updateEventCommand(user, eventId, current.version, { ...body, sources: [...body.sources, source.data] });
}
