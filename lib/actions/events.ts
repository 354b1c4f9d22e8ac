"use server";
// The event forms' server actions: thin wrappers over lib/commands, which
// check the user, role, input and region before anything is written.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "../authz";
import {
  createEventCommand,
  deleteEventCommand,
  restoreEventCommand,
  updateEventCommand,
  type CommandResult,
} from "../commands/events";

export type SaveEventState = { result?: Exclude<CommandResult, { ok: true }>; submittedAt?: number };

export async function saveEvent(
  _prev: SaveEventState,
  payload: { id?: number; version?: number; input: unknown },
): Promise<SaveEventState> {
  const user = await currentUser();
  const result =
    payload.id === undefined
      ? await createEventCommand(user, payload.input)
      : await updateEventCommand(user, Number(payload.id), payload.version, payload.input);
  if (!result.ok) return { result, submittedAt: Date.now() };
  revalidatePath("/events");
  revalidatePath("/dashboard");
  redirect(`/events/${result.id}`);
}

export async function deleteEvent(formData: FormData): Promise<void> {
  const result = await deleteEventCommand(await currentUser(), Number(formData.get("id")));
  if (!result.ok) redirect(`/events/${Number(formData.get("id"))}?error=${result.status}`);
  revalidatePath("/events");
  revalidatePath("/dashboard");
  redirect("/events?deleted=1");
}

export async function restoreEvent(formData: FormData): Promise<void> {
  const result = await restoreEventCommand(await currentUser(), Number(formData.get("id")));
  revalidatePath("/events");
  revalidatePath("/events/deleted");
  revalidatePath("/dashboard");
  if (result.ok) redirect(`/events/${result.id}`);
  redirect(`/events/deleted?error=${result.status}`);
}
