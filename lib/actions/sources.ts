"use server";
// The source page's form: a thin wrapper over lib/commands/sources.ts. It
// receives the posted form, so it works without JavaScript too.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "../authz";
import { updateSourceCommand } from "../commands/sources";
import { parseId } from "../domain/ids";
import { failure, type Failure } from "../errors";

export type SourceFormValues = {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  language: string;
  text: string;
};
export type SaveSourceState = { result?: Failure; values?: SourceFormValues };

const FIELDS = ["title", "outlet", "url", "publishedAt", "language", "text"] as const;

export async function saveSource(_prev: SaveSourceState, data: unknown): Promise<SaveSourceState> {
  if (!(data instanceof FormData)) return { result: failure("invalid", { message: "errors.badRequest" }) };
  const values = Object.fromEntries(
    FIELDS.map((k) => {
      const v = data.get(k);
      return [k, typeof v === "string" ? v : ""];
    }),
  ) as SourceFormValues;
  const id = parseId(data.get("id"));
  if (id === null) return { result: failure("not_found"), values };
  const result = await updateSourceCommand(await currentUser(), id, parseId(data.get("version")), values);
  if (!result.ok) return { result, values };
  revalidatePath(`/sources/${id}`);
  revalidatePath("/events", "layout");
  redirect(`/sources/${id}?saved=1`);
}
