// GET /api/imports/template — the import template (XLSX) in the user's language.
import { failureResponse } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { importReference } from "@/lib/data/imports";
import { failure } from "@/lib/errors";
import { translator } from "@/lib/import/respond";
import { templateWorkbook } from "@/lib/import/template";

export async function GET() {
  if (!(await currentUser())) return failureResponse(failure("unauthenticated"));
  const [{ t, locale }, ref] = await Promise.all([translator(), importReference()]);
  const body = await templateWorkbook(ref, t, locale);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="outreach-import-template-${locale}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
