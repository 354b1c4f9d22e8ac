import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SourceFacts } from "@/components/sources/source-facts";
import type { EventDetail } from "@/lib/data/events";

export async function EventSources({ sources }: { sources: EventDetail["sources"] }) {
  const t = await getTranslations();
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="space-y-3">
      <h2 id="sources-heading" className="text-lg font-semibold">
        {t("event.sources")}
      </h2>
      {sources.map(({ source }) => (
        <article key={source.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="event-source">
          <h3 className="font-medium" lang={source.language}>
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 hover:underline">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </h3>
          <SourceFacts source={source} />
          <Link href={`/sources/${source.id}`} className="mt-1 inline-block text-sm text-brand-700 hover:underline">
            {t("event.sourcePage")}
          </Link>
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("event.showText")}</summary>
            <div lang={source.language} className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-800">
              {source.text}
            </div>
          </details>
        </article>
      ))}
    </section>
  );
}
