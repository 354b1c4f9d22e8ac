// POST /api/events/:id/restore — undo a soft delete (admins).
import { crossOrigin, failureResponse, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { restoreEventCommand } from "@/lib/commands/events";
import { parseId } from "@/lib/domain/ids";
import { failure } from "@/lib/errors";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  const id = parseId((await params).id);
  if (id === null) return failureResponse(failure("not_found"));
  return respond(await restoreEventCommand(await currentUser(), id));
}
