// People and organisations: admins and coordinators edit and merge.
import "server-only";
import {
  mergeOrganizations,
  mergePeople,
  updateOrganization,
  updatePerson,
  type DirectoryBase,
} from "../data/directory-writes";
import { attempt, failure, fieldFailure, type Failure, type Result } from "../errors";
import { can } from "../permissions";
import { directoryBaseSchema, mergeSchema, organizationEditSchema, personEditSchema } from "../schemas/directory";
import { fieldErrorsOf } from "../schemas/field-errors";
import type { SessionUser } from "../domain/session-user";

export type DirectoryKind = "people" | "organizations";

type Editor = { ok: true; editor: SessionUser } | Failure;
const editor = (user: SessionUser | null): Editor =>
  !user ? failure("unauthenticated") : can.editDirectory(user) ? { ok: true, editor: user } : failure("forbidden");

/**
 * Saves a person's or organisation's name and aliases, read at `version`;
 * `base` (the record as the form was opened) lets a later save merge with
 * one made in between instead of undoing it.
 */
export async function editRecordCommand(
  user: SessionUser | null,
  kind: DirectoryKind,
  id: number,
  raw: unknown,
  version: unknown,
  rawBase?: unknown,
): Promise<Result> {
  const e = editor(user);
  if (!e.ok) return e;
  if (typeof version !== "number" || !Number.isSafeInteger(version))
    return fieldFailure("version", "validation.invalid");
  const parsedBase = rawBase === undefined ? null : directoryBaseSchema.safeParse(rawBase);
  const base: DirectoryBase | null = parsedBase?.success ? parsedBase.data : null;
  let write: () => Promise<void>;
  if (kind === "people") {
    const parsed = personEditSchema.safeParse(raw);
    if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
    write = () => updatePerson(e.editor, id, parsed.data, version, base);
  } else {
    const parsed = organizationEditSchema.safeParse(raw);
    if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
    write = () => updateOrganization(e.editor, id, parsed.data, version, base);
  }
  const r = await attempt(write);
  return r.ok ? { ok: true, id } : r;
}

export async function mergeRecordsCommand(
  user: SessionUser | null,
  kind: DirectoryKind,
  raw: unknown,
): Promise<Result> {
  const e = editor(user);
  if (!e.ok) return e;
  const parsed = mergeSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  const { keepId, mergeId } = parsed.data;
  const merge = kind === "people" ? mergePeople : mergeOrganizations;
  const r = await attempt(() => merge(e.editor, keepId, mergeId));
  if (!r.ok) return r;
  return r.value ? { ok: true, id: keepId } : failure("not_found");
}
