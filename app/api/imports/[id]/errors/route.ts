// GET /api/imports/:id/errors — the upload's rows with problems as a CSV, the
// file's own columns plus one saying what to fix: correct it, upload it again.
import { failureResponse } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { badRowsCsv } from "@/lib/import/report";
import { translator } from "@/lib/import/respond";
import { importPlan } from "@/lib/import/worker-run";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const r = await importPlan(await currentUser(), (await params).id);
  if (!r.ok) return failureResponse(r);
  const { t } = await translator();
  const base = r.fileName.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}_-]+/gu, "-") || "import";
  return new Response(badRowsCsv(r.plan, t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="errors.csv"; filename*=UTF-8''${encodeURIComponent(`${base}-errors.csv`)}`,
      "Cache-Control": "no-store",
    },
  });
}
