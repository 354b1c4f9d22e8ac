"use client";
// What the import page shows of a checked upload: the counts, the file as
// read (delimiter, sheet), how its columns map, the problems and the first
// rows as they will be saved. The page (./import-wizard.tsx) holds the state.
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { useFormatNumber } from "@/components/ui/use-format-number";
import { IMPORT_FIELDS, type ImportField } from "@/lib/import/fields";
import type { ImportReport } from "@/lib/import/report";
import { KINDS, Section, Stat, countOf, selectClass } from "./import-ui";

type Props = { report: ImportReport };

export function ImportSummary({ report }: Props) {
  const t = useTranslations("import");
  const num = useFormatNumber();
  return (
    <Section id="import-summary" title={t("summaryTitle")}>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="import-counts">
        <Stat label={t("rows")} value={num(report.rows)} />
        {KINDS.map((k) => (
          <Stat key={k} label={t(`kinds.${k}`)} value={num(countOf(report, k))} testId={`import-count-${k}`} />
        ))}
      </dl>
    </Section>
  );
}

export function FileFacts({
  report,
  writing,
  revise,
}: Props & { writing: boolean; revise: (options: Record<string, unknown>) => void }) {
  const t = useTranslations("import");
  return (
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
              onChange={(e) => revise({ delimiter: e.target.value, mapping: undefined })}
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
              onChange={(e) => revise({ sheet: e.target.value, mapping: undefined })}
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
  );
}

export function ColumnMapping({
  report,
  writing,
  mapping,
  setMapping,
  mappingName,
  setMappingName,
  revise,
}: Props & {
  writing: boolean;
  mapping: Array<ImportField | null>;
  setMapping: (m: Array<ImportField | null>) => void;
  mappingName: string;
  setMappingName: (name: string) => void;
  revise: (options: Record<string, unknown>) => void;
}) {
  const t = useTranslations("import");
  const tc = useTranslations("export.columns");
  return (
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
          onClick={() => revise({})}
        >
          {t("apply")}
        </button>
        <label className="check">
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
          onClick={() => revise({ saveMappingAs: mappingName })}
        >
          {t("saveMapping")}
        </button>
      </div>
    </Section>
  );
}

export function ProblemList({ report }: Props) {
  const t = useTranslations("import");
  const num = useFormatNumber();
  if (report.errors.length === 0) return null;
  return (
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
  );
}

export function PreviewTable({ report }: Props) {
  const t = useTranslations("import");
  const tc = useTranslations("export.columns");
  const num = useFormatNumber();
  return (
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
  );
}
