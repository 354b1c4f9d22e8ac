// User management: admins only, checked here for the forms and the JSON API.
import "server-only";
import { createUser, resetPassword, setActive, updateUser } from "../data/user-writes";
import { attempt, failure, fieldFailure, type Failure, type Result } from "../errors";
import { can } from "../permissions";
import { fieldErrorsOf } from "../schemas/field-errors";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "../schemas/user";
import type { SessionUser } from "../domain/session-user";

type Admin = { ok: true; admin: SessionUser } | Failure;
const admin = (user: SessionUser | null): Admin =>
  !user ? failure("unauthenticated") : can.manageUsers(user) ? { ok: true, admin: user } : failure("forbidden");

const done = (found: boolean, id: number): Result => (found ? { ok: true, id } : failure("not_found"));

export async function createUserCommand(user: SessionUser | null, raw: unknown): Promise<Result> {
  const a = admin(user);
  if (!a.ok) return a;
  const parsed = userCreateSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  const r = await attempt(() => createUser(a.admin, parsed.data));
  return r.ok ? { ok: true, id: r.value } : r;
}

export async function updateUserCommand(
  user: SessionUser | null,
  id: number,
  raw: unknown,
  version: unknown,
): Promise<Result> {
  const a = admin(user);
  if (!a.ok) return a;
  if (typeof version !== "number" || !Number.isSafeInteger(version))
    return fieldFailure("version", "validation.invalid");
  const parsed = userUpdateSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  if (id === a.admin.id && parsed.data.role !== "admin") return fieldFailure("role", "validation.keepOwnAdmin");
  const r = await attempt(() => updateUser(a.admin, id, parsed.data, version));
  return r.ok ? done(r.value, id) : r;
}

export async function resetPasswordCommand(user: SessionUser | null, id: number, raw: unknown): Promise<Result> {
  const a = admin(user);
  if (!a.ok) return a;
  const parsed = passwordResetSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  return done(await resetPassword(a.admin, id, parsed.data.password), id);
}

export async function setActiveCommand(user: SessionUser | null, id: number, active: boolean): Promise<Result> {
  const a = admin(user);
  if (!a.ok) return a;
  // An admin cannot lock themselves out.
  if (id === a.admin.id && !active) return failure("invalid", { message: "errors.selfDeactivate" });
  return done(await setActive(a.admin, id, active), id);
}
