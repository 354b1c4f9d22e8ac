// GET /api/directory/people?q=… and /api/directory/organizations?q=… — for the
// pickers in the event form. Names only; any signed-in user may look them up.
import { currentUser } from "@/lib/authz";
import { searchOrganizations, searchPeople } from "@/lib/data/directory";
import type { NextRequest } from "next/server";

export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  if (!(await currentUser())) return Response.json({ error: "errors.signIn" }, { status: 401 });
  const q = (req.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  const { kind } = await params;
  if (kind === "people") {
    const rows = await searchPeople(q);
    return Response.json(rows.map((p) => ({ id: p.id, name: p.fullName, aliases: p.aliases.map((a) => a.name) })));
  }
  if (kind === "organizations") {
    const rows = await searchOrganizations(q);
    return Response.json(
      rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: o.aliases.map((a) => a.name) })),
    );
  }
  return Response.json({ error: "errors.notFound" }, { status: 404 });
}
