import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/form/event-form";
import { NoticePage } from "@/components/ui/notice-page";
import { requireUser } from "@/lib/authz";
import { eventFormOptions } from "@/lib/data/form-options";
import { dayIn } from "@/lib/domain/clock";
import type { Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import { emptyBody, formValuesOf } from "@/lib/schemas/event-fields";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("form"))("newTitle") };
}

export default async function NewEventPage() {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can.createAnyEvent(user)) {
    return (
      <NoticePage
        title={t("errors.forbiddenTitle")}
        body={t("errors.forbiddenBody")}
        backHref="/events"
        backLabel={t("errors.toEvents")}
      />
    );
  }
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  const initial = formValuesOf(
    emptyBody({
      campaign: options.campaigns[0]?.slug ?? "",
      region: options.regions.length === 1 ? (options.regions[0]?.iso ?? "") : "",
      date: dayIn(),
    }),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("form.newTitle")}</h1>
      <EventForm initial={initial} options={options} />
    </div>
  );
}
