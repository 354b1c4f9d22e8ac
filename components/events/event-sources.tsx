import { getFormatter, getTranslations } from "next-intl/server";
import type { EventDetail } from "@/lib/data/events";

export async function EventSources({ sources }: { sources: EventDetail["sources"] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
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
          <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
            <div>
              <dt className="inline">{t("event.outlet")}: </dt>
              <dd className="inline">{source.outlet ?? t("event.unknown")}</dd>
            </div>
            <div>
              <dt className="inline">{t("event.published")}: </dt>
              <dd className="inline">
                {source.publishedAt
                  ? format.dateTime(source.publishedAt, { dateStyle: "medium", timeZone: "UTC" })
                  : t("event.unknown")}
              </dd>
            </div>
            <div>
              <dt className="inline">{t("event.sourceLanguage")}: </dt>
              <dd className="inline">{t(`enum.language.${source.language}`)}</dd>
            </div>
          </dl>
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
