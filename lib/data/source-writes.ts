// Sources are documents of their own. An event write links existing sources
// by id or adds a new document (the one already stored under the same URL, if
// there is one); it never edits a source. Only the source's own page edits
// it, under its version, recorded on the source's history.
import "server-only";
import { writeTransaction } from "./transaction";
import { AppError, fieldError } from "../errors";
import { can } from "../permissions";
import { changesSince } from "./audit";
import { recordAudit, recordChanges, type AuditActor } from "./audit-write";
import { sourceSnapshot, sourceSnapshotSelect } from "./event-snapshot";
import { sourceVisible } from "./sources";
import { scopeOf } from "../domain/scope";
import { detectLanguage } from "../search/language";
import { searchTextOf } from "../search/normalize";
import type { Tx } from "../db-client";
import type { SessionUser } from "../domain/session-user";
import type { NewSourceInput } from "../schemas/event";
import type { SourceInput } from "../schemas/source";

const day = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
const searchTextFor = (s: { title: string | null; outlet: string | null; url: string | null }) =>
  searchTextOf([s.title, s.outlet, s.url]);

/** The id of the source an event write names; `path` is the field blamed for an unknown id. */
export async function sourceIdFor(
  tx: Tx,
  actor: AuditActor,
  ref: { id: number } | NewSourceInput,
  eventTitle: string,
  path: string,
): Promise<number> {
  if ("id" in ref) {
    const found = await tx.source.findUnique({ where: { id: ref.id }, select: { id: true } });
    if (!found) throw fieldError(path, "validation.notFound");
    return found.id;
  }
  // One article, one record: a URL already stored names that document.
  if (ref.url) {
    const same = await tx.source.findFirst({ where: { url: ref.url }, orderBy: { id: "asc" }, select: { id: true } });
    if (same) return same.id;
  }
  const text = ref.text ?? "";
  const title = ref.title ?? eventTitle;
  const data = {
    title,
    outlet: ref.outlet,
    url: ref.url,
    publishedAt: day(ref.publishedAt),
    language: ref.language ?? detectLanguage(text || title),
    text,
  };
  const { id } = await tx.source.create({ data: { ...data, searchText: searchTextFor(data) }, select: { id: true } });
  await recordAudit(tx, actor, {
    action: "create",
    entity: "Source",
    entityId: id,
    before: null,
    after: sourceSnapshot(data),
    version: 1,
  });
  return id;
}

const citingSelect = {
  where: { event: { deletedAt: null } },
  select: { event: { select: { regionId: true, createdById: true } } },
} as const;

/** Edits a source read at `baseVersion`; refused with what changed if someone saved in between. */
export async function updateSource(actor: SessionUser, id: number, baseVersion: number, input: SourceInput) {
  await writeTransaction(async (tx) => {
    const before = await tx.source.findUnique({
      where: { id },
      select: { ...sourceSnapshotSelect, version: true, events: citingSelect },
    });
    const citing = before?.events.map((e) => e.event) ?? [];
    if (!before || !sourceVisible(scopeOf(actor), citing)) throw new AppError("not_found");
    if (!can.editSource(actor, citing)) throw new AppError("forbidden");
    const conflict = async () =>
      new AppError("conflict", {
        conflict: await changesSince(tx, "Source", id, baseVersion),
        currentVersion: before.version,
      });
    if (before.version !== baseVersion) throw await conflict();
    const data = {
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      publishedAt: day(input.publishedAt),
      language: input.language,
      text: input.text,
    };
    const { count } = await tx.source.updateMany({
      where: { id, version: baseVersion },
      data: { ...data, searchText: searchTextFor(data), version: { increment: 1 } },
    });
    if (count === 0) throw await conflict();
    await recordChanges(
      tx,
      actor,
      "update",
      "Source",
      id,
      sourceSnapshot(before),
      sourceSnapshot(data),
      baseVersion + 1,
    );
  });
}
