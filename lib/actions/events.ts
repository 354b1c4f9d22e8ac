"use server";
// The event forms' server actions: thin wrappers over lib/commands, which
// check the user, role, input and region before anything is written.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "../authz";
import { createEventCommand, deleteEventCommand, restoreEventCommand, updateEventCommand } from "../commands/events";
import { parseId } from "../domain/ids";
import { failure, type Failure, type Result } from "../errors";
import { bodyOf, type FormValues } from "../schemas/event-fields";
import { formValuesFromData } from "../schemas/event-form-data";
import { MERGE_GROUP_NAMES } from "../schemas/event-merge";

export type SaveEventState = { result?: Failure; values?: FormValues };

/** The event as the form was opened, which the form carries as JSON (see updateEventCommand). */
function baseOf(data: FormData): unknown {
  const raw = data.get("base");
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The event form's action. It receives the posted form, so it works without
 * JavaScript too (Next answers a plain POST of the form); on a refusal it
 * returns what was typed, so the re-rendered form shows it again.
 * After a conflict, "resolveVersion" (the notice's save button) and one
 * "choice.<group>" per field both sides changed say how to merge.
 */
export async function saveEvent(_prev: SaveEventState, data: unknown): Promise<SaveEventState> {
  // A server action is a public endpoint: its body can be anything.
  if (!(data instanceof FormData)) return { result: failure("invalid", { message: "errors.badRequest" }) };
  const values = formValuesFromData(data);
  const input = bodyOf(values);
  const user = await currentUser();
  const rawId = data.get("id");
  let result: Result;
  if (rawId === null || rawId === "") result = await createEventCommand(user, input);
  else {
    const id = parseId(rawId);
    const edit = {
      base: baseOf(data),
      resolveVersion: parseId(data.get("resolveVersion")),
      choices: Object.fromEntries(MERGE_GROUP_NAMES.map((g) => [g, data.get(`choice.${g}`)])),
    };
    result =
      id === null
        ? failure("not_found")
        : await updateEventCommand(user, id, parseId(data.get("version")), input, edit);
  }
  if (!result.ok) return { result, values };
  revalidatePath("/events");
  revalidatePath("/dashboard");
  // The event page confirms the save (announced to screen readers).
  redirect(`/events/${result.id}?saved=${rawId ? "updated" : "created"}`);
}

// A server action is a public endpoint: a body that is not a form names no event.
const idIn = (data: unknown) => (data instanceof FormData ? parseId(data.get("id")) : null);

export async function deleteEvent(formData: unknown): Promise<void> {
  const id = idIn(formData);
  const result = id === null ? failure("not_found") : await deleteEventCommand(await currentUser(), id);
  if (!result.ok) redirect(id === null ? "/events" : `/events/${id}?error=${result.status}`);
  revalidatePath("/events");
  revalidatePath("/dashboard");
  redirect("/events?deleted=1");
}

export async function restoreEvent(formData: unknown): Promise<void> {
  const id = idIn(formData);
  const result = id === null ? failure("not_found") : await restoreEventCommand(await currentUser(), id);
  revalidatePath("/events");
  revalidatePath("/events/deleted");
  revalidatePath("/dashboard");
  if (result.ok) redirect(`/events/${result.id}?saved=restored`);
  redirect(`/events/deleted?error=${result.status}`);
}
