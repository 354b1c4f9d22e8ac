import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventTable } from "@/components/events/event-table";
import { buttonClass } from "@/components/ui/button";
import { requireUser, scopeOf } from "@/lib/authz";
import { listEventsForScope } from "@/lib/data/events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const user = await requireUser();
  const { cursor } = await searchParams;
  const [t, page] = await Promise.all([getTranslations("events"), listEventsForScope(scopeOf(user), { cursor })]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600" data-testid="events-count">
          {t("count", { count: page.total })} · {t("newest")}
        </p>
      </div>
      {/* Search, filters and export (the event register) extend this page. */}
      {page.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">{t("empty")}</p>
          <p className="text-sm text-slate-600">{t("emptyHint")}</p>
        </div>
      ) : (
        <EventTable events={page.items} />
      )}
      <nav className="flex gap-2" aria-label={t("title")}>
        {cursor && (
          <Link href="/events" className={buttonClass("secondary")}>
            {t("first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`/events?cursor=${page.nextCursor}`} className={buttonClass("secondary")}>
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
