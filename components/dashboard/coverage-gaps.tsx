// Where nobody has been lately: regions and districts with no held event in
// the last N days, most overdue first.
import Form from "next/form";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { DashboardData } from "@/lib/data/stats";
import { today as todayIn } from "@/lib/domain/clock";
import { localName, type Locale } from "@/lib/i18n/config";
import { GAP_CHOICES, type DashboardView } from "@/lib/schemas/dashboard";

const GAPS_SHOWN = 25;

type Props = { gaps: DashboardData["gaps"]; view: DashboardView; showRegions: boolean; action: string };

export async function CoverageGaps({ gaps, view, showRegions, action }: Props) {
  const [t, format, locale] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const today = todayIn().getTime();
  const since = (d: Date | null) =>
    d
      ? t("lastHeld", {
          days: Math.floor((today - d.getTime()) / 86_400_000),
          date: format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }),
        })
      : t("neverHeld");
  const keep = new URLSearchParams(view.query);
  keep.delete("gap");
  // The most overdue first, and only so many unless asked: a national view can
  // list a couple of hundred districts (most of a page's weight).
  const shown = <T,>(rows: T[]) => (view.allGaps ? rows : rows.slice(0, GAPS_SHOWN));
  const more = Math.max(gaps.regions.length, gaps.districts.length) > GAPS_SHOWN;
  const toggle = new URLSearchParams(view.query);
  if (!view.allGaps) toggle.set("gaps", "all");
  // A long list scrolls in its box; the box takes keyboard focus so it can be scrolled without a mouse.
  const list = (
    testId: string,
    label: string,
    rows: Array<{ id: number; nameEn: string; nameRu: string; nameKk: string; last: Date | null }>,
  ) => (
    // Row styles sit on the list, not on each of its hundreds of rows (page weight).
    <ol
      className="max-h-80 space-y-1 overflow-y-auto text-sm *:flex *:justify-between *:gap-3 focus:outline-2 focus:outline-brand-600 [&_small]:text-sm [&_small]:text-slate-600"
      data-testid={testId}
      tabIndex={0}
      aria-label={label}
    >
      {/* Never visited: one line of names, not a row each saying "never" (a
          national view can have a couple of hundred). */}
      {rows.some((r) => !r.last) && (
        <li className="flex-wrap! justify-start! gap-x-1!">
          <small>{t("neverHeldList", { count: rows.filter((r) => !r.last).length })}</small>
          <span>
            {rows
              .filter((r) => !r.last)
              .map((r) => localName(r, locale))
              .join(", ")}
          </span>
        </li>
      )}
      {rows
        .filter((r) => r.last)
        .map((r) => (
          <li key={r.id}>
            {localName(r, locale)}
            <small>{since(r.last)}</small>
          </li>
        ))}
    </ol>
  );
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="gaps-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="gaps-heading" className="text-lg font-semibold">
          {t("gapsTitle", { days: gaps.days })}
        </h2>
        <Form action={action} className="flex items-end gap-2">
          {[...keep.entries()].map(([k, v], i) => (
            <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
          ))}
          <label className="text-sm">
            <span className="field-label">{t("gapDays")}</span>
            <select
              name="gap"
              defaultValue={String(view.gapDays)}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              {GAP_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t("daysN", { n })}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </Form>
      </div>
      <div className={`grid gap-6 ${showRegions ? "md:grid-cols-2" : ""}`}>
        {showRegions && (
          <div>
            <h3 className="mb-1 font-medium">{t("gapRegions", { count: gaps.regions.length })}</h3>
            {list("gap-regions", t("gapRegions", { count: gaps.regions.length }), shown(gaps.regions))}
          </div>
        )}
        <div>
          <h3 className="mb-1 font-medium">{t("gapDistricts", { count: gaps.districts.length })}</h3>
          {list("gap-districts", t("gapDistricts", { count: gaps.districts.length }), shown(gaps.districts))}
        </div>
      </div>
      {more && (
        <Link
          href={`${action}${toggle.size ? `?${toggle}` : ""}#gaps-heading`}
          scroll={false}
          className="mt-3 inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline"
          data-testid="gaps-toggle"
        >
          {view.allGaps ? t("gapsFewer", { n: GAPS_SHOWN }) : t("gapsAll")}
        </Link>
      )}
    </section>
  );
}
