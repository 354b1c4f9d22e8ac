// GET /api/directory/people?q=… and /api/directory/organizations?q=… — for the
// pickers in the event form. Names only; any signed-in user may look them up.
// /api/directory/sources?q=… finds source documents by title, outlet or URL.
import { failureResponse, json } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { searchOrganizations, searchPeople } from "@/lib/data/directory";
import { searchSources } from "@/lib/data/sources";
import { failure } from "@/lib/errors";
import type { NextRequest } from "next/server";

export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const scope = scopeOf(user);
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
  if (kind === "sources") {
    const rows = await searchSources(scope, q);
    return json(
      rows.map((s) => ({
        id: s.id,
        name: s.title ?? s.url ?? `#${s.id}`,
        outlet: s.outlet,
        url: s.url,
        publishedAt: s.publishedAt?.toISOString().slice(0, 10) ?? null,
        events: s.citingCount,
      })),
    );
  }
  return failureResponse(failure("not_found"));
}
