// /api/events/:id — GET one event; PUT {version, ...event} edits; DELETE soft-deletes.
import { crossOrigin, readJson, respond } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { deleteEventCommand, updateEventCommand } from "@/lib/commands/events";
import { findEventForScope } from "@/lib/data/events";

type Ctx = { params: Promise<{ id: string }> };

// GET /api/events/:id — one event as stored, within the caller's regions.
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "errors.signIn" }, { status: 401 });
  const e = await findEventForScope(scopeOf(user), Number((await params).id));
  if (!e) return Response.json({ error: "errors.notFound" }, { status: 404 });
  return Response.json({
    id: e.id,
    title: e.title,
    status: e.status,
    region: e.region.iso,
    audienceSize: e.audienceSize,
    version: e.version,
    speakers: e.speakers.map((s) => ({ name: s.person.fullName, role: s.role })),
  });
}

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
