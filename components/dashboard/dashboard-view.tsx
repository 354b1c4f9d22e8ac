// A dashboard: the national view (regions) or one region's (its districts).
// All numbers come from lib/data/stats (GROUP BY in the database).
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { cachedDashboardData } from "@/lib/data/dashboard-cache";
import { campaignsNewestFirst, allRegionsWithDistricts } from "@/lib/data/regions";
import { weekStart } from "@/lib/data/stats";
import { scopeOf } from "@/lib/domain/scope";
import type { SessionUser } from "@/lib/domain/session-user";
import { districtShapes, regionShapes } from "@/lib/geo/map-shapes";
import { localName, type Locale } from "@/lib/i18n/config";
import { dashboardQuery, type DashboardParams } from "@/lib/schemas/dashboard";
import { eventFiltersToQuery } from "@/lib/schemas/event-filters";
import { AreaMap, type MapDatum } from "./area-map";
import { AreaTable } from "./area-table";
import { BreakdownChart } from "./breakdown-chart";
import { CoverageGaps } from "./coverage-gaps";
import { DashboardFilters } from "./dashboard-filters";
import { KpiCards } from "./kpi-cards";
import { WeeklyChart } from "./weekly-chart";

type Props = { user: SessionUser; params: DashboardParams; region?: { id: number; iso: string } };

export async function DashboardView({ user, params, region }: Props) {
  const scope = scopeOf(user);
  const [t, format, locale, campaigns, regions] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<Locale>,
    campaignsNewestFirst(),
    allRegionsWithDistricts(),
  ]);
  const view = dashboardQuery(params, campaigns[0]?.slug);
  const q = { scope, filters: view.filters, regionId: region?.id };
  const data = await cachedDashboardData(q, view.gapDays);
  const campaign = campaigns.find((c) => c.slug === view.filters.campaign);
  const shortDate = (d: Date) =>
    format.dateTime(d, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  // Links keep the dashboard's filters (and the region) when they open the event list.
  const listQuery = (extra: Record<string, string>) => {
    const p = eventFiltersToQuery({ ...view.filters, region: region ? [region.iso] : [] });
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return `/events?${p}`;
  };
  const inScope = (regionId: number) => scope.regionIds === null || scope.regionIds.includes(regionId);
  const current = region ? regions.find((r) => r.id === region.id) : undefined;
  const regionHref = (iso: string) => `/dashboard/${iso}${view.query ? `?${view.query}` : ""}`;
  // The national map colours the 20 units; a region's map its districts, each
  // opening the district's event list with the dashboard's filters.
  const map = current ? districtShapes(current.iso) : regionShapes();
  const mapData: MapDatum[] = current
    ? current.districts.map((d) => {
        const a = data.areas.find((x) => x.id === d.id);
        return {
          shape: d.nameEn,
          id: String(d.id),
          name: localName(d, locale),
          held: a?.held ?? 0,
          planned: a?.planned ?? 0,
          audience: a?.audience ?? 0,
          inScope: inScope(current.id),
          href: listQuery({ district: String(d.id) }),
        };
      })
    : regions.map((r) => {
        const a = data.areas.find((x) => x.id === r.id);
        return {
          shape: r.iso,
          id: r.iso,
          name: localName(r, locale),
          held: a?.held ?? 0,
          planned: a?.planned ?? 0,
          audience: a?.audience ?? 0,
          inScope: inScope(r.id),
          href: regionHref(r.iso),
        };
      });
  const areaRows = current
    ? [
        ...current.districts.map((d) => ({ id: d.id, name: localName(d, locale) })),
        { id: null, name: t("dashboard.noDistrict") },
      ].map((d) => {
        const a = data.areas.find((x) => x.id === d.id);
        return {
          key: String(d.id),
          name: d.name,
          held: a?.held ?? 0,
          planned: a?.planned ?? 0,
          audience: a?.audience ?? 0,
          last: a?.last?.toISOString() ?? null,
          lastText: a?.last ? shortDate(a.last) : "—",
        };
      })
    : regions
        .filter((r) => inScope(r.id))
        .map((r) => {
          const a = data.areas.find((x) => x.id === r.id);
          return {
            key: r.iso,
            name: localName(r, locale),
            href: regionHref(r.iso),
            held: a?.held ?? 0,
            planned: a?.planned ?? 0,
            audience: a?.audience ?? 0,
            last: a?.last?.toISOString() ?? null,
            lastText: a?.last ? shortDate(a.last) : "—",
          };
        });
  const voteWeek = campaign ? weekStart(campaign.voteDate) : undefined;
  const weeks = fillWeeks(data.weeks, voteWeek).map((w) => ({
    ...w,
    label: shortDate(new Date(`${w.week}T00:00:00Z`)),
  }));

  return (
    <ClientMessages group="dashboard">
      <div className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">
            {current ? t("dashboard.regionTitle", { region: localName(current, locale) }) : t("dashboard.title")}
          </h1>
          {current && (
            <Link
              href={`/dashboard${view.query ? `?${view.query}` : ""}`}
              className="text-sm text-brand-700 hover:underline"
            >
              ← {t("dashboard.backNational")}
            </Link>
          )}
        </div>
        <DashboardFilters
          view={view}
          campaigns={campaigns.map((c) => ({ slug: c.slug, name: localName(c, locale) }))}
          action={region ? `/dashboard/${region.iso}` : "/dashboard"}
        />
        <KpiCards
          kpis={data.kpis}
          campaign={campaign ? { name: localName(campaign, locale), voteDate: campaign.voteDate } : undefined}
        />

        <section
          className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
          aria-labelledby="map-heading"
        >
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 id="map-heading" className="text-lg font-semibold">
                {current ? t("dashboard.mapTitleDistricts") : t("dashboard.mapTitle")}
              </h2>
              <nav className="flex gap-1 text-sm" aria-label={t("dashboard.colourBy")}>
                {(["events", "audience"] as const).map((m) => (
                  <Link
                    key={m}
                    href={`?${withParam(view.query, "color", m === "events" ? null : m)}`}
                    aria-current={view.metric === m ? "true" : undefined}
                    className="rounded-md border border-slate-300 px-2 py-1 aria-[current=true]:bg-brand-600 aria-[current=true]:text-white"
                  >
                    {t(m === "events" ? "dashboard.byEvents" : "dashboard.byAudience")}
                  </Link>
                ))}
              </nav>
            </div>
            {map && (
              <AreaMap
                shapesUrl={`/geo/shapes/${current ? current.iso : "regions"}`}
                width={map.width}
                height={map.height}
                data={mapData}
                metric={view.metric}
                kind={current ? "district" : "iso"}
                label={current ? t("dashboard.mapTitleDistricts") : t("dashboard.mapTitle")}
              />
            )}
            <p className="mt-2 text-xs text-slate-500" data-testid="map-attribution">
              {t("dashboard.attribution")}
            </p>
          </div>
          <div className="space-y-2">
            <h2 className="text-lg font-semibold">{current ? t("dashboard.byDistrict") : t("dashboard.byRegion")}</h2>
            <AreaTable rows={areaRows} nameLabel={current ? t("dashboard.district") : t("dashboard.region")} />
          </div>
        </section>

        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="weekly-heading">
          <h2 id="weekly-heading" className="mb-2 text-lg font-semibold">
            {t("dashboard.weeklyTitle")}
          </h2>
          <WeeklyChart
            weeks={weeks}
            voteWeek={voteWeek}
            voteLabel={
              campaign
                ? t("dashboard.voteDay", {
                    date: format.dateTime(campaign.voteDate, { dateStyle: "medium", timeZone: "UTC" }),
                  })
                : undefined
            }
          />
        </section>

        <section className="grid grid-cols-1 gap-6 md:grid-cols-2">
          {(
            [
              ["byAudienceType", "audience-chart", data.audiences, "audience"],
              ["byFormat", "format-chart", data.formats, "format"],
            ] as const
          ).map(([title, testId, rows, param]) => (
            <div key={title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="mb-2 text-lg font-semibold">{t(`dashboard.${title}`)}</h2>
              <BreakdownChart
                testId={testId}
                title={t(`dashboard.${title}`)}
                items={rows.map((r) => ({
                  key: r.key,
                  label: t(`enum.${param}.${r.key}`),
                  events: r.events,
                  href: listQuery({ [param]: r.key }),
                }))}
              />
            </div>
          ))}
        </section>

        <section className="grid grid-cols-1 gap-6 md:grid-cols-2">
          {(
            [
              ["topSpeakers", data.speakers, "speaker"],
              ["topOrganizations", data.organizations, "organization"],
            ] as const
          ).map(([title, rows, param]) => (
            <div key={title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="mb-2 text-lg font-semibold">{t(`dashboard.${title}`)}</h2>
              {rows.length === 0 ? (
                <p className="text-sm text-slate-600">{t("dashboard.noData")}</p>
              ) : (
                <ol className="space-y-1 text-sm" data-testid={title}>
                  {rows.map((r) => (
                    <li key={r.id} className="flex justify-between gap-3">
                      <Link href={listQuery({ [param]: String(r.id) })} className="text-brand-700 hover:underline">
                        {r.name}
                      </Link>
                      <span className="tabular-nums text-slate-700">{t("events.count", { count: r.events })}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>

        <CoverageGaps
          gaps={data.gaps}
          view={view}
          showRegions={!region}
          action={region ? `/dashboard/${region.iso}` : "/dashboard"}
        />
      </div>
    </ClientMessages>
  );
}

/** Continuous weeks from the first week with data to vote week (empty weeks show as 0). */
function fillWeeks(weeks: Array<{ week: string; events: number; audience: number }>, voteWeek?: string) {
  const first = weeks[0]?.week;
  const lastWithData = weeks.at(-1)?.week;
  if (first === undefined || lastWithData === undefined) return [];
  const last = voteWeek && voteWeek > lastWithData ? voteWeek : lastWithData;
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  const out = [];
  // A chart of a few years of weeks is unreadable: beyond two years, show the data weeks only.
  if ((Date.parse(last) - Date.parse(first)) / 86_400_000 / 7 > 104)
    return voteWeek && !byWeek.has(voteWeek) ? [...weeks, { week: voteWeek, events: 0, audience: 0 }] : weeks;
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 7)) {
    const week = d.toISOString().slice(0, 10);
    out.push(byWeek.get(week) ?? { week, events: 0, audience: 0 });
  }
  return out;
}

function withParam(query: string, key: string, value: string | null) {
  const p = new URLSearchParams(query);
  if (value === null) p.delete(key);
  else p.set(key, value);
  return p.toString();
}
