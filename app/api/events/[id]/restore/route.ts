// POST /api/events/:id/restore — undo a soft delete (admins).
import { crossOrigin, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { restoreEventCommand } from "@/lib/commands/events";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  return respond(await restoreEventCommand(await currentUser(), Number((await params).id)));
}
