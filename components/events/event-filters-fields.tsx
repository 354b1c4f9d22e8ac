"use client";
// The register's filter form, drawn from words and option lists the server
// worked out (event-filters-form.tsx). A client component for the same reason
// as the list's rows: the page's inline payload then holds these lists, not
// every label, option and checkbox element a second time.
import Form from "next/form";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/form-field";
import type { EventFilters } from "@/lib/schemas/event-filters";

export type FilterWords = Record<
  | "title"
  | "q"
  | "qPlaceholder"
  | "sort"
  | "apply"
  | "clear"
  | "more"
  | "region"
  | "district"
  | "districtAny"
  | "campaign"
  | "from"
  | "to"
  | "status"
  | "format"
  | "audience"
  | "any",
  string
>;
/** A choice: the value sent, and its words. */
type Choice<V = string> = [value: V, label: string];

type Props = {
  filters: EventFilters;
  words: FilterWords;
  sorts: Choice[];
  sortValue: string;
  regions: Choice[];
  /** Districts grouped by region: the region's name, then its districts. */
  districts: Array<[region: string, districts: Array<Choice<number>>]>;
  campaigns: Choice[];
  statuses: Choice[];
  formats: Choice[];
  audiences: Choice[];
};

const label = "field-label";

export function EventFiltersFields({ filters, words, sorts, sortValue, ...lists }: Props) {
  const open =
    filters.region.length +
      filters.district.length +
      filters.status.length +
      filters.format.length +
      filters.audience.length >
      0 || !!(filters.campaign || filters.from || filters.to);
  return (
    <Form
      action="/events"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={words.title}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="f-q" className={label}>
            {words.q}
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={words.qPlaceholder}
            className={controlClass}
          />
        </div>
        <div>
          <label htmlFor="f-sort" className={label}>
            {words.sort}
          </label>
          <select
            // A new view (a search typed in, another order) mounts the list
            // afresh: an uncontrolled select keeps its old choice across
            // client-side navigations, and its options change with the search.
            key={`${filters.sort}|${filters.q ?? ""}`}
            id="f-sort"
            name="sort"
            defaultValue={sortValue}
            className={controlClass}
          >
            <Options choices={sorts} />
          </select>
        </div>
        <Button type="submit">{words.apply}</Button>
        <Link href="/events" className={buttonClass("ghost")}>
          {words.clear}
        </Link>
      </div>
      <details open={open}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{words.more}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <fieldset className="sm:row-span-2">
            <legend className={label}>{words.region}</legend>
            <div className="mt-1 max-h-48 space-y-0.5 overflow-y-auto rounded-md border border-slate-200 p-2">
              {lists.regions.map(([iso, name]) => (
                <label key={iso} className="check">
                  <input type="checkbox" name="region" value={iso} defaultChecked={filters.region.includes(iso)} />
                  {name}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="f-district" className={label}>
              {words.district}
            </label>
            <select id="f-district" name="district" defaultValue={filters.district[0] ?? ""} className={controlClass}>
              <option value="">{words.districtAny}</option>
              {lists.districts.map(([region, districts]) => (
                <optgroup key={region} label={region}>
                  <Options choices={districts} />
                </optgroup>
              ))}
            </select>
          </div>
          <Select id="f-campaign" name="campaign" text={words.campaign} any={words.any} value={filters.campaign}>
            {lists.campaigns}
          </Select>
          <div className="flex gap-2">
            {(["from", "to"] as const).map((bound) => (
              <div key={bound} className="flex-1">
                <label htmlFor={`f-${bound}`} className={label}>
                  {words[bound]}
                </label>
                <input
                  id={`f-${bound}`}
                  name={bound}
                  type="date"
                  defaultValue={filters[bound] ?? ""}
                  className={controlClass}
                />
              </div>
            ))}
          </div>
          <fieldset>
            <legend className={label}>{words.status}</legend>
            <div className="mt-1 flex flex-wrap gap-x-3">
              {lists.statuses.map(([s, text]) => (
                <label key={s} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name="status" value={s} defaultChecked={filters.status.some((x) => x === s)} />
                  {text}
                </label>
              ))}
            </div>
          </fieldset>
          <Select id="f-format" name="format" text={words.format} any={words.any} value={filters.format[0]}>
            {lists.formats}
          </Select>
          <Select id="f-audience" name="audience" text={words.audience} any={words.any} value={filters.audience[0]}>
            {lists.audiences}
          </Select>
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

/** A labelled select of one choice, "any" first. */
function Select(p: { id: string; name: string; text: string; any: string; value?: string | null; children: Choice[] }) {
  return (
    <div>
      <label htmlFor={p.id} className={label}>
        {p.text}
      </label>
      <select id={p.id} name={p.name} defaultValue={p.value ?? ""} className={controlClass}>
        <option value="">{p.any}</option>
        <Options choices={p.children} />
      </select>
    </div>
  );
}

function Options({ choices }: { choices: Array<Choice<string | number>> }) {
  return choices.map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  ));
}
