"use client";
// The import page's small pieces: sections, counts, the progress line.
import { useTranslations } from "next-intl";
import { useFormatNumber } from "@/components/ui/use-format-number";
import type { ImportReport } from "@/lib/import/report";
import type { Progress } from "./follow-progress";
import type { ReactNode } from "react";

export const KINDS = ["create", "update", "unchanged", "conflict", "error"] as const;
export const countOf = (r: ImportReport, k: (typeof KINDS)[number]) =>
  ({ create: r.creates, update: r.updates, unchanged: r.unchanged, conflict: r.conflicts, error: r.errorRows })[k];
export const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm min-h-11";

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Where long work has got: rows read, checked or written, as a bar and in words. */
export function ProgressLine({ progress }: { progress?: Progress }) {
  const t = useTranslations("import");
  const num = useFormatNumber();
  if (!progress) {
    return (
      <>
        <progress className="mr-2 align-middle" aria-label={t("checking")} /> {t("checking")}
      </>
    );
  }
  const key = progress.phase === "check" ? "progressCheck" : "writing";
  const text = t(key, { done: num(progress.done), total: num(progress.total) });
  return (
    <>
      <progress className="mr-2 align-middle" max={progress.total || 1} value={progress.done} aria-label={text} />{" "}
      {text}
    </>
  );
}

export function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-2" data-testid={testId}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}
