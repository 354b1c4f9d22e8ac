import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EventListItem } from "@/lib/data/events";
import { localName, type Locale } from "@/lib/i18n/config";
import { EventRows, type EventRowLabels, type EventRowView } from "./event-rows";
import { formatAudienceSize, formatEventDate } from "./format";

export async function EventTable({ events }: { events: EventListItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  const view = (e: EventListItem): EventRowView => ({
    id: e.id,
    iso: e.region.iso,
    date: formatEventDate(format, t, e.date, e.datePrecision),
    title: e.title,
    speakers: e.speakers.map((x) => [x.id, x.name]),
    hosts: e.hosts.map((x) => [x.id, x.name]),
    audiences: e.audiences,
    size: formatAudienceSize(t, e.audienceSize, e.audienceEstimate),
    // Left out rather than undefined, which the payload would spell "$undefined".
    ...(e.status !== "held" && { status: t(`enum.status.${e.status}`) }),
    ...(e.district && { district: localName(e.district, locale) }),
  });
  // Each region's and audience type's name once for the page, not on every row of the payload.
  const words = {
    regions: Object.fromEntries(events.map((e) => [e.region.iso, localName(e.region, locale)])),
    audiences: Object.fromEntries(events.flatMap((e) => e.audiences.map((a) => [a, t(`enum.audience.${a}`)]))),
  };
  const labels: EventRowLabels = {
    speakers: t("events.columns.speakers"),
    hosts: t("events.columns.hosts"),
    audience: t("events.columns.audience"),
    none: t("events.noSpeakers"),
  };
  const th = "col-head";
  return (
    // On a phone each row is a card (the same table, laid out as blocks), with
    // the column names shown beside the values that need them.
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table
        className="block w-full text-sm md:table md:min-w-full md:divide-y md:divide-slate-200"
        data-testid="events-table"
        // The column names a phone shows in each card, once for all rows (app/globals.css).
        style={{
          "--label-speakers": JSON.stringify(labels.speakers),
          "--label-hosts": JSON.stringify(labels.hosts),
          "--label-audience": JSON.stringify(labels.audience),
        }}
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
        <caption className="block w-full caption-bottom pt-2 text-left text-xs text-slate-500 md:table-caption">
          {t("events.filterHint")}
        </caption>
        {/* Link styles sit on the body, not on each of the page's ~150 links (page weight). */}
        <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100 [&_a]:hover:underline">
          <EventRows rows={events.map(view)} words={words} labels={labels} />
        </tbody>
      </table>
    </div>
  );
}
