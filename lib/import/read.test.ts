// The files people really send: Excel's Windows-1251 CSV with ";", BOM'd
// UTF-8, tabs, an XLSX with a merged title row above the headers and real
// date cells, formulas, blank rows, a truncated workbook, a web page saved as .csv.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { autoMapping, findHeaderRow, headerText } from "./header-map";
import { FileError, readTable } from "./read";

/** Windows-1251 bytes of a Russian text (the encoder Node lacks, from the decoder it has). */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(build: (ws: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("Лист1"), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const fileError = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    return e instanceof FileError ? e.message : String(e);
  }
};

describe("reading CSV", () => {
  it("decodes Excel's Windows-1251 and detects the semicolon", async () => {
    const t = await readTable(
      cp1251("Дата;Название;Регион\r\n15.03.2026;Встреча с молодёжью;Жамбылская область\r\n"),
      "plan.csv",
    );
    expect(t).toMatchObject({ kind: "csv", encoding: "windows-1251", delimiter: ";" });
    expect(t.rows[1]).toEqual(["15.03.2026", "Встреча с молодёжью", "Жамбылская область"]);
  });
  it("reads UTF-8 with a BOM, commas, quotes and new lines in cells", async () => {
    const t = await readTable(utf8('\uFEFFDate,Title,Summary\n2026-03-15,"Meeting, youth","two\nlines"\n'), "a.csv");
    expect(t).toMatchObject({ encoding: "utf-8", delimiter: "," });
    expect(t.rows[0]).toEqual(["Date", "Title", "Summary"]);
    expect(t.rows[1]).toEqual(["2026-03-15", "Meeting, youth", "two\nlines"]);
  });
  it("detects tabs, and keeps blank rows and an empty trailing column as blanks", async () => {
    const t = await readTable(utf8("Күні\tАтауы\t\n2026-03-15\tКездесу\t\n\n\t\t\n"), "a.tsv");
    expect(t.delimiter).toBe("\t");
    expect(t.rows[1]).toEqual(["2026-03-15", "Кездесу", null]);
  });
  it("follows the delimiter the user chose", async () => {
    const t = await readTable(utf8("a;b,c\n1;2,3\n"), "a.csv", { delimiter: "," });
    expect(t.rows[0]).toEqual(["a;b", "c"]);
  });
  it("refuses a web page, binary junk, an empty file and an old .xls", async () => {
    expect(await fileError(readTable(utf8("<!DOCTYPE html><html><body><table></table></body></html>"), "x.csv"))).toBe(
      "import.errors.html",
    );
    expect(await fileError(readTable(new Uint8Array([1, 0, 2, 0, 3]), "x.csv"))).toBe("import.errors.notText");
    expect(await fileError(readTable(new Uint8Array(), "x.csv"))).toBe("import.errors.empty");
    expect(await fileError(readTable(utf8("junk"), "old.xls"))).toBe("import.errors.oldXls");
    // An Excel 97 workbook renamed .xlsx, and an OpenDocument spreadsheet: said so by their bytes.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await fileError(readTable(ole, "renamed.xlsx"))).toBe("import.errors.oldXls");
    const ods = new Uint8Array(120);
    ods.set([0x50, 0x4b, 0x03, 0x04]);
    ods.set(utf8("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), 30);
    expect(await fileError(readTable(ods, "plan.ods"))).toBe("import.errors.ods");
  });
  it("reads a file of 50,000 rows", async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `2026-03-01;Встреча ${i};Жамбыл облысы;${i % 500}`);
    const t = await readTable(utf8(["Дата;Название;Регион;Численность", ...rows].join("\r\n")), "big.csv");
    expect(t.rows).toHaveLength(50_001);
    expect(t.rows[50_000]).toEqual(["2026-03-01", "Встреча 49999", "Жамбыл облысы", "499"]);
  });
  it("stops at the row limit and the size limit before parsing", async () => {
    const many = "a,b\n" + "1,2\n".repeat(50_002);
    expect(await fileError(readTable(utf8(many), "big.csv"))).toBe("import.errors.tooManyRows");
    expect(await fileError(readTable(new Uint8Array(20 * 1024 * 1024 + 1), "big.csv"))).toBe("import.errors.tooLarge");
  });
});

describe("reading XLSX", () => {
  it("skips a merged title row, reads date cells as dates and formulas as their results", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(["Отчёт о встречах за март"]);
      ws.mergeCells("A1:D1");
      ws.addRow(["Дата", "Название", "Численность", "Численность"]);
      ws.addRow([new Date(Date.UTC(2026, 2, 15)), "Встреча", { formula: "100+20", result: 120 }, 5]);
      ws.getCell("A3").numFmt = "dd.mm.yyyy";
      ws.addRow([]);
      ws.addRow([null, { formula: 'HYPERLINK("http://evil")', result: "click" }, null, null]);
    });
    const t = await readTable(bytes, "март.xlsx");
    expect(t).toMatchObject({ kind: "xlsx", sheets: ["Лист1"], sheet: "Лист1" });
    const header = findHeaderRow(t.rows);
    expect(header).toBe(1);
    const headers = t.rows[header]!.map(headerText);
    // The second "Численность" is a duplicate: ignored, and reported.
    expect(autoMapping(headers)).toEqual({ mapping: ["date", "title", "audienceSize", null], duplicates: [3] });
    expect(t.rows[2]![0]).toBeInstanceOf(Date);
    expect((t.rows[2]![0] as Date).toISOString().slice(0, 10)).toBe("2026-03-15");
    expect(t.rows[2]![2]).toBe(120);
    expect(t.rows[4]![1]).toBe("click");
  });
  it("reads the sheet the user picks", async () => {
    const bytes = await xlsx((ws, book) => {
      ws.addRow(["a"]);
      book.addWorksheet("Второй").addRow(["Дата", "Название"]);
    });
    const t = await readTable(bytes, "two.xlsx", { sheet: "Второй" });
    expect(t).toMatchObject({ sheets: ["Лист1", "Второй"], sheet: "Второй" });
    expect(t.rows[0]).toEqual(["Дата", "Название"]);
    expect(await fileError(readTable(bytes, "two.xlsx", { sheet: "Нет" }))).toBe("import.errors.noSheet");
  });
  it("keeps every Cyrillic and Kazakh letter of a large workbook whole", async () => {
    // The sheet's XML comes unzipped in chunks of 16 KiB; a two-byte letter
    // split between two of them came back as two U+FFFD (exceljs#2084,
    // patched in patches/exceljs+4.4.0.patch).
    const titles = Array.from({ length: 3000 }, (_, i) => `Встреча № ${i} с жителями Қордай ауданы`);
    const bytes = await xlsx((ws) => {
      ws.addRow(["Название", "Район"]);
      for (const title of titles) ws.addRow([title, "Қордай ауданы"]);
    });
    const t = await readTable(bytes, "big.xlsx");
    expect(t.rows.slice(1).map((r) => r[0])).toEqual(titles);
    expect(t.rows.every((r) => r.every((c) => typeof c !== "string" || !c.includes("\uFFFD")))).toBe(true);
  });
  it("says a truncated or fake workbook cannot be read", async () => {
    const bytes = await xlsx((ws) => ws.addRow(["Дата", "Название"]));
    expect(await fileError(readTable(bytes.slice(0, bytes.length / 2), "cut.xlsx"))).toBe("import.errors.corruptXlsx");
    expect(await fileError(readTable(utf8("not a zip"), "fake.xlsx"))).toBe("import.errors.corruptXlsx");
  });
});
