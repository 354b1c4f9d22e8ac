// The register's filters as a GET form: applying it changes the URL, so a view
// can be bookmarked, shared and gone back to. Works without JavaScript.
import Form from "next/form";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button, buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/form-field";
import type { FilterOptions } from "@/lib/data/filter-options";
import { AUDIENCE_TYPES, EVENT_FORMATS, EVENT_STATUSES } from "@/lib/domain/enums";
import { localName, type Locale } from "@/lib/i18n/config";
import { defaultSort, SORTS, type EventFilters } from "@/lib/schemas/event-filters";

/** Up to this many regions in view, their districts are listed without choosing a region first. */
const MAX_REGIONS_FOR_DISTRICTS = 3;

const label = "block text-xs font-medium text-slate-700";

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
  return (
    <Form
      action="/events"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("filters.title")}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="f-q" className={label}>
            {t("filters.q")}
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={t("filters.qPlaceholder")}
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor="f-sort" className={label}>
            {t("filters.sort")}
          </label>
          {/* The default order is sent as "": a search typed into a view sorted
              the default way is then listed best match first. */}
          <select
            // A new view (a search typed in, another order) mounts the list
            // afresh: an uncontrolled select keeps its old choice across
            // client-side navigations, and its options change with the search.
            key={`${filters.sort}|${filters.q ?? ""}`}
            id="f-sort"
            name="sort"
            defaultValue={filters.sort === defaultSort(filters.q) ? "" : filters.sort}
            className={controlClass}
          >
            {SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => (
              <option key={s} value={s === defaultSort(filters.q) ? "" : s}>
                {t(`filters.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/events" className={buttonClass("ghost")}>
          {t("filters.clear")}
        </Link>
      </div>
      <details
        open={
          filters.region.length +
            filters.district.length +
            filters.status.length +
            filters.format.length +
            filters.audience.length >
            0 || !!(filters.campaign || filters.from || filters.to)
        }
      >
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("filters.more")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <fieldset className="sm:row-span-2">
            <legend className={label}>{t("filters.region")}</legend>
            <div className="mt-1 max-h-48 space-y-0.5 overflow-y-auto rounded-md border border-slate-200 p-2">
              {options.regions.map((r) => (
                <label key={r.iso} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="region" value={r.iso} defaultChecked={filters.region.includes(r.iso)} />
                  {localName(r, locale)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="f-district" className={label}>
              {t("filters.district")}
            </label>
            <select id="f-district" name="district" defaultValue={filters.district[0] ?? ""} className={controlClass}>
              <option value="">{pickRegionFirst ? t("filters.districtPickRegion") : t("filters.any")}</option>
              {districtRegions.map((r) => (
                <optgroup key={r.iso} label={localName(r, locale)}>
                  {r.districts.map((d) => (
                    <option key={d.id} value={d.id}>
                      {localName(d, locale)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-campaign" className={label}>
              {t("filters.campaign")}
            </label>
            <select id="f-campaign" name="campaign" defaultValue={filters.campaign ?? ""} className={controlClass}>
              <option value="">{t("filters.any")}</option>
              {options.campaigns.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {localName(c, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <div className="flex-1">
              <label htmlFor="f-from" className={label}>
                {t("filters.from")}
              </label>
              <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className={controlClass} />
            </div>
            <div className="flex-1">
              <label htmlFor="f-to" className={label}>
                {t("filters.to")}
              </label>
              <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className={controlClass} />
            </div>
          </div>
          <fieldset>
            <legend className={label}>{t("filters.status")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-3">
              {EVENT_STATUSES.map((s) => (
                <label key={s} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name="status" value={s} defaultChecked={filters.status.includes(s)} />
                  {t(`enum.status.${s}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="f-format" className={label}>
              {t("filters.format")}
            </label>
            <select id="f-format" name="format" defaultValue={filters.format[0] ?? ""} className={controlClass}>
              <option value="">{t("filters.any")}</option>
              {EVENT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`enum.format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-audience" className={label}>
              {t("filters.audience")}
            </label>
            <select id="f-audience" name="audience" defaultValue={filters.audience[0] ?? ""} className={controlClass}>
              <option value="">{t("filters.any")}</option>
              {AUDIENCE_TYPES.map((a) => (
                <option key={a} value={a}>
                  {t(`enum.audience.${a}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      {/* Speaker and organisation filters are set from the list (click a name) and kept here. */}
      {filters.speaker && <input type="hidden" name="speaker" value={filters.speaker} />}
      {/* A shared link may hold several districts/formats/audiences; the selects show the first, the rest are kept. */}
      {filters.district.slice(1).map((d) => (
        <input key={`d${d}`} type="hidden" name="district" value={d} />
      ))}
      {filters.format.slice(1).map((f) => (
        <input key={f} type="hidden" name="format" value={f} />
      ))}
      {filters.audience.slice(1).map((a) => (
        <input key={a} type="hidden" name="audience" value={a} />
      ))}
      {filters.organization && <input type="hidden" name="organization" value={filters.organization} />}
    </Form>
  );
}
