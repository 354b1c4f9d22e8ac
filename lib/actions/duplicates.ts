"use server";
// The duplicates page's forms: thin wrappers over lib/commands/duplicates.
// Plain posted forms, so they work without JavaScript; the answer is the page
// again with what happened.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "../authz";
import { dismissPairCommand, mergeEventsCommand } from "../commands/duplicates";
import { parseId } from "../domain/ids";

// A server action is a public endpoint: its body can be anything, not only the form.
const idOf = (data: unknown, name: string) => {
  const v = data instanceof FormData ? data.get(name) : null;
  return typeof v === "string" ? parseId(v) : null;
};

export async function mergePairAction(data: unknown): Promise<void> {
  const keep = idOf(data, "keep");
  const r = await mergeEventsCommand(await currentUser(), keep, idOf(data, "drop"));
  revalidatePath("/events");
  redirect(r.ok ? `/events/duplicates?merged=${r.id}` : `/events/duplicates?error=${encodeURIComponent(r.message)}`);
}

export async function dismissPairAction(data: unknown): Promise<void> {
  const r = await dismissPairCommand(await currentUser(), idOf(data, "first"), idOf(data, "second"));
  redirect(r.ok ? "/events/duplicates?dismissed=1" : `/events/duplicates?error=${encodeURIComponent(r.message)}`);
}
