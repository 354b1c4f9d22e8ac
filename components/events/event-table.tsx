import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EventListItem } from "@/lib/data/events";
import { localName, type Locale } from "@/lib/i18n/config";
import { formatAudienceSize, formatEventDate } from "./format";

export async function EventTable({ events }: { events: EventListItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
  // Row and cell styles are the event-row / event-cell utilities of app/globals.css.
  const td = "event-cell";
  // The column name before the value, on a phone only (the table header says it on wider screens).
  const labelled = "event-cell-labelled";
  return (
    // On a phone each row is a card (the same table, laid out as blocks), with
    // the column names shown beside the values that need them.
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table
        className="block w-full text-sm md:table md:min-w-full md:divide-y md:divide-slate-200"
        data-testid="events-table"
      >
        <thead className="sr-only bg-slate-50 md:not-sr-only md:table-header-group">
          <tr>
            <th scope="col" className={th}>
              {t("events.columns.date")}
            </th>
            <th scope="col" className={th}>
              {t("events.columns.title")}
            </th>
            <th scope="col" className={th}>
              {t("events.columns.place")}
            </th>
            <th scope="col" className={th}>
              {t("events.columns.speakers")}
            </th>
            <th scope="col" className={th}>
              {t("events.columns.hosts")}
            </th>
            <th scope="col" className={th}>
              {t("events.columns.audience")}
            </th>
          </tr>
        </thead>
        <caption className="caption-bottom pt-2 text-left text-xs text-slate-500">{t("events.filterHint")}</caption>
        {/* Link styles sit on the body, not on each of the page's ~150 links (page weight). */}
        <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100 [&_a]:hover:underline">
          {events.map((e) => (
            <tr key={e.id} data-testid="event-row" data-region={e.region.iso} className="event-row">
              <td className={`${td} whitespace-nowrap text-slate-700`}>
                {formatEventDate(format, t, e.date, e.datePrecision)}
              </td>
              <td className={`${td} text-base md:text-sm`}>
                <Link href={`/events/${e.id}`} className="font-medium text-brand-700">
                  {e.title}
                </Link>
                {e.status !== "held" && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                    {t(`enum.status.${e.status}`)}
                  </span>
                )}
              </td>
              <td className={td}>
                {localName(e.region, locale)}
                {e.district && <div className="text-slate-600">{localName(e.district, locale)}</div>}
              </td>
              <td className={labelled} data-label={t("events.columns.speakers")}>
                <LinkList t={t} param="speaker" items={e.speakers} />
              </td>
              <td className={labelled} data-label={t("events.columns.hosts")}>
                <LinkList t={t} param="organization" items={e.hosts} />
              </td>
              <td className={labelled} data-label={t("events.columns.audience")}>
                <div>{e.audiences.map((a) => t(`enum.audience.${a}`)).join(", ")}</div>
                <div className="text-slate-600">{formatAudienceSize(t, e.audienceSize, e.audienceEstimate)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Names that each open the list filtered by that person or organisation. */
function LinkList({
  items,
  param,
  t,
}: {
  items: Array<{ id: number; name: string }>;
  param: "speaker" | "organization";
  t: (key: string, values?: Record<string, string>) => string;
}) {
  if (items.length === 0) return <>{t("events.noSpeakers")}</>;
  return items.map((item, i) => (
    <span key={item.id}>
      {i > 0 && ", "}
      <Link href={`/events?${param}=${item.id}`}>{item.name}</Link>
    </span>
  ));
}
