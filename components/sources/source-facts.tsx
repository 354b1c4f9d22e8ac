// A source's outlet, publication date and language (and link, when asked), as
// the event page and the source's own page show them.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

type Props = {
  source: { outlet: string | null; publishedAt: Date | null; language: string; url?: string | null };
  className?: string;
};

export async function SourceFacts({ source, className = "text-slate-600" }: Props) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const fact = (label: string, value: ReactNode) => (
    <div className="max-w-full truncate">
      <dt className="inline">{label}: </dt>
      <dd className="inline">{value}</dd>
    </div>
  );
  return (
    <dl className={`mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm ${className}`}>
      {fact(t("event.outlet"), source.outlet ?? t("event.unknown"))}
      {fact(
        t("event.published"),
        source.publishedAt
          ? format.dateTime(source.publishedAt, { dateStyle: "medium", timeZone: "UTC" })
          : t("event.unknown"),
      )}
      {fact(t("event.sourceLanguage"), t(`enum.language.${source.language}`))}
      {source.url &&
        fact(
          t("form.source_url"),
          <a href={source.url} rel="noreferrer noopener" target="_blank" className="text-brand-700 hover:underline">
            {source.url}
          </a>,
        )}
    </dl>
  );
}
