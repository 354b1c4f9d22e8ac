import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { FilterOptions } from "@/lib/data/filter-options";
import type { Locale } from "@/lib/i18n/config";
import { activeFilters, eventFiltersToQuery, type EventFilters } from "@/lib/schemas/event-filters";
import { filterLabel } from "./filter-labels";

type Props = { filters: EventFilters; options: FilterOptions; names: { speaker?: string; organization?: string } };

export async function ActiveFilters({ filters, options, names }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("filters.active")} data-testid="active-filters">
      {active.map((a) => {
        const text = filterLabel(t, locale, options, names, a.key, a.value);
        return (
          <li key={`${a.key}=${a.value}`}>
            <Link
              href={`/events?${eventFiltersToQuery(a.without)}`}
              className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-700 hover:bg-white"
              aria-label={t("filters.remove", { filter: text })}
            >
              {text} <span aria-hidden="true">✕</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Shown when a view is empty: which single filter, removed, would bring events back. */
export async function EmptyView({
  options,
  names,
  relaxed,
}: Omit<Props, "filters"> & { relaxed: Array<{ key: string; value: string; without: EventFilters; count: number }> }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const helpful = relaxed.filter((r) => r.count > 0);
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-testid="empty-view">
      <p className="font-medium">{t("filters.emptyTitle")}</p>
      {helpful.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm">
          {helpful.map((r) => (
            <li key={`${r.key}=${r.value}`}>
              <Link href={`/events?${eventFiltersToQuery(r.without)}`} className="text-brand-700 underline">
                {t("filters.emptyWithout", {
                  filter: filterLabel(t, locale, options, names, r.key, r.value),
                  count: r.count,
                })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("filters.emptyCombination")}</p>
      )}
    </div>
  );
}
