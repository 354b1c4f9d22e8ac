// Source edits, shared by the source page's form and PUT /api/sources/:id:
// user → zod → write, which checks visibility, permission (every citing event
// must be the editor's to edit) and version inside its own transaction.
import "server-only";
import { updateSource } from "../data/source-writes";
import { attempt, failure, fieldFailure, type Result } from "../errors";
import { fieldErrorsOf } from "../schemas/field-errors";
import { sourceInputSchema } from "../schemas/source";
import type { SessionUser } from "../domain/session-user";

export async function updateSourceCommand(
  user: SessionUser | null,
  id: number,
  version: unknown,
  raw: unknown,
): Promise<Result> {
  if (!user) return failure("unauthenticated");
  if (user.role === "viewer") return failure("forbidden");
  if (typeof version !== "number" || !Number.isSafeInteger(version))
    return fieldFailure("version", "validation.invalid");
  const parsed = sourceInputSchema.safeParse(raw);
  if (!parsed.success) return failure("invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
  const r = await attempt(() => updateSource(user, id, version, parsed.data));
  return r.ok ? { ok: true, id } : r;
}
