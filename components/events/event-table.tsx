import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EventListItem } from "@/lib/data/events";
import { localName, type Locale } from "@/lib/i18n/config";
import { formatAudienceSize, formatEventDate } from "./format";

export async function EventTable({ events }: { events: EventListItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="events-table">
        <thead className="bg-slate-50">
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
        <tbody className="divide-y divide-slate-100">
          {events.map((e) => (
            <tr key={e.id} data-testid="event-row" data-region={e.region.iso} className="align-top hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                {formatEventDate(format, t, e.date, e.datePrecision)}
              </td>
              <td className="px-3 py-2">
                <Link href={`/events/${e.id}`} className="font-medium text-brand-700 hover:underline">
                  {e.title}
                </Link>
                {e.status !== "held" && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                    {t(`enum.status.${e.status}`)}
                  </span>
                )}
              </td>
              <td className="px-3 py-2">
                {localName(e.region, locale)}
                {e.district && <div className="text-slate-600">{localName(e.district, locale)}</div>}
              </td>
              <td className="px-3 py-2">
                <LinkList t={t} param="speaker" items={e.speakers} />
              </td>
              <td className="px-3 py-2">
                <LinkList t={t} param="organization" items={e.hosts} />
              </td>
              <td className="px-3 py-2">
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
      <Link
        href={`/events?${param}=${item.id}`}
        className="hover:underline"
        title={t("events.filterBy", { name: item.name })}
      >
        {item.name}
      </Link>
    </span>
  ));
}
