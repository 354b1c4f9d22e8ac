// POST /api/intake/drafts — {articles: [{id?, text, url?, publishedAt?}]}
// (up to 200 articles of up to 1 MB each) → each article's language, whether
// it reports an outreach event, its event drafts with the evidence for each
// field, and the drafts that look like stored events or like each other.
// Nothing is written.
import { failureResponse, json, readJson } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { draftArticlesCommand, MAX_ARTICLE_BYTES, MAX_ARTICLES } from "@/lib/commands/intake";
import { failure } from "@/lib/errors";

// The whole request: every article at its largest would be 200 MB; a batch
// that large is sent in parts.
const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_REQUEST_BYTES) {
    return json(
      {
        error: "intake.errors.requestTooLarge",
        code: "invalid",
        limits: { articles: MAX_ARTICLES, articleBytes: MAX_ARTICLE_BYTES, requestBytes: MAX_REQUEST_BYTES },
      },
      413,
    );
  }
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  const r = await draftArticlesCommand(user, parsed.body);
  if (!r.ok) return failureResponse(r);
  const { ok: _ok, ...body } = r;
  return json(body);
}
