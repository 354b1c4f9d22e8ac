import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { dismissPairAction, mergePairAction } from "@/lib/actions/duplicates";
import { requireUser, scopeOf } from "@/lib/authz";
import { likelyDuplicatePairs, type PairEvent } from "@/lib/data/duplicates";
import { localName, type Locale } from "@/lib/i18n/config";
import { reasonValues, type Reason } from "@/lib/intake/reasons";
import { can } from "@/lib/permissions";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duplicates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function DuplicatesPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can.reviewDuplicates(user)) {
    forbidden();
  }
  const params = await searchParams;
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const pairs = await likelyDuplicatePairs(scopeOf(user));
  const confirm = /^(\d+)-(\d+)$/.exec(one(params.confirm) ?? "");
  // A message key the merge or dismiss answered with; anything else in the address is ignored.
  const error = /^(errors|duplicates|validation)\.[A-Za-z]+$/.exec(one(params.error) ?? "")?.[0];
  const reasonText = (r: Reason) => t(`intake.reason.${r.key}`, reasonValues(r));
  const eventCard = (e: PairEvent) => (
    <div className="min-w-0 space-y-1 rounded-md border border-slate-200 p-3 text-sm">
      <Link href={`/events/${e.id}`} className="font-medium text-brand-700 underline">
        #{e.id} {e.title}
      </Link>
      <p>
        {format.dateTime(e.date, { dateStyle: "long", timeZone: "UTC" })} · {localName(e.region, locale)}
        {e.district ? `, ${localName(e.district, locale)}` : ""}
      </p>
      <p className="text-slate-700">{e.speakers.join(", ") || "—"}</p>
      <p className="text-slate-600">{t("duplicates.sources", { count: e.sources })}</p>
    </div>
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("duplicates.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("duplicates.intro")}</p>
      <div aria-live="polite">
        {one(params.merged) && (
          <p className="rounded-md border border-green-600 bg-green-50 px-3 py-2 text-sm" data-testid="merged">
            {t("duplicates.merged", { id: one(params.merged) ?? "" })}
          </p>
        )}
        {one(params.dismissed) && (
          <p className="rounded-md border border-green-600 bg-green-50 px-3 py-2 text-sm">
            {t("duplicates.dismissed")}
          </p>
        )}
        {error && (
          <p className="rounded-md border border-red-600 bg-red-50 px-3 py-2 text-sm" role="alert">
            {t.has(error) ? t(error) : t("errors.errorBody")}
          </p>
        )}
      </div>
      {confirm && (
        <form
          action={mergePairAction}
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4"
          data-testid="confirm-merge"
        >
          <h2 className="font-semibold">
            {t("duplicates.confirmTitle", { keep: confirm[1] ?? "", drop: confirm[2] ?? "" })}
          </h2>
          <p className="text-sm">{t("duplicates.confirmBody", { keep: confirm[1] ?? "", drop: confirm[2] ?? "" })}</p>
          <input type="hidden" name="keep" value={confirm[1]} />
          <input type="hidden" name="drop" value={confirm[2]} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={`${buttonClass("primary")} min-h-11`}>
              {t("duplicates.confirm")}
            </button>
            <Link href="/events/duplicates" className={`${buttonClass("secondary")} min-h-11`}>
              {t("duplicates.cancel")}
            </Link>
          </div>
        </form>
      )}
      {pairs.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="no-duplicates">
          {t("duplicates.empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {pairs.map((p) => (
            <li
              key={`${p.first.id}-${p.second.id}`}
              className="space-y-2 rounded-md border border-slate-200 bg-white p-3"
              data-testid="duplicate-pair"
            >
              <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
                {eventCard(p.first)}
                {eventCard(p.second)}
              </div>
              <p className="text-sm">{t("duplicates.looksAlike", { reasons: p.reasons.map(reasonText).join(", ") })}</p>
              <div className="flex flex-wrap gap-2">
                {[
                  [p.first.id, p.second.id],
                  [p.second.id, p.first.id],
                ].map(([keep, drop]) => (
                  <Link
                    key={keep}
                    href={`/events/duplicates?confirm=${keep}-${drop}`}
                    className={`${buttonClass("secondary")} min-h-11`}
                  >
                    {t("duplicates.keep", { keep: keep ?? 0, drop: drop ?? 0 })}
                  </Link>
                ))}
                <form action={dismissPairAction}>
                  <input type="hidden" name="first" value={p.first.id} />
                  <input type="hidden" name="second" value={p.second.id} />
                  <button type="submit" className={`${buttonClass("ghost")} min-h-11`}>
                    {t("duplicates.notSame")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
