// An import plan as the page and the JSON API show it: the counts, every
// problem as row + column + message in the user's language, the columns and
// how they are mapped, and the first rows as they will be saved. Also the
// CSV of the rows with problems, each with its messages in an extra column.
import { stringify } from "csv-stringify/sync";
import { countsOf, PREVIEW_ROWS, type ImportPlan } from "./plan";
import { cellText } from "./values";
import { localName, type Locale } from "../i18n/config";
import type { ImportField } from "./header-map";
import type { RowProblem } from "./row-resolve";

type Translate = (key: string, values?: Record<string, string | number>) => string;
const MAX_LISTED_PROBLEMS = 1000;

/** A problem's column: the file's header for a mapped field, else the field's own name. */
function columnOf(plan: ImportPlan, field: ImportField | null, t: Translate): string {
  if (field === null) return "";
  const i = plan.mapping.indexOf(field);
  return i >= 0 && plan.headers[i] ? plan.headers[i] : t(`export.columns.${field}`);
}

const message = (p: RowProblem, t: Translate) => t(p.message, p.values);

export function importReport(id: string, plan: ImportPlan, t: Translate, locale: Locale) {
  const regions = new Map(plan.regions.map((r) => [r.iso, r]));
  const districts = new Map(plan.regions.flatMap((r) => r.districts.map((d) => [d.id, d])));
  const titleColumn = plan.mapping.indexOf("title");
  const problems = plan.rows.flatMap((r) =>
    r.problems.map((p) => ({ row: r.row, column: columnOf(plan, p.field, t), field: p.field, message: message(p, t) })),
  );
  const { errors: errorRows, ...counts } = countsOf(plan.rows.map((r) => r.kind));
  return {
    id,
    ...counts,
    /** Rows with at least one problem (conflicts are counted on their own). */
    errorRows,
    file: {
      kind: plan.kind,
      encoding: plan.encoding ?? null,
      delimiter: plan.delimiter ?? null,
      sheets: plan.sheets ?? null,
      sheet: plan.sheet ?? null,
      headerRow: plan.headerRow,
    },
    columns: plan.headers.map((header, i) => ({
      header,
      field: plan.mapping[i] ?? null,
      duplicate: plan.duplicateColumns.includes(i),
    })),
    errors: problems.slice(0, MAX_LISTED_PROBLEMS),
    moreErrors: Math.max(0, problems.length - MAX_LISTED_PROBLEMS),
    preview: plan.rows.slice(0, PREVIEW_ROWS).map((r) => {
      const b = r.body;
      const region = b ? regions.get(b.region) : undefined;
      const district = b?.district ? districts.get(b.district) : undefined;
      return {
        row: r.row,
        kind: r.kind,
        id: r.id,
        changed: r.changed.map((f) => t(`export.columns.${f}`)),
        // A row with errors has no body yet: its title as the file has it, to recognise it by.
        title: b?.title ?? (titleColumn >= 0 ? cellText(plan.cells.get(r.row)?.[titleColumn] ?? null) || null : null),
        date: b?.date ?? null,
        status: b ? t(`enum.status.${b.status}`) : null,
        region: region ? localName(region, locale) : null,
        district: district ? localName(district, locale) : null,
        format: b ? t(`enum.format.${b.format}`) : null,
        audienceSize: b?.audienceSize ?? null,
        speakers: b ? b.speakers.map((s) => s.person.name ?? "").join("; ") : null,
      };
    }),
  };
}
export type ImportReport = ReturnType<typeof importReport>;

/** The rows with errors or conflicts as the file had them, with a column saying what to fix. */
export function badRowsCsv(plan: ImportPlan, t: Translate): string {
  const header = [...plan.headers, t("import.errorColumn")];
  const rows = plan.rows
    .filter((r) => r.problems.length > 0)
    .map((r) => {
      const cells = (plan.cells.get(r.row) ?? []).map(cellText);
      while (cells.length < plan.headers.length) cells.push("");
      const what = r.problems.map((p) => {
        const col = columnOf(plan, p.field, t);
        return col ? `${col}: ${message(p, t)}` : message(p, t);
      });
      return [...cells.slice(0, plan.headers.length), what.join(" | ")];
    });
  return stringify([header, ...rows], { bom: true, record_delimiter: "windows" });
}
