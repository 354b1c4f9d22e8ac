// POST /api/imports/:id/commit — write the upload: every row in one
// transaction, or nothing. The answer is the counts written, or the rows that
// stop it. With `Accept: application/x-ndjson` the answer is a stream of
// progress lines ({"phase":"write","done":n,"total":m}: rows checked and written
// of the rows below the header, the file being checked again as it is written) ending
// with the result line. DELETE /api/imports/:id stops a running commit (a
// closed connection does not: Next does not abort a streaming handler's
// request signal), and the result line then says it was cancelled.
import { crossOrigin, json } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { objectOf } from "@/lib/errors";
import { commitBody, progressResponse, wantsProgress } from "@/lib/import/respond";
import { commitImport } from "@/lib/import/worker-run";

type Params = { params: Promise<{ id: string }> };
const EVERY = 100;

/** An optional JSON body {"skipBad": true}: leave out the rows with errors or conflicts. */
async function skipBadOf(req: Request): Promise<boolean | undefined> {
  if (!req.headers.get("content-type")?.includes("application/json")) return undefined;
  try {
    const v = objectOf(await req.json())?.skipBad;
    return typeof v === "boolean" ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function POST(req: Request, { params }: Params) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  const user = await currentUser();
  const { id } = await params;
  const skipBad = await skipBadOf(req);
  if (!wantsProgress(req)) {
    const { status, body } = await commitBody(id, await commitImport(user, id, { signal: req.signal }, skipBad));
    return json(body, status);
  }
  return progressResponse(req, async (line, signal) => {
    let total = 0;
    const r = await commitImport(
      user,
      id,
      {
        signal,
        onPlanned: (n) => {
          total = n;
          line({ phase: "write", done: 0, total });
        },
        onRow: (done) => {
          if (done % EVERY === 0 || done === total) line({ phase: "write", done, total });
        },
      },
      skipBad,
    );
    return commitBody(id, r);
  });
}
