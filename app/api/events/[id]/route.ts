// /api/events/:id — GET one event in the shape PUT accepts (plus id, version
// and its sources by id); PUT {version, ...event} edits; DELETE soft-deletes.
import { crossOrigin, failureResponse, json, readJson, respond } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { deleteEventCommand, updateEventCommand } from "@/lib/commands/events";
import { findEventForScope } from "@/lib/data/events";
import { parseId } from "@/lib/domain/ids";
import { failure } from "@/lib/errors";
import { bodyOfStored } from "@/lib/schemas/event-fields";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const e = await findEventForScope(scopeOf(user), parseId((await params).id));
  if (!e) return failureResponse(failure("not_found"));
  return json({ id: e.id, version: e.version, ...bodyOfStored(e), sources: e.sources.map((s) => s.source.id) });
}

export async function PUT(req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  const id = parseId((await params).id);
  if (id === null) return failureResponse(failure("not_found"));
  if (typeof parsed.body !== "object" || parsed.body === null || Array.isArray(parsed.body)) {
    return failureResponse(failure("invalid", { message: "errors.badJson" }));
  }
  // id and sources are what GET adds; a client may send them back unchanged.
  const { version, id: _id, sources: _sources, ...input } = parsed.body as Record<string, unknown>;
  return respond(await updateEventCommand(user, id, version, input));
}

export async function DELETE(req: Request, { params }: Ctx) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  const id = parseId((await params).id);
  if (id === null) return failureResponse(failure("not_found"));
  return respond(await deleteEventCommand(await currentUser(), id));
}
