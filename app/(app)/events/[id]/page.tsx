import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeleteEventButton } from "@/components/events/delete-event-button";
import { EventHistory } from "@/components/events/event-history";
import { EventSources } from "@/components/events/event-sources";
import { formatAudienceSize, formatEventDate } from "@/components/events/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClass } from "@/components/ui/button";
import { requireUser, scopeOf } from "@/lib/authz";
import { listAuditFor } from "@/lib/data/audit";
import { findEventForScope } from "@/lib/data/events";
import { parseId } from "@/lib/domain/ids";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const SAVED = ["created", "updated", "restored"] as const;

async function load(params: Props["params"]) {
  const user = await requireUser();
  const event = await findEventForScope(scopeOf(user), parseId((await params).id));
  if (!event) notFound();
  return { user, event };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).event.title };
}

export default async function EventPage({ params, searchParams }: Props) {
  const { user, event } = await load(params);
  const savedParam = (await searchParams).saved;
  const saved = SAVED.find((s) => s === savedParam);
  const [t, format, locale, history] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<Locale>,
    listAuditFor("Event", event.id),
  ]);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-2 py-2">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="col-span-2 text-sm">{value}</dd>
    </div>
  );
  return (
    <article className="space-y-6">
      {/* After a save the page says so; role=status is read out by screen readers. */}
      <p
        role="status"
        className={
          saved ? "rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"
        }
        data-testid="saved-notice"
      >
        {saved ? t(`event.saved.${saved}`) : ""}
      </p>
      <div>
        <Link href="/events" className="text-sm text-brand-700 hover:underline">
          ← {t("event.back")}
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold">{event.title}</h1>
          <div className="flex flex-wrap gap-2">
            {can.editEvent(user, event) && (
              <Link href={`/events/${event.id}/edit`} className={buttonClass("primary")}>
                {t("event.edit")}
              </Link>
            )}
            {can.createAnyEvent(user) && (
              <Link href={`/events/new?copy=${event.id}`} className={buttonClass("secondary")}>
                {t("event.copy")}
              </Link>
            )}
            {can.deleteEvent(user, event) && (
              <ClientMessages group="deleteEvent">
                <DeleteEventButton eventId={event.id} title={event.title} />
              </ClientMessages>
            )}
          </div>
        </div>
      </div>
      <dl
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4"
        data-testid="event-facts"
      >
        {row(t("event.campaign"), localName(event.campaign, locale))}
        {row(t("event.status"), t(`enum.status.${event.status}`))}
        {row(t("event.date"), formatEventDate(format, t, event.date, event.datePrecision))}
        {row(t("event.region"), localName(event.region, locale))}
        {row(t("event.district"), event.district ? localName(event.district, locale) : t("event.unknown"))}
        {row(t("event.locality"), event.locality ?? t("event.unknown"))}
        {row(t("event.format"), t(`enum.format.${event.format}`))}
        {row(
          t("event.audience"),
          event.audiences.map((a) => t(`enum.audience.${a.type}`)).join(", ") || t("event.unknown"),
        )}
        {row(t("event.audienceSize"), formatAudienceSize(t, event.audienceSize, event.audienceEstimate))}
        {row(t("event.summary"), <span className="whitespace-pre-line">{event.summary ?? t("event.unknown")}</span>)}
      </dl>
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading" className="mb-2 text-lg font-semibold">
          {t("event.speakers")}
        </h2>
        {event.speakers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("event.noneListed")}</p>
        ) : (
          <ul className="space-y-2" data-testid="event-speakers">
            {event.speakers.map((s) => (
              <li key={s.person.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <Link href={`/people/${s.person.id}`} className="font-medium text-brand-700 hover:underline">
                  {s.person.fullName}
                </Link>
                {s.role && <div className="text-slate-700">{s.role}</div>}
                {s.organization && (
                  <div className="text-slate-600">{t("event.speakerFor", { organization: s.organization.name })}</div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading" className="mb-2 text-lg font-semibold">
          {t("event.organizations")}
        </h2>
        {event.organizations.length === 0 && <p className="text-sm text-slate-600">{t("event.noneListed")}</p>}
        <ul className="space-y-1 text-sm empty:hidden" data-testid="event-organizations">
          {event.organizations.map((o) => (
            <li key={o.organization.id}>
              <Link href={`/organizations/${o.organization.id}`} className="font-medium text-brand-700 hover:underline">
                {o.organization.name}
              </Link>{" "}
              — {t(`enum.orgRole.${o.role}`)}, {t(`enum.orgKind.${o.organization.kind}`)}
            </li>
          ))}
        </ul>
      </section>
      <EventSources sources={event.sources} />
      <EventHistory entries={history} />
    </article>
  );
}
