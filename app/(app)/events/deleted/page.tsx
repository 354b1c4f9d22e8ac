import { forbidden } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { restoreEvent } from "@/lib/actions/events";
import { requireUser, scopeOf } from "@/lib/authz";
import { listDeletedEventsForScope } from "@/lib/data/events";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deleted"))("title") };
}

export default async function DeletedEventsPage() {
  const user = await requireUser();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale() as Promise<Locale>]);
  if (!can.restoreEvent(user)) {
    forbidden();
  }
  const events = await listDeletedEventsForScope(scopeOf(user));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("deleted.title")}</h1>
      <p className="text-sm text-slate-600">{t("deleted.intro")}</p>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          {t("deleted.empty")}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
          data-testid="deleted-events"
        >
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <div className="font-medium">{e.title}</div>
                <div className="text-sm text-slate-600">
                  {localName(e.region, locale)} ·{" "}
                  {t("deleted.when", {
                    date: e.deletedAt ? format.dateTime(e.deletedAt, { dateStyle: "medium", timeStyle: "short" }) : "",
                    actor: e.updatedBy?.email ?? "—",
                  })}
                </div>
              </div>
              <form action={restoreEvent}>
                <input type="hidden" name="id" value={e.id} />
                <Button type="submit" variant="secondary" aria-label={t("deleted.restoreNamed", { title: e.title })}>
                  {t("deleted.restore")}
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
