// The columns of the CSV and XLSX exports: one row per event, headers in the
// user's language. Both formats take their cells from here.
import { localName, type Locale } from "../i18n/config";
import type { CellValue } from "./cells";
import type { FlatExportRow } from "../data/sql/export-query";

type Translate = (key: string, values?: Record<string, string | number>) => string;
export type ExportContext = { t: Translate; locale: Locale };

/** Exports call t() for the same few keys on every row: remember the answers. */
export function memoized(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, values) => {
    if (values) return t(key, values);
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = t(key)));
    return v;
  };
}

export type Column = {
  key: string;
  width: number;
  kind: "text" | "number" | "date";
  value: (r: FlatExportRow, ctx: ExportContext) => CellValue;
};

const list = (xs: string[]) => xs.join("; ");

export const EXPORT_COLUMNS: Column[] = [
  { key: "id", width: 8, kind: "number", value: (r) => r.id },
  // The version the row was exported at: importing the file back updates the
  // event only if nobody has saved it since (lib/import).
  { key: "version", width: 8, kind: "number", value: (r) => r.version },
  { key: "date", width: 12, kind: "date", value: (r) => r.date },
  { key: "datePrecision", width: 16, kind: "text", value: (r, { t }) => t(`export.precision.${r.datePrecision}`) },
  { key: "title", width: 60, kind: "text", value: (r) => r.title },
  { key: "campaign", width: 40, kind: "text", value: (r, { locale }) => localName(r.campaign, locale) },
  { key: "status", width: 12, kind: "text", value: (r, { t }) => t(`enum.status.${r.status}`) },
  { key: "region", width: 24, kind: "text", value: (r, { locale }) => localName(r.region, locale) },
  { key: "regionCode", width: 9, kind: "text", value: (r) => r.region.iso },
  {
    key: "district",
    width: 24,
    kind: "text",
    value: (r, { locale }) => (r.district ? localName(r.district, locale) : ""),
  },
  { key: "locality", width: 30, kind: "text", value: (r) => r.locality ?? "" },
  { key: "format", width: 16, kind: "text", value: (r, { t }) => t(`enum.format.${r.format}`) },
  {
    key: "audiences",
    width: 30,
    kind: "text",
    value: (r, { t }) => list(r.audiences.map((a) => t(`enum.audience.${a}`))),
  },
  { key: "audienceSize", width: 10, kind: "number", value: (r) => r.audienceSize },
  {
    key: "audienceEstimate",
    width: 10,
    kind: "text",
    value: (r, { t }) => (r.audienceSize === null ? "" : t(r.audienceEstimate ? "export.yes" : "export.no")),
  },
  // Speakers as "Name (role)", lists joined with "; " by the database.
  { key: "speakers", width: 60, kind: "text", value: (r) => r.speakers },
  { key: "hosts", width: 40, kind: "text", value: (r) => r.hosts },
  { key: "participants", width: 40, kind: "text", value: (r) => r.participants },
  { key: "summary", width: 80, kind: "text", value: (r) => r.summary ?? "" },
  { key: "sources", width: 40, kind: "text", value: (r) => r.sources },
];
