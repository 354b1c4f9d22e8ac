// POST /api/users — create a user (admins only; same rules as the form).
import { failureResponse, readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { createUserCommand } from "@/lib/commands/users";
import { failure } from "@/lib/errors";

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  return respond(await createUserCommand(user, parsed.body), 201);
}
