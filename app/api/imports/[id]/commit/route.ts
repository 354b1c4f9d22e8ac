// POST /api/imports/:id/commit — write the upload: every row in one
// transaction, or nothing. The answer is the counts written, or the rows that
// stop it. With `Accept: application/x-ndjson` the answer is a stream of
// progress lines ({"phase":"write","done":n,"total":m}) ending with the
// result line; closing the connection cancels the import and writes nothing.
import { crossOrigin, json } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { commitImportCommand } from "@/lib/commands/imports";
import { objectOf } from "@/lib/errors";
import { commitBody } from "@/lib/import/respond";

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
  if (!req.headers.get("accept")?.includes("application/x-ndjson")) {
    const { status, body } = await commitBody(id, await commitImportCommand(user, id, { signal: req.signal }, skipBad));
    return json(body, status);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (v: unknown) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(v)}\n`));
        } catch {
          // the client has gone; the signal below cancels the write
        }
      };
      let total = 0;
      const r = await commitImportCommand(
        user,
        id,
        {
          signal: req.signal,
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
      const { status, body } = await commitBody(id, r);
      line({ phase: "done", status, result: body });
      try {
        controller.close();
      } catch {
        // already closed by the client
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
