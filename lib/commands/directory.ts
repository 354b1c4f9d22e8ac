// People and organisations: admins and coordinators edit and merge.
import "server-only";
import { mergeOrganizations, mergePeople, updateOrganization, updatePerson } from "../data/directory-writes";
import { can } from "../permissions";
import { mergeSchema, organizationEditSchema, personEditSchema } from "../schemas/directory";
import { fieldErrorsOf } from "../schemas/field-errors";
import type { CommandResult } from "./events";
import type { SessionUser } from "../data/users";

export type DirectoryKind = "people" | "organizations";

const guard = (user: SessionUser | null): CommandResult | null =>
  !user
    ? { ok: false, status: 401, message: "errors.signIn" }
    : !can.editDirectory(user)
      ? { ok: false, status: 403, message: "errors.forbidden" }
      : null;

export async function editRecordCommand(
  user: SessionUser | null,
  kind: DirectoryKind,
  id: number,
  raw: unknown,
): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  const parsed = (kind === "people" ? personEditSchema : organizationEditSchema).safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: fieldErrorsOf(parsed.error) };
  const done =
    kind === "people"
      ? await updatePerson(user!, id, parsed.data)
      : await updateOrganization(user!, id, parsed.data as { name: string; aliases: string[]; kind: string });
  return done ? { ok: true, id } : { ok: false, status: 404, message: "errors.notFound" };
}

export async function mergeRecordsCommand(
  user: SessionUser | null,
  kind: DirectoryKind,
  raw: unknown,
): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  const parsed = mergeSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: fieldErrorsOf(parsed.error) };
  const { keepId, mergeId } = parsed.data;
  const done =
    kind === "people" ? await mergePeople(user!, keepId, mergeId) : await mergeOrganizations(user!, keepId, mergeId);
  return done ? { ok: true, id: keepId } : { ok: false, status: 404, message: "errors.notFound" };
}
