// GET /api/directory/people?q=… and /api/directory/organizations?q=… — for the
// pickers in the event form. Names only; any signed-in user may look them up.
import { failureResponse, json } from "@/lib/api";
import { currentUser } from "@/lib/authz";
import { searchOrganizations, searchPeople } from "@/lib/data/directory";
import { failure } from "@/lib/errors";
import type { NextRequest } from "next/server";

export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  if (!(await currentUser())) return failureResponse(failure("unauthenticated"));
  const q = (req.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  const { kind } = await params;
  if (kind === "people") {
    const rows = await searchPeople(q);
    return json(rows.map((p) => ({ id: p.id, name: p.fullName, aliases: p.aliases.map((a) => a.name) })));
  }
  if (kind === "organizations") {
    const rows = await searchOrganizations(q);
    return json(rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: o.aliases.map((a) => a.name) })));
  }
  return failureResponse(failure("not_found"));
}
