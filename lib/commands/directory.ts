// People and organisations: admins and coordinators edit and merge.
import "server-only";
import { mergeOrganizations, mergePeople, updateOrganization, updatePerson } from "../data/directory-writes";
import { failure, type Failure, type Result } from "../errors";
import { can } from "../permissions";
import { mergeSchema, organizationEditSchema, personEditSchema } from "../schemas/directory";
import { fieldErrorsOf } from "../schemas/field-errors";
import type { SessionUser } from "../domain/session-user";

export type DirectoryKind = "people" | "organizations";

type Editor = { ok: true; editor: SessionUser } | Failure;
const editor = (user: SessionUser | null): Editor =>
  !user ? failure("unauthenticated") : can.editDirectory(user) ? { ok: true, editor: user } : failure("forbidden");

export async function editRecordCommand(
  user: SessionUser | null,
  kind: DirectoryKind,
  id: number,
  raw: unknown,
): Promise<Result> {
  const e = editor(user);
  if (!e.ok) return e;
  let found: boolean;
  if (kind === "people") {
    const parsed = personEditSchema.safeParse(raw);
    if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
    found = await updatePerson(e.editor, id, parsed.data);
  } else {
    const parsed = organizationEditSchema.safeParse(raw);
    if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
    found = await updateOrganization(e.editor, id, parsed.data);
  }
  return found ? { ok: true, id } : failure("not_found");
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
  return (await merge(e.editor, keepId, mergeId)) ? { ok: true, id: keepId } : failure("not_found");
}
