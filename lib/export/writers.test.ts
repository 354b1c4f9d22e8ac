// A client that leaves mid-download cancels the stream: the writer must stop
// pulling batches from the database and raise nothing. (The uncaught "Controller
// is already closed" that Readable.toWeb raised showed only behind Next's
// response piping, checked by hand with an aborted download; not reproduced here.)
// XLSX is left out of the count: exceljs's zip buffers the sheet, so its rows
// are all read before the first bytes come out.
import { describe, expect, it } from "vitest";
import { csvStream, jsonStream, xlsxStream } from "./writers";
import type { JsonExportEvent } from "../data/sql/export-json-query";
import type { FlatExportRow } from "../data/sql/export-query";

const row = (id: number): FlatExportRow => ({
  id,
  version: 1,
  date: new Date("2026-02-20T00:00:00Z"),
  datePrecision: "day",
  title: `Встреча ${id} `.repeat(20),
  status: "held",
  format: "meeting",
  locality: null,
  summary: "Қазақмыс ".repeat(50),
  audienceSize: 120,
  audienceEstimate: false,
  regionId: 1,
  campaign: { nameEn: "2026", nameRu: "2026", nameKk: "2026" },
  region: { iso: "KZ-31", nameEn: "Zhambyl", nameRu: "Жамбыл", nameKk: "Жамбыл" },
  district: null,
  audiences: ["youth"],
  speakers: "",
  hosts: "",
  participants: "",
  sources: "",
});

/** 1,000 batches of 100 rows, counting how many were pulled. */
function batches<T>(make: (id: number) => T) {
  const pulled = { n: 0 };
  async function* gen() {
    for (let b = 0; b < 1000; b++) {
      pulled.n++;
      yield Array.from({ length: 100 }, (_, i) => make(b * 100 + i));
    }
  }
  return { pulled, gen: gen() };
}

const context = { t: (key: string) => key, locale: "en" as const };

describe("an export the client leaves mid-download", () => {
  it.each(["csv", "json", "xlsx"] as const)("stops reading the database and raises nothing (%s)", async (format) => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on("uncaughtException", onError);
    process.on("unhandledRejection", onError);
    try {
      const source = format === "json" ? batches((id) => ({ id }) as unknown as JsonExportEvent) : batches(row);
      const stream =
        format === "csv"
          ? csvStream(source.gen as AsyncIterable<FlatExportRow[]>, context)
          : format === "json"
            ? jsonStream(source.gen as AsyncIterable<JsonExportEvent[]>)
            : xlsxStream(source.gen as AsyncIterable<FlatExportRow[]>, context, "Events");
      const reader = stream.getReader();
      let bytes = 0;
      while (bytes < 50_000) {
        const { value, done } = await reader.read();
        if (done) break;
        expect(value).toBeInstanceOf(Uint8Array);
        bytes += value.length;
      }
      await reader.cancel();
      const at = source.pulled.n;
      await new Promise((r) => setTimeout(r, 300));
      if (format !== "xlsx") {
        expect(source.pulled.n).toBeLessThan(at + 5);
        expect(source.pulled.n).toBeLessThan(1000);
      }
      expect(errors).toEqual([]);
    } finally {
      process.off("uncaughtException", onError);
      process.off("unhandledRejection", onError);
    }
  });
});
