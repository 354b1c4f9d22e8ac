// /api/events/:id — GET one event in the shape PUT accepts (plus id and
// version; its sources by id); PUT {version, ...fields} edits the fields sent;
// DELETE soft-deletes.
import { crossOrigin, failureResponse, json, readRecordWrite, respond } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { deleteEventCommand, updateEventCommand } from "@/lib/commands/events";
import { findEventForScope } from "@/lib/data/events";
import { parseId } from "@/lib/domain/ids";
import { failure } from "@/lib/errors";
import { bodyOfStored } from "@/lib/schemas/event-stored";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const e = await findEventForScope(scopeOf(user), parseId((await params).id));
  if (!e) return failureResponse(failure("not_found"));
  return json({ id: e.id, version: e.version, ...bodyOfStored(e) });
}

export async function PUT(req: Request, { params }: Ctx) {
  const write = await readRecordWrite(req, params);
  if ("error" in write) return write.error;
  const { user, id, body } = write;
  // A field the client leaves out is left as it is: nothing changes that its
  // user did not send. (id is what GET adds; it may come back unchanged.)
  const current = await findEventForScope(scopeOf(user), id);
  if (!current) return failureResponse(failure("not_found"));
  const { version, id: _id, ...given } = body;
  return respond(await updateEventCommand(user, id, version, { ...bodyOfStored(current), ...given }));
}

export async function DELETE(req: Request, { params }: Ctx) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  const id = parseId((await params).id);
  if (id === null) return failureResponse(failure("not_found"));
  return respond(await deleteEventCommand(await currentUser(), id));
}
