// Spreadsheet formula injection: a cell starting with = + - @ (or tab / CR) is
// run as a formula by Excel and LibreOffice. Such text gets a leading apostrophe,
// which spreadsheets show as plain text (OWASP's recommendation).
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CellValue = string | number | boolean | Date | null;

export function safeCell(value: CellValue): CellValue {
  return typeof value === "string" ? safeText(value) : value;
}
