"use client";
// The spreadsheet import, step by step: choose a file → see how its columns
// map and what each row would do → fix the mapping or leave bad rows out →
// import, with progress and a cancel that writes nothing. It talks to the
// same JSON API as any other client (/api/imports, README "Import").
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode, type SyntheticEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { useFormatNumber } from "@/components/ui/use-format-number";
import { IMPORT_FIELDS, type ImportField } from "@/lib/import/fields";
import type { ImportReport } from "@/lib/import/report";

type Done = { creates: number; updates: number; unchanged: number };
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

type Progress = { phase: "read" | "check" | "write"; done: number; total: number };
type Line = { phase: string; done?: number; total?: number; status?: number; result?: unknown };

/**
 * Reads an NDJSON answer (`Accept: application/x-ndjson`): each progress line
 * to `onProgress`, and the final line's status and result (null if the
 * stream ended without one).
 */
async function follow(res: Response, onProgress: (p: Progress) => void) {
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return null;
    buffer += chunk.value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const text of lines.filter(Boolean)) {
      const l = JSON.parse(text) as Line;
      if (l.phase === "done") return { status: l.status ?? 500, result: l.result };
      onProgress({ phase: l.phase as Progress["phase"], done: l.done ?? 0, total: l.total ?? 0 });
    }
  }
}

const KINDS = ["create", "update", "unchanged", "conflict", "error"] as const;
const countOf = (r: ImportReport, k: (typeof KINDS)[number]) =>
  ({ create: r.creates, update: r.updates, unchanged: r.unchanged, conflict: r.conflicts, error: r.errorRows })[k];
const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm min-h-11";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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
function ProgressLine({ progress }: { progress?: Progress }) {
  const t = useTranslations("import");
  const num = useFormatNumber();
  if (!progress) {
    return (
      <>
        <progress className="mr-2 align-middle" aria-label={t("checking")} /> {t("checking")}
      </>
    );
  }
  const key = progress.phase === "read" ? "progressRead" : progress.phase === "check" ? "progressCheck" : "writing";
  const text = t(key, { done: num(progress.done), total: num(progress.total) });
  return (
    <>
      <progress className="mr-2 align-middle" max={progress.total || 1} value={progress.done} aria-label={text} />{" "}
      {text}
    </>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-2" data-testid={testId}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}

export function ImportWizard({ mappings }: { mappings: string[] }) {
  const t = useTranslations("import");
  const tc = useTranslations("export.columns");
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
        <form
          onSubmit={(e) => void upload(e)}
          className="max-w-xl space-y-3 rounded-md border border-slate-200 bg-white p-4"
        >
          <div>
            <label htmlFor="import-file" className="block text-sm font-medium">
              {t("fileLabel")}
            </label>
            <input
              id="import-file"
              name="file"
              type="file"
              required
              accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="mt-1 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3"
              aria-describedby="import-file-hint"
            />
            <p id="import-file-hint" className="mt-1 text-xs text-slate-600">
              {t("fileHint")}
            </p>
          </div>
          {mappings.length > 0 && (
            <div>
              <label htmlFor="import-mapping" className="block text-sm font-medium">
                {t("savedMapping")}
              </label>
              <select id="import-mapping" name="mappingName" className={selectClass} defaultValue="">
                <option value="">{t("autoMapping")}</option>
                {mappings.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" className={`${buttonClass("primary")} min-h-11`} disabled={state.step === "checking"}>
              {t("upload")}
            </button>
            {state.step === "checking" && (
              <>
                <span role="status" className="text-sm text-slate-700" data-testid="import-checking">
                  <ProgressLine progress={state.progress} />
                </span>
                {cancelButton}
              </>
            )}
          </div>
        </form>
        <p className="text-sm">
          <a href="/api/imports/template" className="text-brand-700 underline" download>
            {t("downloadTemplate")}
          </a>
          <span className="block text-xs text-slate-600">{t("templateHint")}</span>
        </p>
      </div>
    );
  }

  if (state.step === "done" || state.step === "discarded") {
    return (
      <div className="space-y-3">
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          data-testid="import-done"
        >
          {state.step === "done"
            ? t("done", {
                creates: num(state.result.creates),
                updates: num(state.result.updates),
                unchanged: num(state.result.unchanged),
              })
            : t("discarded")}
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href="/events" className={`${buttonClass("primary")} min-h-11`}>
            {t("openList")}
          </Link>
          <button
            type="button"
            className={`${buttonClass("secondary")} min-h-11`}
            onClick={() => setState({ step: "choose" })}
          >
            {t("another")}
          </button>
        </div>
      </div>
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
      <Section id="import-summary" title={t("summaryTitle")}>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="import-counts">
          <Stat label={t("rows")} value={num(report.rows)} />
          {KINDS.map((k) => (
            <Stat key={k} label={t(`kinds.${k}`)} value={num(countOf(report, k))} testId={`import-count-${k}`} />
          ))}
        </dl>
      </Section>

      <Section id="import-file-facts" title={t("fileFacts")}>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <span>
            {report.file.kind.toUpperCase()}
            {report.file.encoding ? ` · ${t("encoding")}: ${report.file.encoding}` : ""} ·{" "}
            {t("headerRow", { row: report.file.headerRow })}
          </span>
          {report.file.delimiter !== null && (
            <label className="flex items-center gap-2">
              {t("delimiter")}
              <select
                className={selectClass}
                value={report.file.delimiter}
                disabled={writing}
                onChange={(e) => void revise(report, { delimiter: e.target.value, mapping: undefined })}
                data-testid="import-delimiter"
              >
                <option value=",">{t("delimiterComma")}</option>
                <option value=";">{t("delimiterSemicolon")}</option>
                <option value={"\t"}>{t("delimiterTab")}</option>
              </select>
            </label>
          )}
          {report.file.sheets && report.file.sheets.length > 1 && (
            <label className="flex items-center gap-2">
              {t("sheet")}
              <select
                className={selectClass}
                value={report.file.sheet ?? ""}
                disabled={writing}
                onChange={(e) => void revise(report, { sheet: e.target.value, mapping: undefined })}
              >
                {report.file.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </Section>

      <Section id="import-columns" title={t("columns")}>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="import-columns">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="text-left">
                <th className="p-1">{t("columnInFile")}</th>
                <th className="p-1">{t("field")}</th>
              </tr>
            </thead>
            <tbody>
              {report.columns.map((c, i) => (
                <tr key={i} className="border-t border-slate-200">
                  <td className="p-1">{c.header || `#${i + 1}`}</td>
                  <td className="p-1">
                    <select
                      aria-label={c.header || `#${i + 1}`}
                      className={selectClass}
                      value={mapping[i] ?? ""}
                      disabled={writing}
                      data-testid={`import-map-${i}`}
                      onChange={(e) =>
                        setMapping(
                          mapping.map((m, j) => (j === i ? ((e.target.value || null) as ImportField | null) : m)),
                        )
                      }
                    >
                      <option value="">{t("ignore")}</option>
                      {IMPORT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {tc(f)}
                        </option>
                      ))}
                    </select>
                    {c.duplicate && <span className="ml-2 text-xs text-amber-800">{t("duplicate")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <button
            type="button"
            className={`${buttonClass("secondary")} min-h-11`}
            disabled={writing}
            onClick={() => void revise(report, {})}
          >
            {t("apply")}
          </button>
          <label className="flex items-center gap-2 text-sm">
            {t("saveMappingAs")}
            <input
              value={mappingName}
              onChange={(e) => setMappingName(e.target.value)}
              maxLength={100}
              className={selectClass}
            />
          </label>
          <button
            type="button"
            className={`${buttonClass("secondary")} min-h-11`}
            disabled={writing || mappingName.trim() === ""}
            onClick={() => void revise(report, { saveMappingAs: mappingName })}
          >
            {t("saveMapping")}
          </button>
        </div>
      </Section>

      {report.errors.length > 0 && (
        <Section id="import-problems" title={t("problemsTitle")}>
          <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-labelledby="import-problems">
            <table className="min-w-full text-sm" data-testid="import-problems">
              <thead>
                <tr className="text-left">
                  <th className="p-1">{t("row")}</th>
                  <th className="p-1">{t("column")}</th>
                  <th className="p-1">{t("problem")}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i} className="border-t border-slate-200 align-top">
                    <td className="p-1">{e.row}</td>
                    <td className="p-1">{e.column}</td>
                    <td className="p-1">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.moreErrors > 0 && <p className="text-sm">{t("moreProblems", { count: num(report.moreErrors) })}</p>}
          <a href={`/api/imports/${report.id}/errors`} className="text-sm text-brand-700 underline" download>
            {t("downloadErrors")}
          </a>
        </Section>
      )}

      <Section id="import-preview" title={t("previewTitle")}>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="import-preview">
          <table className="min-w-full text-sm" data-testid="import-preview">
            <thead>
              <tr className="text-left">
                <th className="p-1">{t("row")}</th>
                <th className="p-1"> </th>
                <th className="p-1">{tc("date")}</th>
                <th className="p-1">{tc("title")}</th>
                <th className="p-1">{tc("region")}</th>
                <th className="p-1">{tc("district")}</th>
                <th className="p-1">{tc("audienceSize")}</th>
                <th className="p-1">{t("changed")}</th>
              </tr>
            </thead>
            <tbody>
              {report.preview.map((r) => (
                <tr key={r.row} className="border-t border-slate-200 align-top" data-kind={r.kind}>
                  <td className="p-1">{r.row}</td>
                  <td className="p-1">
                    {t(`kind.${r.kind}`)}
                    {r.id ? ` #${r.id}` : ""}
                  </td>
                  <td className="p-1 whitespace-nowrap">{r.date}</td>
                  <td className="p-1">{r.title}</td>
                  <td className="p-1">{r.region}</td>
                  <td className="p-1">{r.district}</td>
                  <td className="p-1">{r.audienceSize === null ? "" : num(r.audienceSize)}</td>
                  <td className="p-1">{r.changed.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

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
