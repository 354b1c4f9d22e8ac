// PATCH /api/imports/:id — the same upload with other choices ({delimiter,
// sheet, mapping, skipBad}, and `saveMappingAs` to keep the mapping by name):
// its new preview. DELETE /api/imports/:id — discard the upload, or, while
// its commit runs, stop the commit (nothing is written; the upload stays).
import { crossOrigin, failureResponse, json, readJson } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { discardImportCommand, saveMappingCommand } from "@/lib/commands/imports";
import { failure, objectOf } from "@/lib/errors";
import { planResponse } from "@/lib/import/respond";
import { reviseImport } from "@/lib/import/worker-run";

type Params = { params: Promise<{ id: string }> };

export async function PATCH(req: Request, { params }: Params) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const parsed = await readJson(req);
  if ("error" in parsed) return parsed.error;
  const body = objectOf(parsed.body);
  if (!body) return failureResponse(failure("invalid", { message: "errors.badJson" }));
  const { saveMappingAs, ...options } = body;
  const { id } = await params;
  const r = await reviseImport(user, id, options);
  if (r.ok && typeof saveMappingAs === "string" && saveMappingAs.trim()) {
    const saved = await saveMappingCommand(user, saveMappingAs, r.plan);
    if (!saved.ok) return failureResponse(saved);
  }
  return planResponse(r);
}

export async function DELETE(req: Request, { params }: Params) {
  const refused = crossOrigin(req);
  if (refused) return refused;
  const r = await discardImportCommand(await currentUser(), (await params).id);
  if (!r.ok) return failureResponse(r);
  return json("cancelled" in r ? { cancelled: true } : { discarded: true });
}
