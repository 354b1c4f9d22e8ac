"use server";
// Admin user management forms; lib/commands/users.ts checks the role.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentUser } from "../authz";
import { createUserCommand, resetPasswordCommand, setActiveCommand, updateUserCommand } from "../commands/users";
import { parseId } from "../domain/ids";
import { failure, objectOf, type Result } from "../errors";

export type UserFormState = { result?: Result };

const badRequest = () => ({ result: failure("invalid", { message: "errors.badRequest" }) });

export async function saveUser(_prev: UserFormState, payload: unknown): Promise<UserFormState> {
  const body = objectOf(payload);
  if (!body) return badRequest();
  const user = await currentUser();
  const { id, version, ...input } = body;
  let result: Result;
  if (id === undefined) result = await createUserCommand(user, input);
  else {
    const userId = parseId(id);
    result = userId === null ? failure("not_found") : await updateUserCommand(user, userId, input, version);
  }
  if (result.ok) revalidatePath("/admin/users");
  return { result };
}

export async function resetUserPassword(_prev: UserFormState, payload: unknown): Promise<UserFormState> {
  const body = objectOf(payload);
  const id = parseId(body?.id);
  if (!body || id === null) return badRequest();
  return { result: await resetPasswordCommand(await currentUser(), id, { password: body.password }) };
}

export async function setUserActive(formData: unknown): Promise<void> {
  // A server action is a public endpoint: its body may be anything.
  const form = formData instanceof FormData ? formData : new FormData();
  const id = parseId(form.get("id"));
  const result =
    id === null ? failure("not_found") : await setActiveCommand(await currentUser(), id, form.get("active") === "true");
  revalidatePath("/admin/users");
  // A refusal is shown on the page, never dropped silently.
  if (!result.ok) redirect(`/admin/users?error=${encodeURIComponent(result.message)}`);
}
