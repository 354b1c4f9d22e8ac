// /api/sources/:id — GET a source in the shape PUT accepts, plus its id,
// version and the ids of the events citing it (within the caller's scope);
// PUT {version, ...source} edits it, under the same rules as its page.
import { failureResponse, json, readRecordWrite, respond } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { updateSourceCommand } from "@/lib/commands/sources";
import { findSourceForScope } from "@/lib/data/sources";
import { parseId } from "@/lib/domain/ids";
import { failure } from "@/lib/errors";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const s = await findSourceForScope(scopeOf(user), parseId((await params).id));
  if (!s) return failureResponse(failure("not_found"));
  return json({
    id: s.id,
    version: s.version,
    title: s.title,
    outlet: s.outlet,
    url: s.url,
    publishedAt: s.publishedAt?.toISOString().slice(0, 10) ?? null,
    language: s.language,
    text: s.text,
    events: s.events.map((e) => e.id),
  });
}

export async function PUT(req: Request, { params }: Ctx) {
  const write = await readRecordWrite(req, params);
  if ("error" in write) return write.error;
  const { user, id, body } = write;
  // id and events are what GET adds; a client may send them back unchanged.
  const { version, id: _id, events: _events, ...input } = body;
  return respond(await updateSourceCommand(user, id, version, input));
}
