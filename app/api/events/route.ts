// POST /api/events — create an event (same rules as the form).
import { readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { createEventCommand } from "@/lib/commands/events";

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "errors.signIn" }, { status: 401 });
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  return respond(await createEventCommand(user, parsed.body), 201);
}
