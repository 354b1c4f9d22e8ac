"use client";
// The first step of an import: the file, a saved mapping to apply, and the
// template to start from. While the file is checked, its progress and Cancel.
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ProgressLine, selectClass } from "./import-ui";
import type { Progress } from "./follow-progress";
import type { ReactNode, SyntheticEvent } from "react";

export function UploadForm({
  mappings,
  checking,
  progress,
  onSubmit,
  cancel,
}: {
  mappings: string[];
  checking: boolean;
  progress?: Progress;
  onSubmit: (e: SyntheticEvent<HTMLFormElement>) => void;
  cancel: ReactNode;
}) {
  const t = useTranslations("import");
  return (
    <>
      <form onSubmit={onSubmit} className="max-w-xl space-y-3 rounded-md border border-slate-200 bg-white p-4">
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
          <button type="submit" className={`${buttonClass("primary")} min-h-11`} disabled={checking}>
            {t("upload")}
          </button>
          {checking && (
            <>
              <span role="status" className="text-sm text-slate-700" data-testid="import-checking">
                <ProgressLine progress={progress} />
              </span>
              {cancel}
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
    </>
  );
}
