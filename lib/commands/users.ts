// User management: admins only, checked here for the forms and the JSON API.
import "server-only";
import { createUser, emailTaken, resetPassword, setActive, updateUser } from "../data/user-writes";
import { can } from "../permissions";
import { fieldErrorsOf } from "../schemas/field-errors";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "../schemas/user";
import type { CommandResult } from "./events";
import type { SessionUser } from "../data/users";

const guard = (user: SessionUser | null): CommandResult | null =>
  !user
    ? { ok: false, status: 401, message: "errors.signIn" }
    : !can.manageUsers(user)
      ? { ok: false, status: 403, message: "errors.forbidden" }
      : null;

export async function createUserCommand(user: SessionUser | null, raw: unknown): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  const parsed = userCreateSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: fieldErrorsOf(parsed.error) };
  if (await emailTaken(parsed.data.email))
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: { email: "validation.emailTaken" } };
  return { ok: true, id: await createUser(user!, parsed.data) };
}

export async function updateUserCommand(user: SessionUser | null, id: number, raw: unknown): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  const parsed = userUpdateSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: fieldErrorsOf(parsed.error) };
  if (id === user!.id && parsed.data.role !== "admin")
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: { role: "validation.keepOwnAdmin" } };
  return (await updateUser(user!, id, parsed.data))
    ? { ok: true, id }
    : { ok: false, status: 404, message: "errors.notFound" };
}

export async function resetPasswordCommand(user: SessionUser | null, id: number, raw: unknown): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  const parsed = passwordResetSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: "errors.fixFields", fieldErrors: fieldErrorsOf(parsed.error) };
  return (await resetPassword(user!, id, parsed.data.password))
    ? { ok: true, id }
    : { ok: false, status: 404, message: "errors.notFound" };
}

export async function setActiveCommand(user: SessionUser | null, id: number, active: boolean): Promise<CommandResult> {
  const refused = guard(user);
  if (refused) return refused;
  // An admin cannot lock themselves out.
  if (id === user!.id && !active) return { ok: false, status: 400, message: "errors.selfDeactivate" };
  return (await setActive(user!, id, active))
    ? { ok: true, id }
    : { ok: false, status: 404, message: "errors.notFound" };
}
