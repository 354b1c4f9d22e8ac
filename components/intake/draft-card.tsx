"use client";
// One event draft: each proposed field (a button that shows its evidence in
// the article), what to check, the stored events it looks like, and what to do
// with it — save, open in the form, or attach the article to an existing event.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { formatEventDate } from "@/components/events/format";
import { buttonClass } from "@/components/ui/button";
import type { DraftOut } from "@/lib/commands/intake";
import { reasonValues, type Reason } from "@/lib/intake/reasons";
import { draftStatus } from "@/lib/intake/to-body";
import type { DraftField } from "@/lib/intake/types";
import type { IntakeLists } from "./intake-lists";

type Props = {
  draft: DraftOut;
  n: number;
  lists: IntakeLists;
  sameAs: Array<{ id: string; draft: number }>;
  selected: DraftField | null;
  onSelect: (f: DraftField) => void;
  onSave: () => Promise<{ id: number } | { error: string }>;
  onOpen: () => void;
  onAttach: (eventId: number) => Promise<{ id: number } | { error: string }>;
};

export function DraftCard({ draft, n, lists, sameAs, selected, onSelect, onSave, onOpen, onAttach }: Props) {
  const t = useTranslations("intake");
  const te = useTranslations("enum");
  const format = useFormatter();
  const td = useTranslations("date");
  // As the event will read: a month alone, or "on or before" the publication
  // (formatEventDate names its messages from the root: «date.month»).
  const formatDate = (iso: string) =>
    formatEventDate(
      format,
      (key, values) => td(key.replace(/^date\./, ""), values),
      new Date(`${iso}T00:00:00Z`),
      draft.datePrecision,
    );
  const [state, setState] = useState<{ busy: boolean; saved?: number; attached?: number; error?: string }>({
    busy: false,
  });
  const region = lists.regions.find((r) => r.iso === draft.region);
  const district = region?.districts.find((d) => d.id === draft.district?.id);
  const none = t("none");
  const rows: Array<[DraftField, string]> = [
    ["title", draft.title],
    // (Planned or held by its date, as it will be saved; cancelled when the report says it was called off.)
    ["status", te(`status.${draftStatus(draft, lists.today)}`)],
    ["date", draft.date ? `${formatDate(draft.date)} — ${t(`dateSource.${draft.dateSource}`)}` : none],
    ["region", region?.name ?? none],
    ["district", district?.name ?? draft.district?.name ?? none],
    ["format", te(`format.${draft.format}`)],
    ["audiences", draft.audiences.map((a) => te(`audience.${a}`)).join(", ") || none],
    [
      "audienceSize",
      draft.audienceSize === null
        ? none
        : draft.audienceEstimate
          ? t("estimate", { size: draft.audienceSize })
          : String(draft.audienceSize),
    ],
    ["campaign", lists.campaigns.find((c) => c.slug === draft.campaign)?.name ?? none],
    [
      "speakers",
      draft.speakers
        .map((s) => `${s.name}${s.role ? ` (${s.role})` : ""} — ${s.personId ? t("known") : t("new")}`)
        .join("; ") || none,
    ],
    [
      "organizations",
      draft.organizations
        .map((o) => `${o.name} — ${t(o.role)}, ${o.organizationId ? t("known") : t("new")}`)
        .join("; ") || none,
    ],
  ];
  const reasonText = (r: Reason) => t(`reason.${r.key}`, reasonValues(r));
  const run = async (work: () => Promise<{ id: number } | { error: string }>, done: "saved" | "attached") => {
    setState({ busy: true });
    const r = await work();
    setState("error" in r ? { busy: false, error: r.error } : { busy: false, [done]: r.id });
  };
  const complete = draft.region !== null && draft.date !== null;
  return (
    <article className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="draft">
      <h3 className="font-semibold">{t("draft", { n })}</h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([field, value]) => (
          <div key={field} className="contents">
            <dt>
              <button
                type="button"
                onClick={() => onSelect(field)}
                aria-pressed={selected === field}
                aria-label={t("showEvidence", { field: t(`fields.${field}`) })}
                className="min-h-11 text-left font-medium text-brand-700 underline decoration-dotted aria-pressed:bg-amber-100 sm:min-h-0"
                data-testid={`field-${field}`}
              >
                {t(`fields.${field}`)}
              </button>
              {draft.uncertain.includes(field) && (
                <span
                  className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900"
                  data-testid={`uncertain-${field}`}
                >
                  {t("check")}
                </span>
              )}
            </dt>
            <dd className="break-words" data-testid={`value-${field}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {draft.looksLike.map((l) => (
        <div
          key={l.eventId}
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm"
          data-testid="looks-like"
        >
          <p>{t("looksLike", { id: l.eventId, title: l.title, reasons: l.reasons.map(reasonText).join(", ") })}</p>
          {!state.attached && (
            <button
              type="button"
              className={`${buttonClass("secondary")} mt-2 min-h-11`}
              disabled={state.busy}
              onClick={() => void run(() => onAttach(l.eventId), "attached")}
            >
              {t("attach", { id: l.eventId })}
            </button>
          )}
        </div>
      ))}
      {sameAs.map((s) => (
        <p
          key={`${s.id}-${s.draft}`}
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm"
          data-testid="looks-like-draft"
        >
          {t("looksLikeDraft", { id: s.id, n: s.draft + 1 })}
        </p>
      ))}
      {!draft.canSave && draft.region !== null && <p className="text-sm text-red-700">{t("outsideRegions")}</p>}
      {!complete && <p className="text-sm text-slate-700">{t("incomplete")}</p>}
      <div className="flex flex-wrap gap-2" aria-live="polite">
        {state.saved || state.attached ? (
          <p className="text-sm text-green-800" data-testid="draft-done">
            {state.saved ? t("saved", { id: state.saved }) : t("attached", { id: state.attached ?? 0 })}{" "}
            <Link className="underline" href={`/events/${state.saved ?? state.attached}`}>
              {t("viewEvent", { id: state.saved ?? state.attached ?? 0 })}
            </Link>
          </p>
        ) : (
          <>
            <button
              type="button"
              className={`${buttonClass("primary")} min-h-11`}
              disabled={state.busy || !draft.canSave || !complete}
              onClick={() => void run(onSave, "saved")}
            >
              {state.busy ? t("saving") : t("save")}
            </button>
            <button type="button" className={`${buttonClass("secondary")} min-h-11`} onClick={onOpen}>
              {t("openInForm")}
            </button>
          </>
        )}
        {state.error && <p className="w-full text-sm text-red-700">{state.error}</p>}
      </div>
    </article>
  );
}
