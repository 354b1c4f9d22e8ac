// The import template: a workbook with our columns in the user's language,
// one example row, and drop-down lists (Excel data validation) for region,
// district, status, format, date precision and audience, read from a hidden
// "lists" sheet so long lists are not cut at Excel's 255-character limit.
import ExcelJS from "exceljs";
import { AUDIENCE_TYPES, DATE_PRECISIONS, EVENT_FORMATS, EVENT_STATUSES } from "../domain/enums";
import { localName, type Locale } from "../i18n/config";
import type { ImportField } from "./header-map";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Named = { nameEn: string; nameRu: string; nameKk: string };
export type TemplateReference = {
  regions: Array<Named & { iso: string; districts: Named[] }>;
  campaigns: Named[];
};

const COLUMNS: Array<{ field: ImportField; width: number }> = [
  { field: "date", width: 12 },
  { field: "title", width: 50 },
  { field: "campaign", width: 30 },
  { field: "status", width: 14 },
  { field: "region", width: 24 },
  { field: "district", width: 24 },
  { field: "locality", width: 24 },
  { field: "format", width: 18 },
  { field: "audiences", width: 24 },
  { field: "audienceSize", width: 10 },
  { field: "audienceEstimate", width: 10 },
  { field: "datePrecision", width: 14 },
  { field: "speakers", width: 40 },
  { field: "hosts", width: 30 },
  { field: "participants", width: 30 },
  { field: "summary", width: 50 },
  { field: "sources", width: 40 },
  { field: "externalId", width: 14 },
];
const LAST_ROW = 5000;

export async function templateWorkbook(ref: TemplateReference, t: Translate, locale: Locale): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t("import.template.sheet").slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = book.addWorksheet("lists", { state: "hidden" });
  sheet.columns = COLUMNS.map((c) => ({
    header: t(`export.columns.${c.field}`),
    key: c.field,
    width: c.width,
    style: c.field === "date" ? { numFmt: "yyyy-mm-dd" } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1D4ED8" } };

  const region = ref.regions.find((r) => r.iso === "KZ-31") ?? ref.regions[0];
  const district =
    region?.districts.find((d) => d.nameEn.startsWith("Korday") || d.nameEn.startsWith("Kordai")) ??
    region?.districts[0];
  sheet.addRow({
    date: new Date(Date.UTC(2026, 2, 5)),
    title: t("import.template.exampleTitle"),
    campaign: ref.campaigns[0] ? localName(ref.campaigns[0], locale) : "",
    status: t("enum.status.held"),
    region: region ? localName(region, locale) : "",
    district: district ? localName(district, locale) : "",
    locality: t("import.template.exampleLocality"),
    format: t("enum.format.meeting"),
    audiences: `${t("enum.audience.labour_collective")}; ${t("enum.audience.youth")}`,
    audienceSize: 120,
    audienceEstimate: t("export.no"),
    datePrecision: t("export.precision.day"),
    speakers: t("import.template.exampleSpeakers"),
    hosts: t("import.template.exampleHost"),
    participants: "",
    summary: "",
    sources: "https://example.kz/news/1",
    externalId: "",
  });

  const columnsOfLists: Array<{ field: ImportField; values: string[] }> = [
    { field: "region", values: ref.regions.map((r) => localName(r, locale)) },
    {
      field: "district",
      values: [...new Set(ref.regions.flatMap((r) => r.districts.map((d) => localName(d, locale))))].sort((a, b) =>
        a.localeCompare(b, locale),
      ),
    },
    { field: "status", values: EVENT_STATUSES.map((s) => t(`enum.status.${s}`)) },
    { field: "format", values: EVENT_FORMATS.map((s) => t(`enum.format.${s}`)) },
    { field: "audiences", values: AUDIENCE_TYPES.map((s) => t(`enum.audience.${s}`)) },
    { field: "datePrecision", values: DATE_PRECISIONS.map((s) => t(`export.precision.${s}`)) },
    { field: "audienceEstimate", values: [t("export.yes"), t("export.no")] },
    { field: "campaign", values: ref.campaigns.map((c) => localName(c, locale)) },
  ];
  columnsOfLists.forEach(({ field, values }, i) => {
    const col = i + 1;
    lists.getCell(1, col).value = t(`export.columns.${field}`);
    values.forEach((v, j) => (lists.getCell(j + 2, col).value = v));
    const letter = lists.getColumn(col).letter;
    const target = COLUMNS.findIndex((c) => c.field === field) + 1;
    const targetLetter = sheet.getColumn(target).letter;
    const multi = field === "audiences";
    // Audiences take several values ("a; b"): the list suggests, it does not refuse.
    // One validation for the whole column range (exceljs's `dataValidations.add`, untyped).
    const validations = (
      sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    validations.add(`${targetLetter}2:${targetLetter}${LAST_ROW}`, {
      type: "list",
      allowBlank: true,
      formulae: [`lists!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: !multi,
      errorStyle: multi ? "information" : "stop",
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
