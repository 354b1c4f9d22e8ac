// POST /api/users — create a user (admins only; same rules as the form).
import { readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { createUserCommand } from "@/lib/commands/users";

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "errors.signIn" }, { status: 401 });
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  return respond(await createUserCommand(user, parsed.body), 201);
}
