import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser, scopeOf } from "@/lib/authz";
import { heldByRegion, statusTotals } from "@/lib/data/stats";
import { localName, type Locale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const scope = scopeOf(await requireUser());
  const [t, format, locale, totals, regions] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    statusTotals(scope),
    heldByRegion(scope),
  ]);
  const card = (label: string, value: number, testId: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="text-3xl font-bold" data-testid={testId}>
        {format.number(value)}
      </div>
    </div>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        {card(t("held"), totals.held, "kpi-held")}
        {card(t("planned"), totals.planned, "kpi-planned")}
        {card(t("audience"), totals.audience, "kpi-audience")}
      </div>
      <p className="text-sm text-slate-600">{t("audienceNote", { unsized: totals.unsized })}</p>
      {/* The map, weekly chart and coverage gaps (regional dashboards) extend this page. */}
      <section aria-labelledby="by-region">
        <h2 id="by-region" className="mb-2 text-lg font-semibold">
          {t("byRegion")}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="region-table">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">{t("region")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("events")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("people")}</th>
                <th scope="col" className="px-3 py-2 text-left">{t("lastEvent")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {regions.map((r) => (
                <tr key={r.iso} data-iso={r.iso}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">{localName(r, locale)}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(r.events)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{format.number(r.audience)}</td>
                  <td className="px-3 py-2">{r.lastDate ? format.dateTime(r.lastDate, { dateStyle: "medium", timeZone: "UTC" }) : t("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
