// One source document: its details and text, every event citing it (within
// the viewer's regions), its history, and, for whoever may edit every citing
// event, the form that edits it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EventHistory } from "@/components/events/event-history";
import { formatEventDate } from "@/components/events/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { SourceFacts } from "@/components/sources/source-facts";
import { requireUser, scopeOf } from "@/lib/authz";
import { listAuditFor } from "@/lib/data/audit";
import { findSourceForScope } from "@/lib/data/sources";
import { parseId } from "@/lib/domain/ids";
import { localName, type Locale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"]) {
  const user = await requireUser();
  const source = await findSourceForScope(scopeOf(user), parseId((await params).id));
  if (!source) notFound();
  return { user, source };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { source } = await load(params);
  return { title: source.title ?? `#${source.id}` };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function SourcePage({ params, searchParams }: Props) {
  const { user, source } = await load(params);
  const [t, format, locale, history, { saved }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<Locale>,
    listAuditFor("Source", source.id),
    searchParams,
  ]);
  const hidden = source.citingCount - source.events.length;
  return (
    <ClientMessages group="sourceEdit">
      <article className="space-y-6">
        {saved && (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
            {t("source.saved")}
          </p>
        )}
        <div>
          <p className="text-sm text-slate-600">{t("source.heading")}</p>
          <h1 className="text-2xl font-bold" lang={source.language}>
            {source.title ?? `#${source.id}`}
          </h1>
          <SourceFacts source={source} className="text-slate-700" />
        </div>
        <section aria-labelledby="citing-heading" className="space-y-2">
          <h2 id="citing-heading" className="text-lg font-semibold">
            {t("source.citedBy", { count: source.citingCount })}
          </h2>
          {source.events.length > 0 && (
            <ul className="space-y-1 text-sm" data-testid="source-events">
              {source.events.map((e) => (
                <li key={e.id}>
                  <Link href={`/events/${e.id}`} className="font-medium text-brand-700 hover:underline">
                    {e.title}
                  </Link>{" "}
                  <span className="text-slate-600">
                    — {formatEventDate(format, t, e.date, e.datePrecision)}, {localName(e.region, locale)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {hidden > 0 && <p className="text-sm text-slate-600">{t("source.outsideScope", { count: hidden })}</p>}
        </section>
        {source.text && (
          <section aria-labelledby="text-heading" className="space-y-2">
            <h2 id="text-heading" className="text-lg font-semibold">
              {t("source.text")}
            </h2>
            <div
              lang={source.language}
              className="whitespace-pre-line rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed"
              data-testid="source-text"
            >
              {source.text}
            </div>
          </section>
        )}
        {can.editSource(user, source.citing) && (
          <section aria-labelledby="edit-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="edit-heading" className="text-lg font-semibold">
              {t("source.edit")}
            </h2>
            <SourceEditForm
              id={source.id}
              version={source.version}
              citing={source.citingCount}
              userEmail={user.email}
              initial={{
                title: source.title ?? "",
                outlet: source.outlet ?? "",
                url: source.url ?? "",
                publishedAt: day(source.publishedAt),
                language: source.language,
                text: source.text,
              }}
            />
          </section>
        )}
        {history.length > 0 && <EventHistory entries={history} createKey="history.createSource" />}
      </article>
    </ClientMessages>
  );
}
