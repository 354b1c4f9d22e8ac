import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/form/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DraftedEventForm } from "@/components/intake/drafted-event-form";
import { requireUser, scopeOf } from "@/lib/authz";
import { findEventForScope } from "@/lib/data/events";
import { eventFormOptions } from "@/lib/data/form-options";
import { dayIn } from "@/lib/domain/clock";
import { parseId } from "@/lib/domain/ids";
import type { Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import { emptyBody, formValuesOf } from "@/lib/schemas/event-fields";
import { bodyOfStored } from "@/lib/schemas/event-stored";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("form"))("newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewEventPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can.createAnyEvent(user)) {
    forbidden();
  }
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  // "Copy" on an event opens this form filled with that event (one the user
  // can see): a series of similar meetings is logged without retyping. The
  // copy gets today's date and no sources (its own report is another
  // document); nothing is saved until the user saves.
  const params = await searchParams;
  const copyParam = params.copy;
  const original = typeof copyParam === "string" ? await findEventForScope(scopeOf(user), parseId(copyParam)) : null;
  const initial = formValuesOf(
    original
      ? {
          ...bodyOfStored(original),
          // A cancelled meeting copied is one to hold: planned (staff may not set "cancelled").
          ...(original.status === "cancelled" ? { status: "planned" as const } : {}),
          date: dayIn(),
          datePrecision: "day",
          sources: [],
        }
      : emptyBody({
          campaign: options.campaigns[0]?.slug ?? "",
          region: options.regions.length === 1 ? (options.regions[0]?.iso ?? "") : "",
          date: dayIn(),
        }),
  );
  return (
    <ClientMessages group={params.from === "article" ? "intake" : "eventForm"}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("form.newTitle")}</h1>
        {original && (
          <p className="rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm" data-testid="copy-notice">
            {t("form.copiedFrom", { title: original.title })}
          </p>
        )}
        {params.from === "article" ? (
          <DraftedEventForm initial={initial} options={options} />
        ) : (
          <EventForm initial={initial} options={options} />
        )}
      </div>
    </ClientMessages>
  );
}
