// Step 1 of an import: the uploaded bytes → a table of cells. CSV is decoded
// (UTF-8, with or without BOM, else Windows-1251, the encoding Excel uses for
// Cyrillic "CSV" on Russian-locale Windows) and its delimiter detected; XLSX
// is streamed sheet by sheet with exceljs, formulas read as their cached
// results (never evaluated). Nothing here knows what the columns mean.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 50_000;

export type Cell = string | number | boolean | Date | null;
export type Delimiter = "," | ";" | "\t";
export const DELIMITERS: Delimiter[] = [",", ";", "\t"];

export type ReadOptions = { delimiter?: Delimiter; sheet?: string };
export type Table = {
  kind: "csv" | "xlsx";
  encoding?: "utf-8" | "windows-1251";
  delimiter?: Delimiter;
  sheets?: string[];
  sheet?: string;
  rows: Cell[][];
};

/** A problem with the file as a whole; `message` is a message key (messages/*.json import.errors.*). */
export class FileError extends Error {
  constructor(
    message: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

// Our exports prefix text that looks like a formula with an apostrophe
// (lib/export/cells.ts); reading it back drops that prefix again.
const unescape = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const starts = (b: Uint8Array, magic: number[], at = 0) => magic.every((x, i) => b[at + i] === x);
const isZip = (b: Uint8Array) => starts(b, [0x50, 0x4b, 0x03, 0x04]);
// Excel 97–2003 (.xls) is an OLE compound file.
const isOle = (b: Uint8Array) => starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An OpenDocument file's first zip entry is "mimetype", stored uncompressed.
const isOds = (b: Uint8Array) =>
  new TextDecoder().decode(b.subarray(30, 100)).startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");

export async function readTable(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Table> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new FileError("import.errors.tooLarge", { mb: MAX_FILE_BYTES >> 20 });
  if (bytes.byteLength === 0) throw new FileError("import.errors.empty");
  const lower = fileName.toLowerCase();
  if (isOle(bytes)) throw new FileError("import.errors.oldXls");
  if (isZip(bytes) && isOds(bytes)) throw new FileError("import.errors.ods");
  if (isZip(bytes)) return readXlsx(bytes, options.sheet);
  if (lower.endsWith(".xlsx")) throw new FileError("import.errors.corruptXlsx");
  if (lower.endsWith(".xls")) throw new FileError("import.errors.oldXls");
  return readCsv(bytes, options.delimiter);
}

// ---- CSV ----

function decode(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1251" } {
  try {
    // fatal: bytes that are not UTF-8 throw instead of turning into U+FFFD.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

/** A web page saved as .csv (or a sign-in page fetched instead of the file) is not a table. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|table|\?xml)/.test(head) || /<html[\s>]/.test(head);
}

const csvOptions = (delimiter: Delimiter) => ({
  delimiter,
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
});

/**
 * The delimiter that splits the first lines into the same number of columns
 * (more than one), preferring the one giving more columns.
 */
async function detectDelimiter(text: string): Promise<Delimiter> {
  const sample = text.split(/\r?\n/).slice(0, 50).join("\n");
  let best: { d: Delimiter; score: number } = { d: ",", score: -1 };
  for (const d of DELIMITERS) {
    let rows: string[][];
    try {
      rows = (await parse(sample, { ...csvOptions(d), skip_empty_lines: true }).toArray()) as string[][];
    } catch {
      continue;
    }
    const widths = rows.map((r) => r.length);
    const first = widths[0] ?? 0;
    if (first < 2) continue;
    const consistent = widths.filter((w) => w === first).length / widths.length;
    const score = consistent * 1000 + first;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

async function readCsv(bytes: Uint8Array, chosen?: Delimiter): Promise<Table> {
  const { text, encoding } = decode(bytes);
  if (looksLikeHtml(text)) throw new FileError("import.errors.html");
  if (text.includes("\u0000")) throw new FileError("import.errors.notText");
  const delimiter = chosen ?? (await detectDelimiter(text));
  const rows: Cell[][] = [];
  try {
    for await (const record of parse(text, csvOptions(delimiter))) {
      rows.push((record as string[]).map((v) => (v === "" ? null : unescape(v))));
      if (rows.length > MAX_ROWS + 1) throw new FileError("import.errors.tooManyRows", { max: MAX_ROWS });
    }
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError("import.errors.badCsv");
  }
  return { kind: "csv", encoding, delimiter, rows };
}

// ---- XLSX ----

type ExcelValue = ExcelJS.CellValue | undefined;

/** A cell as the user sees it: a formula's last result, a link's text, rich text's letters. */
function cellOf(v: ExcelValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : unescape(v);
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("") || null;
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? cellOf(v.result) : null;
  if ("hyperlink" in v) return cellOf(v.text);
  if ("error" in v) return null;
  return null;
}

async function readXlsx(bytes: Uint8Array, wanted?: string): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    styles: "cache", // dates are numbers styled as dates
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheets: string[] = [];
  let chosen: string | undefined;
  const rows: Cell[][] = [];
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      sheets.push(ws.name);
      const take = chosen === undefined && (wanted === undefined || wanted === ws.name);
      if (take) chosen = ws.name;
      for await (const row of ws) {
        if (!take) continue;
        // row.values is 1-based and sparse; rows the file skips are blank rows.
        while (rows.length < row.number - 1) rows.push([]);
        const values = row.values as ExcelValue[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c]));
        rows.push(cells);
        if (rows.length > MAX_ROWS + 1) throw new FileError("import.errors.tooManyRows", { max: MAX_ROWS });
      }
    }
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError("import.errors.corruptXlsx");
  }
  if (sheets.length === 0) throw new FileError("import.errors.corruptXlsx");
  if (chosen === undefined) throw new FileError("import.errors.noSheet", { sheet: wanted ?? "" });
  return { kind: "xlsx", sheets, sheet: chosen, rows };
}
