"use server";
// People and organisation forms; lib/commands/directory.ts checks the role.
import { revalidatePath } from "next/cache";
import { currentUser } from "../authz";
import { editRecordCommand, mergeRecordsCommand, type DirectoryKind } from "../commands/directory";
import { parseId } from "../domain/ids";
import { failure, objectOf, type Result } from "../errors";

export type DirectoryFormState = { result?: Result };

const kindOf = (v: unknown): DirectoryKind | null => (v === "people" || v === "organizations" ? v : null);
const badRequest = () => ({ result: failure("invalid", { message: "errors.badRequest" }) });

export async function saveRecord(_prev: DirectoryFormState, payload: unknown): Promise<DirectoryFormState> {
  const body = objectOf(payload);
  const kind = kindOf(body?.kind);
  const id = parseId(body?.id);
  if (!body || !kind || id === null) return badRequest();
  const { name, aliases, kind_, version, base } = body;
  const input = kind === "organizations" ? { name, aliases, kind: kind_ } : { name, aliases };
  const result = await editRecordCommand(await currentUser(), kind, id, input, version, base);
  if (result.ok) {
    revalidatePath(`/${kind}/${id}`);
    revalidatePath("/events");
  }
  return { result };
}

export async function mergeRecords(_prev: DirectoryFormState, payload: unknown): Promise<DirectoryFormState> {
  const body = objectOf(payload);
  const kind = kindOf(body?.kind);
  if (!body || !kind) return badRequest();
  const result = await mergeRecordsCommand(await currentUser(), kind, {
    keepId: body.keepId,
    mergeId: body.mergeId ?? undefined,
  });
  if (result.ok) {
    revalidatePath(`/${kind}`);
    revalidatePath(`/${kind}/${String(body.keepId)}`);
    revalidatePath("/events");
  }
  return { result };
}
