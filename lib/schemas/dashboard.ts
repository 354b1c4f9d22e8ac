// The dashboard's view state in the URL: campaign (default: the latest;
// "all" for every campaign), from/to, audience, format, color (events |
// audience), gap (days without a held event that count as a coverage gap) and
// gaps=all (list every gap, not only the most overdue).
import { parseEventFilters, type EventFilters } from "./event-filters";

export type DashboardParams = Record<string, string | string[] | undefined>;
export type DashboardView = {
  filters: EventFilters;
  campaignParam: string; // slug, or "all"
  metric: "events" | "audience";
  gapDays: number;
  /** `gaps=all`: every coverage gap, not only the most overdue. */
  allGaps: boolean;
  query: string; // the dashboard's own parameters, for links that keep them
};

export const GAP_CHOICES = [7, 14, 30, 60, 90] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function dashboardQuery(params: DashboardParams, latestCampaign?: string): DashboardView {
  const campaignParam = one(params.campaign) || latestCampaign || "all";
  const { filters } = parseEventFilters({
    campaign: campaignParam === "all" ? undefined : campaignParam,
    from: params.from,
    to: params.to,
    audience: params.audience,
    format: params.format,
  });
  const metric = one(params.color) === "audience" ? "audience" : "events";
  const gap = Number(one(params.gap));
  const gapDays = Number.isInteger(gap) && gap >= 1 && gap <= 365 ? gap : 14;
  const query = new URLSearchParams();
  if (one(params.campaign)) query.set("campaign", campaignParam);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  for (const a of filters.audience) query.append("audience", a);
  for (const f of filters.format) query.append("format", f);
  if (metric === "audience") query.set("color", "audience");
  if (gapDays !== 14) query.set("gap", String(gapDays));
  return { filters, campaignParam, metric, gapDays, allGaps: one(params.gaps) === "all", query: query.toString() };
}
