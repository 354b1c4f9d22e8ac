// Streaming writers: each turns batches of events (pulled from the database as
// the client reads) into bytes, so memory stays flat and the download starts at once.
import { once } from "node:events";
import { PassThrough, Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { safeCell, type CellValue } from "./cells";
import { EXPORT_COLUMNS, memoized, type ExportContext } from "./columns";
import type { JsonExportEvent } from "../data/sql/export-json-query";
import type { FlatExportRow } from "../data/sql/export-query";

type Batches = AsyncIterable<FlatExportRow[]>;
// Not Readable.toWeb: when a client leaves mid-download it went on pushing into
// the closed web stream ("Controller is already closed", an uncaught exception).
// The Node stream is read as an iterator, one chunk per pull, and closed
// (which stops reading the database) when the download is cancelled.
function toWeb(r: Readable): ReadableStream<Uint8Array> {
  const chunks: AsyncIterator<Uint8Array> = r[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

const csvValue = (v: CellValue): string | number =>
  v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "boolean" ? String(v) : v;

/** CSV, UTF-8 with a byte-order mark so Excel reads Cyrillic correctly. */
export function csvStream(batches: Batches, context: ExportContext): ReadableStream<Uint8Array> {
  const ctx = { ...context, t: memoized(context.t) };
  async function* records() {
    yield EXPORT_COLUMNS.map((c) => ctx.t(`export.columns.${c.key}`));
    for await (const batch of batches) {
      for (const r of batch) yield EXPORT_COLUMNS.map((c) => csvValue(safeCell(c.value(r, ctx))));
    }
  }
  const out = stringify({ bom: true, record_delimiter: "windows" });
  // pipeline, not pipe: a database error mid-export ends the download with an
  // error instead of escaping as an uncaught exception.
  pipeline(Readable.from(records()), out, () => undefined);
  return toWeb(out);
}

/** JSON: one array of events, written element by element. */
export function jsonStream(batches: AsyncIterable<JsonExportEvent[]>): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield Buffer.from("[");
    let first = true;
    for await (const batch of batches) {
      const parts = batch.map((r) => JSON.stringify(r));
      if (parts.length === 0) continue;
      yield Buffer.from(`${first ? "\n" : ",\n"}${parts.join(",\n")}`);
      first = false;
    }
    yield Buffer.from("\n]\n");
  }
  return toWeb(Readable.from(chunks()));
}

/** XLSX: a real workbook (styled, frozen header; widths; dates and numbers typed). */
export function xlsxStream(batches: Batches, context: ExportContext, sheetName: string): ReadableStream<Uint8Array> {
  const ctx = { ...context, t: memoized(context.t) };
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: ctx.t(`export.columns.${c.key}`),
    key: c.key,
    width: c.width,
    style: c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : c.kind === "number" ? { numFmt: "0" } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1D4ED8" } };
  header.commit();
  void (async () => {
    try {
      for await (const batch of batches) {
        // The client left (the download was cancelled): stop reading the database.
        if (out.destroyed) return;
        for (const r of batch) {
          sheet.addRow(EXPORT_COLUMNS.map((c) => safeCell(c.value(r, ctx)))).commit();
        }
        // Wait for the client when it reads slower than we write, or leaves.
        if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
      }
      sheet.commit();
      await book.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return toWeb(out);
}
