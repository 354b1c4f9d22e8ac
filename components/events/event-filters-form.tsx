// The register's filters as a GET form: applying it changes the URL, so a view
// can be bookmarked, shared and gone back to. Works without JavaScript. The
// words and options are worked out here; the form is drawn from them by
// event-filters-fields.tsx, so the page's inline payload carries the lists
// (regions, districts, formats …) instead of the form's whole element tree.
import { getLocale, getTranslations } from "next-intl/server";
import type { FilterOptions } from "@/lib/data/filter-options";
import { AUDIENCE_TYPES, EVENT_FORMATS, EVENT_STATUSES } from "@/lib/domain/enums";
import { localName, type Locale } from "@/lib/i18n/config";
import { defaultSort, SORTS, type EventFilters } from "@/lib/schemas/event-filters";
import { EventFiltersFields, type FilterWords } from "./event-filters-fields";

/** Up to this many regions in view, their districts are listed without choosing a region first. */
const MAX_REGIONS_FOR_DISTRICTS = 3;

export async function EventFiltersForm({ filters, options }: { filters: EventFilters; options: FilterOptions }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  // Districts of the chosen regions (or of the caller's few regions); the
  // whole country's ~230 in one list would be unusable and weigh on every page.
  const fewRegions = options.regions.length <= MAX_REGIONS_FOR_DISTRICTS;
  const districtRegions = filters.region.length
    ? options.regions.filter((r) => filters.region.includes(r.iso))
    : fewRegions
      ? options.regions
      : // A district chosen in the URL stays listed.
        options.regions
          .map((r) => ({ ...r, districts: r.districts.filter((d) => filters.district.includes(d.id)) }))
          .filter((r) => r.districts.length > 0);
  const pickRegionFirst = filters.region.length === 0 && !fewRegions;
  const sort = defaultSort(filters.q);
  const words: FilterWords = {
    title: t("filters.title"),
    q: t("filters.q"),
    qPlaceholder: t("filters.qPlaceholder"),
    sort: t("filters.sort"),
    apply: t("filters.apply"),
    clear: t("filters.clear"),
    more: t("filters.more"),
    region: t("filters.region"),
    district: t("filters.district"),
    districtAny: pickRegionFirst ? t("filters.districtPickRegion") : t("filters.any"),
    campaign: t("filters.campaign"),
    from: t("filters.from"),
    to: t("filters.to"),
    status: t("filters.status"),
    format: t("filters.format"),
    audience: t("filters.audience"),
    any: t("filters.any"),
  };
  return (
    <EventFiltersFields
      filters={filters}
      words={words}
      // The default order is sent as "": a search typed into a view sorted
      // the default way is then listed best match first.
      sorts={SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => [
        s === sort ? "" : s,
        t(`filters.sorts.${s}`),
      ])}
      sortValue={filters.sort === sort ? "" : filters.sort}
      regions={options.regions.map((r) => [r.iso, localName(r, locale)])}
      districts={districtRegions.map((r) => [
        localName(r, locale),
        r.districts.map((d): [number, string] => [d.id, localName(d, locale)]),
      ])}
      campaigns={options.campaigns.map((c) => [c.slug, localName(c, locale)])}
      statuses={EVENT_STATUSES.map((s) => [s, t(`enum.status.${s}`)])}
      formats={EVENT_FORMATS.map((f) => [f, t(`enum.format.${f}`)])}
      audiences={AUDIENCE_TYPES.map((a) => [a, t(`enum.audience.${a}`)])}
    />
  );
}
