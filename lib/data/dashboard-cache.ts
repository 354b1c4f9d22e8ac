// The dashboards' aggregates, computed once per view and data version. Each
// dashboard is a dozen GROUP BYs (about 200 ms at 100,000 events on SQLite),
// the same for every user with the same regions and filters, and unchanged
// until someone writes. A copy is used while the database's data version
// (lib/data/data-version.ts) and the day are the ones it was computed under;
// every write transaction raises the version, in whichever app instance it
// ran. Users opening the same view at once share one computation.
import "server-only";
import { LRUCache } from "lru-cache";
import { dataVersion } from "./data-version";
import { dashboardData, type DashboardData, type StatsQuery } from "./stats";
import { dayIn } from "../domain/clock";

type Work = { q: StatsQuery; gapDays: number };

// ~50 KB a national view (its coverage-gap lists): a few MB at most.
const views = new LRUCache<string, DashboardData, Work>({
  max: 100,
  fetchMethod: (_key, _stale, { context }) => dashboardData(context.q, context.gapDays),
});

/** The key of a view: what its numbers depend on (the user's regions, not who the user is). */
export function viewKey(version: number, q: StatsQuery, gapDays: number): string {
  return JSON.stringify([version, dayIn(), q.scope.role, q.scope.regionIds, q.regionId ?? null, q.filters, gapDays]);
}

export async function cachedDashboardData(q: StatsQuery, gapDays: number): Promise<DashboardData> {
  // The version is read first: the copy is filed under a version no newer than its data.
  const key = viewKey(await dataVersion(), q, gapDays);
  return (await views.fetch(key, { context: { q, gapDays } })) ?? dashboardData(q, gapDays);
}
