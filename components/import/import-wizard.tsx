"use client";
// The spreadsheet import, step by step: choose a file → see how its columns
// map and what each row would do → fix the mapping or leave bad rows out →
// import, with progress and a Cancel (see README on SQLite). It talks to the
// same JSON API as every other client (/api/imports, README "Import").
import { useTranslations } from "next-intl";
import { useRef, useState, type SyntheticEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { useFormatNumber } from "@/components/ui/use-format-number";
import type { ImportField } from "@/lib/import/fields";
import type { ImportReport } from "@/lib/import/report";
import { follow, type Progress } from "./follow-progress";
import { ImportFinished, type Done } from "./import-finished";
import { ProgressLine } from "./import-ui";
import { ColumnMapping, FileFacts, ImportSummary, PreviewTable, ProblemList } from "./report-sections";
import { UploadForm } from "./upload-form";

type Failure = {
  message?: string;
  error?: string;
  values?: Record<string, string | number>;
  errors?: ImportReport["errors"];
};
type State =
  | { step: "choose" }
  | { step: "checking"; progress?: Progress }
  | { step: "review"; report: ImportReport }
  | { step: "writing"; report: ImportReport; progress: Progress }
  | { step: "done"; result: Done }
  | { step: "discarded" };

export function ImportWizard({ mappings }: { mappings: string[] }) {
  const t = useTranslations("import");
  // Refusals name their message by key (lib/errors.ts), computed at run time.
  const tr = useTranslations() as unknown as ((key: string, values?: Record<string, string | number>) => string) & {
    has: (key: string) => boolean;
  };
  const num = useFormatNumber();
  const [state, setState] = useState<State>({ step: "choose" });
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ImportReport["errors"]>([]);
  const [skipBad, setSkipBad] = useState(false);
  const [mapping, setMapping] = useState<Array<ImportField | null>>([]);
  const [mappingName, setMappingName] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const refusal = (body: Failure) => {
    const key = body.error && tr.has(body.error) ? body.error : null;
    setError(body.message ?? (key ? tr(key, body.values) : t("errors.failed")));
    setRowErrors(body.errors ?? []);
  };
  const failed = async (res: Response) => refusal((await res.json().catch(() => ({}))) as Failure);
  const show = (report: ImportReport) => {
    setMapping(report.columns.map((c) => c.field));
    setState({ step: "review", report });
  };

  async function upload(e: SyntheticEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("errors.noFile"));
      return;
    }
    if (file.size > 20 * 1024 * 1024) {
      setError(t("errors.tooLarge", { mb: 20 }));
      return;
    }
    abort.current = new AbortController();
    setState({ step: "checking" });
    try {
      const res = await fetch("/api/imports", {
        method: "POST",
        body: data,
        headers: { Accept: "application/x-ndjson" },
        signal: abort.current.signal,
      });
      // Refusals before the file is read (too large, not signed in) are plain JSON.
      if (!res.ok) {
        setState({ step: "choose" });
        await failed(res);
        return;
      }
      const end = await follow(res, (progress) => setState({ step: "checking", progress }));
      if (end?.status === 201) {
        show(end.result as ImportReport);
        return;
      }
      setState({ step: "choose" });
      refusal(end?.result ?? {});
    } catch {
      setState({ step: "choose" });
    }
  }

  async function revise(report: ImportReport, options: Record<string, unknown>) {
    setError(null);
    setNotice(null);
    const res = await fetch(`/api/imports/${report.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        delimiter: report.file.delimiter ?? undefined,
        sheet: report.file.sheet ?? undefined,
        mapping,
        ...options,
      }),
    });
    if (!res.ok) return failed(res);
    show((await res.json()) as ImportReport);
    if (options.saveMappingAs) setNotice(t("mappingSaved"));
  }

  async function commit(report: ImportReport) {
    if (!window.confirm(t("confirm", { creates: num(report.creates), updates: num(report.updates) }))) return;
    setError(null);
    abort.current = new AbortController();
    setState({ step: "writing", report, progress: { phase: "check", done: 0, total: report.rows } });
    try {
      const res = await fetch(`/api/imports/${report.id}/commit`, {
        method: "POST",
        headers: { Accept: "application/x-ndjson", "Content-Type": "application/json" },
        body: JSON.stringify({ skipBad }),
        signal: abort.current.signal,
      });
      if (!res.ok) {
        show(report);
        await failed(res);
        return;
      }
      const end = await follow(res, (progress) => setState({ step: "writing", report, progress }));
      if (end?.status === 200) {
        setState({ step: "done", result: end.result as Done });
        return;
      }
      const result = (end?.result ?? {}) as Failure & Partial<ImportReport>;
      // A refusal after a fresh check carries the new report (a row may have
      // become a conflict): its problems are listed in the table.
      const fresh = "columns" in result ? (result as ImportReport) : null;
      show(fresh ?? report);
      refusal(fresh ? { ...result, errors: [] } : result);
    } catch {
      show(report);
      setError(t("errors.cancelled"));
    }
  }

  async function discard(report: ImportReport) {
    await fetch(`/api/imports/${report.id}`, { method: "DELETE" });
    setState({ step: "discarded" });
  }

  // Cancel stops a check in flight. A running commit is asked to stop on the
  // server (DELETE); its own answer then says what happened, stopped or done,
  // so the page never claims a cancel that came too late.
  const cancel = async () => {
    if (state.step === "writing") await fetch(`/api/imports/${state.report.id}`, { method: "DELETE" });
    else abort.current?.abort();
  };
  const cancelButton = (
    <button type="button" className={`${buttonClass("secondary")} min-h-11`} onClick={() => void cancel()}>
      {t("cancel")}
    </button>
  );

  const alert = error && (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
      data-testid="import-error"
    >
      <p>{error}</p>
      {rowErrors.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {rowErrors.slice(0, 20).map((e, i) => (
            <li key={i}>
              {t("row")} {e.row}
              {e.column ? `, ${e.column}` : ""}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  if (state.step === "choose" || state.step === "checking") {
    return (
      <div className="space-y-4">
        {alert}
        <UploadForm
          mappings={mappings}
          checking={state.step === "checking"}
          progress={state.step === "checking" ? state.progress : undefined}
          onSubmit={(e) => void upload(e)}
          cancel={cancelButton}
        />
      </div>
    );
  }

  if (state.step === "done" || state.step === "discarded") {
    return (
      <ImportFinished
        result={state.step === "done" ? state.result : null}
        onAnother={() => setState({ step: "choose" })}
      />
    );
  }

  const { report } = state;
  const bad = report.errorRows > 0 || report.conflicts > 0;
  const toWrite = report.creates + report.updates;
  const writing = state.step === "writing";
  return (
    <div className="space-y-5">
      {alert}
      {notice && (
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      )}
      <ImportSummary report={report} />
      <FileFacts report={report} writing={writing} revise={(o) => void revise(report, o)} />
      <ColumnMapping
        report={report}
        writing={writing}
        mapping={mapping}
        setMapping={setMapping}
        mappingName={mappingName}
        setMappingName={setMappingName}
        revise={(o) => void revise(report, o)}
      />
      <ProblemList report={report} />
      <PreviewTable report={report} />
      <section className="space-y-2 border-t border-slate-200 pt-3">
        {bad && (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={skipBad}
              onChange={(e) => setSkipBad(e.target.checked)}
              disabled={writing}
            />
            {t("skipBad")}
          </label>
        )}
        {toWrite === 0 && <p className="text-sm">{t("nothingToWrite")}</p>}
        {writing && (
          <p role="status" className="text-sm" data-testid="import-writing">
            <ProgressLine progress={state.progress} />
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {writing ? (
            cancelButton
          ) : (
            <>
              <button
                type="button"
                className={`${buttonClass("primary")} min-h-11`}
                disabled={toWrite === 0 || (bad && !skipBad)}
                onClick={() => void commit(report)}
                data-testid="import-commit"
              >
                {t("commit")} ({num(toWrite)})
              </button>
              <button type="button" className={`${buttonClass("ghost")} min-h-11`} onClick={() => void discard(report)}>
                {t("discard")}
              </button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
