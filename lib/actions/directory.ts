"use server";
import { revalidatePath } from "next/cache";
import { currentUser } from "../authz";
import { editRecordCommand, mergeRecordsCommand, type DirectoryKind } from "../commands/directory";
import type { CommandResult } from "../commands/events";

export type DirectoryFormState = { result?: CommandResult; at?: number };

export async function saveRecord(
  _prev: DirectoryFormState,
  payload: { kind: DirectoryKind; id: number; name: string; aliases: string[]; kind_?: string },
): Promise<DirectoryFormState> {
  const { kind, id, kind_, ...input } = payload;
  const result = await editRecordCommand(
    await currentUser(),
    kind,
    id,
    kind === "organizations" ? { ...input, kind: kind_ } : input,
  );
  if (result.ok) {
    revalidatePath(`/${kind}/${id}`);
    revalidatePath("/events");
  }
  return { result, at: Date.now() };
}

export async function mergeRecords(
  _prev: DirectoryFormState,
  payload: { kind: DirectoryKind; keepId: number; mergeId: number | null },
): Promise<DirectoryFormState> {
  const result = await mergeRecordsCommand(await currentUser(), payload.kind, {
    keepId: payload.keepId,
    mergeId: payload.mergeId ?? undefined,
  });
  if (result.ok) {
    revalidatePath(`/${payload.kind}`);
    revalidatePath(`/${payload.kind}/${payload.keepId}`);
    revalidatePath("/events");
  }
  return { result, at: Date.now() };
}
