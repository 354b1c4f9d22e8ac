// POST /api/events/:id/sources — {url?, title?, publishedAt?, language?, text?}:
// the article becomes another source of event :id (an edit of that event under
// the form's rules, in its history). An address already stored links that source.
import { failureResponse, readJson, respond } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { attachArticleCommand } from "@/lib/commands/intake";
import { parseId } from "@/lib/domain/ids";
import { failure } from "@/lib/errors";

type Ctx = { params: Promise<{ id: string }> };

export async function POST(req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const id = parseId((await params).id);
  if (id === null) return failureResponse(failure("not_found"));
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  return respond(await attachArticleCommand(user, id, parsed.body));
}
