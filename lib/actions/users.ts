"use server";
// Admin user management forms; lib/commands/users.ts checks the role.
import { revalidatePath } from "next/cache";
import { currentUser } from "../authz";
import { createUserCommand, resetPasswordCommand, setActiveCommand, updateUserCommand } from "../commands/users";
import type { CommandResult } from "../commands/events";

export type UserFormState = { result?: CommandResult; at?: number };

type UserPayload = { id?: number; email?: string; name: string; role: string; regions: string[]; password?: string };

export async function saveUser(_prev: UserFormState, payload: UserPayload): Promise<UserFormState> {
  const user = await currentUser();
  const { id, ...input } = payload;
  const result = id === undefined ? await createUserCommand(user, input) : await updateUserCommand(user, id, input);
  if (result.ok) revalidatePath("/admin/users");
  return { result, at: Date.now() };
}

export async function resetUserPassword(
  _prev: UserFormState,
  payload: { id: number; password: string },
): Promise<UserFormState> {
  const result = await resetPasswordCommand(await currentUser(), payload.id, { password: payload.password });
  return { result, at: Date.now() };
}

export async function setUserActive(formData: FormData): Promise<void> {
  await setActiveCommand(await currentUser(), Number(formData.get("id")), formData.get("active") === "true");
  revalidatePath("/admin/users");
}
