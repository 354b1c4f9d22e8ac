// POST /api/imports — upload a CSV or XLSX file (multipart: `file`, optional
// `options` JSON {delimiter, sheet, mapping, skipBad}, `mappingName` to apply
// a saved mapping, `saveMappingAs` to save this one): the file is checked and
// kept; the answer is its preview. Nothing is written until the commit. With
// `Accept: application/x-ndjson`: progress lines ({"phase":"check", "done",
// "total"}) while a large file is checked, then the result line.
import { readUpload } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { failure } from "@/lib/errors";
import { MAX_FILE_BYTES } from "@/lib/import/read";
import { planBody, planResponse, progressResponse, wantsProgress } from "@/lib/import/respond";
import { startImport } from "@/lib/import/worker-run";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

function optionsOf(fields: FormData): unknown {
  const raw = text(fields.get("options"));
  if (raw === undefined) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null; // refused by the command as bad options
  }
}

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return planResponse(failure("unauthenticated"));
  const upload = await readUpload(req, MAX_FILE_BYTES);
  if ("error" in upload) return upload.error;
  const raw = {
    options: optionsOf(upload.fields),
    mappingName: text(upload.fields.get("mappingName")),
    saveMappingAs: text(upload.fields.get("saveMappingAs")),
  };
  if (!wantsProgress(req)) return planResponse(await startImport(user, upload.file, raw), 201);
  return progressResponse(req, async (line) =>
    planBody(await startImport(user, upload.file, raw, (phase, done, total) => line({ phase, done, total })), 201),
  );
}
