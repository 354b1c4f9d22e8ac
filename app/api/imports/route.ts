// POST /api/imports — upload a CSV or XLSX file (multipart: `file`, optional
// `options` JSON {delimiter, sheet, mapping, skipBad}, `mappingName` to apply
// a saved mapping, `saveMappingAs` to save this one): the file is checked and
// kept; the answer is its preview. Nothing is written until the commit. With
// `Accept: application/x-ndjson`: progress lines ({"phase":"check", "done",
// "total"}) while a large file is checked, then the result line.
import { readUpload } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import type { SessionUser } from "@/lib/domain/session-user";
import { failure } from "@/lib/errors";
import { MAX_FILE_BYTES } from "@/lib/import/read";
import { planBody, planResponse, progressResponse, wantsProgress } from "@/lib/import/respond";
import { startImport } from "@/lib/import/worker-run";
import { securedOutsideProxy } from "@/lib/security-headers";

function optionsOf(fields: Map<string, string>): unknown {
  const raw = fields.get("options");
  if (raw === undefined) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null; // refused by the command as bad options
  }
}

export async function POST(req: Request) {
  const user = await currentUser();
  return securedOutsideProxy(await upload(req, user), req, user?.id ?? null);
}

async function upload(req: Request, user: SessionUser | null): Promise<Response> {
  if (!user) return planResponse(failure("unauthenticated"));
  const spooled = await readUpload(req, MAX_FILE_BYTES);
  if ("error" in spooled) return spooled.error;
  const raw = {
    options: optionsOf(spooled.fields),
    mappingName: spooled.fields.get("mappingName"),
    saveMappingAs: spooled.fields.get("saveMappingAs"),
  };
  const file = { name: spooled.name, path: spooled.path };
  // The spooled file is removed once the check has read it (the upload is kept in the database).
  if (!wantsProgress(req)) return planResponse(await startImport(user, file, raw).finally(spooled.dispose), 201);
  return progressResponse(req, async (line) =>
    planBody(
      await startImport(user, file, raw, (phase, done, total) => line({ phase, done, total })).finally(spooled.dispose),
      201,
    ),
  );
}
