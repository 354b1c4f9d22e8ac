// Writes to the e2e database, so it runs after the read-only specs (playwright.config.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { createEventDirectly } from "./fixtures";
import { stateOf } from "./helpers";

const EN = { "Accept-Language": "en-US" };

async function exportCsv(request: APIRequestContext, query: string) {
  const res = await request.get(`/events/export?format=csv&${query}`, { headers: EN });
  expect(res.ok()).toBe(true);
  return parse<Record<string, string>>((await res.body()).toString("utf8").slice(1), { columns: true });
}

test.describe("export", () => {
  test.use({ storageState: stateOf("admin") });

  test("spreadsheet formulas in data are neutralised", async ({ request }) => {
    const title = `=HYPERLINK("http://x","y") ${Date.now()}`;
    createEventDirectly(title, "KZ-31");
    const records = await exportCsv(request, `q=${encodeURIComponent("hyperlink")}`);
    expect(records.map((r) => r.Title)).toEqual([`'${title}`]);
    const xlsx = await request.get(`/events/export?format=xlsx&q=hyperlink`, { headers: EN });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await xlsx.body()).buffer);
    const sheet = book.worksheets[0]!;
    const cell = sheet.getRow(2).getCell((sheet.getRow(1).values as string[]).indexOf("Title"));
    expect(cell.value).toBe(`'${title}`);
    expect(cell.formula).toBeUndefined();
  });
});
