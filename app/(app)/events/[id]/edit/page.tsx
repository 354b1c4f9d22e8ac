import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/form/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUser, scopeOf } from "@/lib/authz";
import { findEventForScope } from "@/lib/data/events";
import { eventFormOptions } from "@/lib/data/form-options";
import { parseId } from "@/lib/domain/ids";
import type { Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import { formValuesOf } from "@/lib/schemas/event-fields";
import { bodyOfStored } from "@/lib/schemas/event-stored";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("form"))("editTitle") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const event = await findEventForScope(scopeOf(user), parseId((await params).id));
  if (!event) notFound();
  const t = await getTranslations();
  if (!can.editEvent(user, event)) {
    forbidden();
  }
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  const stored = bodyOfStored(event);
  return (
    <ClientMessages group="eventForm">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("form.editTitle")}</h1>
        <p className="text-slate-700">{event.title}</p>
        <EventForm
          initial={formValuesOf(stored)}
          base={stored}
          userEmail={user.email}
          options={options}
          eventId={event.id}
          version={event.version}
        />
      </div>
    </ClientMessages>
  );
}
