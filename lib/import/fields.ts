// The fields an import column can fill: the event's own fields as our export
// names them, plus the row identity (id + version from our export, or an
// externalId from another system). Shared by the server and the import page.
export const IMPORT_FIELDS = [
  "id",
  "version",
  "externalId",
  "date",
  "datePrecision",
  "title",
  "campaign",
  "status",
  "region",
  "regionCode",
  "district",
  "locality",
  "format",
  "audiences",
  "audienceSize",
  "audienceEstimate",
  "speakers",
  "hosts",
  "participants",
  "summary",
  "sources",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const isImportField = (v: unknown): v is ImportField =>
  typeof v === "string" && (IMPORT_FIELDS as readonly string[]).includes(v);
