// PUT /api/events/:id {version, ...event} — edit; DELETE — soft delete.
import { crossOrigin, readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { deleteEventCommand, updateEventCommand } from "@/lib/commands/events";

type Ctx = { params: Promise<{ id: string }> };

export async function PUT(req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "errors.signIn" }, { status: 401 });
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  const { version, ...input } = (parsed.body ?? {}) as { version?: unknown };
  return respond(await updateEventCommand(user, Number((await params).id), version, input));
}

export async function DELETE(req: Request, { params }: Ctx) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  return respond(await deleteEventCommand(await currentUser(), Number((await params).id)));
}
