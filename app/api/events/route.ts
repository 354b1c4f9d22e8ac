// POST /api/events — create an event (same rules as the form).
import { failureResponse, readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { createEventCommand } from "@/lib/commands/events";
import { failure } from "@/lib/errors";

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  return respond(await createEventCommand(user, parsed.body), 201);
}
