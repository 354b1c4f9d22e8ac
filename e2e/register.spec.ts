import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PRISTINE, stateOf } from "./helpers";

const EN = { "Accept-Language": "en-US" };
const rows = (page: Page) => page.getByTestId("event-row");
const listTitles = (page: Page) => rows(page).locator("td:nth-child(2) a").allTextContents();

async function search(page: Page, q: string) {
  await page.getByLabel("Search", { exact: true }).fill(q);
  await page.getByRole("button", { name: "Apply" }).click();
}

async function exportCsv(request: APIRequestContext, query: string) {
  // Column headers follow the user's language; these tests read the English ones.
  const res = await request.get(`/events/export?format=csv&${query}`, { headers: EN });
  expect(res.ok()).toBe(true);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
  return { res, records: parse<Record<string, string>>(body.toString("utf8").slice(1), { columns: true }) };
}

test.describe("the event register", PRISTINE, () => {
  test.use({ storageState: stateOf("admin") });

  test("search finds Kazakhmys events in Kazakh, Russian and Latin script", async ({ page }) => {
    await page.goto("/events");
    for (const q of ["қазақмыс", "КАЗАХМЫС", "Kazakhmys"]) {
      await search(page, q);
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, "\\+")}`, "i"));
      await expect(page.getByTestId("events-count")).toHaveText("3 events");
      await expect(rows(page)).toHaveCount(3);
    }
  });

  test("a search lists best matches first: title and names before the summary; newest first on request", async ({
    page,
  }) => {
    await page.goto("/events");
    // "referendum" is in the titles of the two 2022 reports and only in the summaries of two 2026 ones.
    await search(page, "referendum");
    await expect(page).not.toHaveURL(/sort=[a-z]/);
    await expect(page.getByLabel("Sort")).toHaveValue("");
    await expect(page.getByLabel("Sort").locator("option:checked")).toHaveText("Best match first");
    const titles = await listTitles(page);
    expect(titles).toHaveLength(4);
    expect(titles.slice(0, 2).every((t) => /referendum/i.test(t))).toBe(true);
    expect(titles.slice(2).every((t) => /Казахмыс/.test(t))).toBe(true);
    await page.getByLabel("Sort").selectOption({ label: "Newest first" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=date_desc/);
    await expect(rows(page).first()).toContainText("Казахмыс");
  });

  test("filters live in the URL: reload keeps them, back goes to the previous view", async ({ page }) => {
    await page.goto("/events");
    await expect(rows(page)).toHaveCount(14);
    await page.getByText("Filters", { exact: true }).click();
    await page.getByLabel("Zhambyl Region").check();
    await page.getByLabel("Audience", { exact: true }).selectOption("labour_collective");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/region=KZ-31/);
    await expect(page).toHaveURL(/audience=labour_collective/);
    await expect(page.getByTestId("events-count")).toHaveText("6 events");
    await page.reload();
    await expect(page.getByTestId("events-count")).toHaveText("6 events");
    await expect(page.getByTestId("active-filters")).toContainText("Region: Zhambyl Region");
    await page.goBack();
    await expect(page.getByTestId("events-count")).toHaveText("14 events");
    await page.goForward();
    await expect(page.getByTestId("events-count")).toHaveText("6 events");
    // A chip removes its filter.
    await page.getByRole("link", { name: /Remove filter Audience/ }).click();
    await expect(page.getByTestId("events-count")).toHaveText("9 events");
  });

  test("an empty view says which filter emptied it", async ({ page }) => {
    await page.goto("/events?region=KZ-62&audience=veterans");
    await expect(page.getByTestId("empty-view")).toContainText("No events match this view.");
    await expect(page.getByTestId("empty-view")).toContainText("Without «Audience: Veterans»: 2 events");
    await page.goto("/events?from=2026-99-01&region=KZ-31");
    await expect(page.getByTestId("invalid-params")).toContainText("from");
    await expect(page.getByTestId("events-count")).toHaveText("9 events");
  });

  test("CSV, XLSX and JSON exports hold exactly the filtered list", async ({ page, request }) => {
    const query = "region=KZ-31&sort=date_asc&audience=labour_collective";
    await page.goto(`/events?${query}`);
    const titles = await listTitles(page);
    expect(titles.length).toBe(6);

    const { res, records } = await exportCsv(request, query);
    expect(res.headers()["content-disposition"]).toContain('filename="events_zhambyl-region.csv"');
    expect(records.map((r) => r.Title)).toEqual(titles);
    expect(new Set(records.map((r) => r["Region code"]))).toEqual(new Set(["KZ-31"]));

    const xlsx = await request.get(`/events/export?format=xlsx&${query}`, { headers: EN });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await xlsx.body()).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font.bold).toBe(true);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const xlsxTitles = [];
    for (let i = 2; i <= sheet.rowCount; i++) xlsxTitles.push(sheet.getRow(i).getCell(col("Title")).value);
    expect(xlsxTitles).toEqual(titles);
    expect(sheet.getRow(2).getCell(col("Date")).value).toBeInstanceOf(Date);

    const json = (await (await request.get(`/events/export?format=json&${query}`, { headers: EN })).json()) as Array<{
      title: string;
      region: unknown;
    }>;
    expect(json.map((e) => e.title)).toEqual(titles);
    expect(json[0]!.region).toMatchObject({ code: "KZ-31", name: { en: "Zhambyl Region", ru: "Жамбылская область" } });
  });

  test("the export menu downloads the current view and shows progress", async ({ page }) => {
    await page.goto("/events?q=Kazakhmys");
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-menu").getByRole("link", { name: "xlsx" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("events_all.xlsx");
  });
});

test.describe("export scope", PRISTINE, () => {
  test.use({ storageState: stateOf("coordinator") });

  test("a coordinator's export never contains another region, whatever the URL asks", async ({ page, request }) => {
    await page.goto("/events");
    const listed = Number((await page.getByTestId("events-count").textContent())?.match(/\d+/)?.[0]);
    const all = await exportCsv(request, "");
    expect(all.records.length).toBe(listed);
    expect(new Set(all.records.map((r) => r["Region code"]))).toEqual(new Set(["KZ-31", "KZ-61"]));
    const foreign = await exportCsv(request, "region=KZ-62");
    expect(foreign.records).toEqual([]);
  });
});

test("CSV column headers follow the user's language", PRISTINE, async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("viewer"), locale: "ru-RU" });
  const res = await ctx.request.get("/events/export?format=csv&region=KZ-62", {
    headers: { "Accept-Language": "ru-RU" },
  });
  const [header] = parse((await res.body()).toString("utf8").slice(1), { to_line: 1 });
  expect(header).toContain("Название");
  expect(header).toContain("Регион");
  await ctx.close();
});

test("export requires a signed-in user", PRISTINE, async ({ request }) => {
  const res = await request.get("/events/export?format=csv", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(res.status());
});
