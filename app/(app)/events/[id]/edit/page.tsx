import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/form/event-form";
import { rowKey, type FormValues } from "@/components/events/form/values";
import { NoticePage } from "@/components/ui/notice-page";
import { requireUser, scopeOf } from "@/lib/authz";
import { findEventForScope, type EventDetail } from "@/lib/data/events";
import { eventFormOptions } from "@/lib/data/form-options";
import type { Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("form"))("editTitle") };
}

function valuesOf(e: EventDetail): FormValues {
  const source = e.sources[0]?.source;
  return {
    title: e.title,
    campaign: e.campaign.slug,
    status: e.status,
    date: e.date.toISOString().slice(0, 10),
    datePrecision: e.datePrecision,
    region: e.region.iso,
    district: e.district ? String(e.district.id) : "",
    locality: e.locality ?? "",
    format: e.format,
    audiences: e.audiences.map((a) => a.type),
    audienceSize: e.audienceSize === null ? "" : String(e.audienceSize),
    audienceEstimate: e.audienceEstimate,
    summary: e.summary ?? "",
    speakers: e.speakers.map((s) => ({
      key: rowKey(),
      person: { id: s.person.id, name: s.person.fullName },
      role: s.role ?? "",
      organization: s.organization ? { id: s.organization.id, name: s.organization.name } : null,
    })),
    organizations: e.organizations.map((o) => ({
      key: rowKey(),
      organization: { id: o.organization.id, name: o.organization.name },
      role: o.role,
    })),
    // The document text stays with the document; the form edits its details.
    source: {
      url: source?.url ?? "",
      outlet: source?.outlet ?? "",
      publishedAt: source?.publishedAt?.toISOString().slice(0, 10) ?? "",
      text: "",
    },
  };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const event = await findEventForScope(scopeOf(user), Number((await params).id));
  if (!event) notFound();
  const t = await getTranslations();
  if (!can.editEvent(user, event)) {
    return (
      <NoticePage
        title={t("errors.forbiddenTitle")}
        body={t("errors.editForbiddenBody")}
        backHref={`/events/${event.id}`}
        backLabel={t("event.backToEvent")}
      />
    );
  }
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("form.editTitle")}</h1>
      <p className="text-slate-700">{event.title}</p>
      <EventForm initial={valuesOf(event)} options={options} eventId={event.id} version={event.version} />
    </div>
  );
}
