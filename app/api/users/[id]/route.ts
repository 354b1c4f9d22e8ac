// PATCH /api/users/:id {active} — deactivate or reactivate a user (admins
// only; the same command as the users page). Deactivation ends every session
// of that user at once, on every instance.
import { failureResponse, readRecordWrite, respond } from "@/lib/api";
import { setActiveCommand } from "@/lib/commands/users";
import { fieldFailure } from "@/lib/errors";

type Ctx = { params: Promise<{ id: string }> };

export async function PATCH(req: Request, { params }: Ctx) {
  const write = await readRecordWrite(req, params);
  if ("error" in write) return write.error;
  const { active } = write.body;
  if (typeof active !== "boolean") return failureResponse(fieldFailure("active", "validation.invalid"));
  return respond(await setActiveCommand(write.user, write.id, active));
}
