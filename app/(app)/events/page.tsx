import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActiveFilters, EmptyView } from "@/components/events/active-filters";
import { EventFiltersForm } from "@/components/events/event-filters-form";
import { EventTable } from "@/components/events/event-table";
import { ExportMenu } from "@/components/events/export-menu";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClass } from "@/components/ui/button";
import { requireUser, scopeOf } from "@/lib/authz";
import { countEventsForScope, listEventsForScope } from "@/lib/data/events";
import { filterOptionsForScope, namesForFilterIds } from "@/lib/data/filter-options";
import { getFormatNumber } from "@/lib/i18n/format-number-server";
import { can } from "@/lib/permissions";
import { activeFilters, eventFiltersToQuery, parseEventFilters } from "@/lib/schemas/event-filters";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const user = await requireUser();
  const scope = scopeOf(user);
  const params = await searchParams;
  const { filters, invalid } = parseEventFilters(params);
  const cursor = typeof params.cursor === "string" ? params.cursor : null;
  const [t, num, page, options, names] = await Promise.all([
    getTranslations(),
    getFormatNumber(),
    listEventsForScope(scope, filters, { cursor }),
    filterOptionsForScope(scope),
    namesForFilterIds(filters),
  ]);
  const query = eventFiltersToQuery(filters).toString();
  const active = activeFilters(filters);
  // An empty view says which single filter, removed, would bring events back.
  const relaxed =
    page.total === 0 && active.length > 0
      ? await Promise.all(active.map(async (a) => ({ ...a, count: await countEventsForScope(scope, a.without) })))
      : [];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("events.title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-600" data-testid="events-count" aria-live="polite">
            {page.totalIsMore
              ? t("events.countMore", { shown: num(page.total) })
              : t("events.count", { count: page.total })}
          </p>
          {can.restoreEvent(user) && (
            <Link href="/events/deleted" className={buttonClass("ghost")}>
              {t("deleted.title")}
            </Link>
          )}
          {can.reviewDuplicates(user) && (
            <Link href="/events/duplicates" className={buttonClass("ghost")}>
              {t("duplicates.title")}
            </Link>
          )}
          {can.createAnyEvent(user) && (
            <Link href="/events/import" className={buttonClass("secondary")}>
              {t("events.import")}
            </Link>
          )}
          {can.createAnyEvent(user) && (
            <Link href="/events/new" className={buttonClass("primary")}>
              {t("form.newTitle")}
            </Link>
          )}
        </div>
      </div>
      {params.deleted === "1" && (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          data-testid="deleted-notice"
        >
          {t(can.restoreEvent(user) ? "deleted.doneAdmin" : "deleted.done")}
        </p>
      )}
      <EventFiltersForm filters={filters} options={options} />
      {invalid.length > 0 && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="invalid-params"
        >
          {t("filters.invalid", { params: invalid.join(", ") })}
        </p>
      )}
      <ActiveFilters filters={filters} options={options} names={names} />
      {page.total > 0 && (
        <ClientMessages group="exportMenu">
          <ExportMenu query={query} total={page.total} more={page.totalIsMore} />
        </ClientMessages>
      )}
      {page.items.length > 0 ? (
        <EventTable events={page.items} />
      ) : active.length > 0 ? (
        <EmptyView options={options} names={names} relaxed={relaxed} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">{t("events.empty")}</p>
          <p className="text-sm text-slate-600">{t("events.emptyHint")}</p>
        </div>
      )}
      <nav className="flex gap-2" aria-label={t("events.pages")}>
        {cursor && (
          <Link href={`/events?${query}`} className={buttonClass("secondary")}>
            {t("events.first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={`/events?${new URLSearchParams([...new URLSearchParams(query), ["cursor", page.nextCursor]])}`}
            className={buttonClass("secondary")}
          >
            {t("events.older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
