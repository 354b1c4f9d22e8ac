// GET /api/stats?<dashboard parameters>[&region=KZ-31] — the dashboard's
// aggregates as JSON for other tools; same filters, same scope.
import { failureResponse, json } from "@/lib/api";
import { currentUser, scopeOf } from "@/lib/authz";
import { cachedDashboardData } from "@/lib/data/dashboard-cache";
import { campaignsNewestFirst, regionByIso } from "@/lib/data/regions";
import { failure } from "@/lib/errors";
import { dashboardQuery } from "@/lib/schemas/dashboard";
import type { NextRequest } from "next/server";

export async function GET(req: NextRequest) {
  const user = await currentUser();
  if (!user) return failureResponse(failure("unauthenticated"));
  const scope = scopeOf(user);
  const params = Object.fromEntries(
    [...new Set(req.nextUrl.searchParams.keys())].map((k) => [k, req.nextUrl.searchParams.getAll(k)]),
  );
  const iso = req.nextUrl.searchParams.get("region");
  const region = iso ? await regionByIso(iso) : null;
  if (iso && (!region || (scope.regionIds !== null && !scope.regionIds.includes(region.id)))) {
    return failureResponse(failure("not_found"));
  }
  const view = dashboardQuery(params, (await campaignsNewestFirst())[0]?.slug);
  const data = await cachedDashboardData({ scope, filters: view.filters, regionId: region?.id }, view.gapDays);
  return json({
    filters: {
      campaign: view.campaignParam,
      from: view.filters.from ?? null,
      to: view.filters.to ?? null,
      audience: view.filters.audience,
      format: view.filters.format,
      region: iso ?? null,
      gapDays: view.gapDays,
    },
    ...data,
  });
}
