// Spreadsheet import as a coordinator does it: export a filtered view as
// XLSX, change two audience sizes and add a row in the workbook, upload it,
// see 2 updates + 1 new event in the preview; an edit someone makes in
// between turns its row into a conflict that is reported, not overwritten.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { createEventDirectly } from "./fixtures";
import { stateOf } from "./helpers";

const EN = { "Accept-Language": "en-US" };

test.describe("import from a spreadsheet", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("export → edit in Excel → import: updates, a new row, and a conflict reported", async ({ page, request }) => {
    const token = `Roundtrip${Date.now()}`;
    const first = createEventDirectly(`${token} meeting one`, "KZ-31");
    const second = createEventDirectly(`${token} meeting two`, "KZ-31");

    const exported = await request.get(`/events/export?format=xlsx&q=${token}`, { headers: EN });
    expect(exported.ok()).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await exported.body()).buffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3);
    const rowOf = (id: number) => [2, 3].map((i) => sheet.getRow(i)).find((r) => r.getCell(col("ID")).value === id)!;
    rowOf(first).getCell(col("Audience size")).value = 150;
    rowOf(second).getCell(col("Audience size")).value = 275;
    const added = sheet.addRow([]);
    added.getCell(col("Date")).value = new Date(Date.UTC(2026, 2, 4));
    added.getCell(col("Title")).value = `${token} meeting three`;
    added.getCell(col("Region")).value = "Жамбыл облысы";
    added.getCell(col("District")).value = "Кордайский район";
    added.getCell(col("Speakers")).value = "Aidos Seitkali (deputy)";
    const buffer = Buffer.from(await book.xlsx.writeBuffer());

    await page.goto("/events");
    await page.getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { name: "Import events" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download template (Excel)" })).toBeVisible();
    await page.getByLabel("Spreadsheet file").setInputFiles({
      name: "edited.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await page.getByRole("button", { name: "Upload and check" }).click();
    await expect(page.getByTestId("import-count-update")).toContainText("2");
    await expect(page.getByTestId("import-count-create")).toContainText("1");
    await expect(page.getByTestId("import-count-error")).toContainText("0");
    await expect(page.getByTestId("import-preview").locator('tr[data-kind="create"]')).toContainText("Kordai");

    // Someone else saves the second event after the export.
    const current = (await (await request.get(`/api/events/${second}`)).json()) as { version: number };
    const put = await request.put(`/api/events/${second}`, {
      data: { version: current.version, audienceSize: 999 },
      headers: { "Content-Type": "application/json" },
    });
    expect(put.ok()).toBe(true);

    page.on("dialog", (d) => void d.accept());
    await page.getByTestId("import-commit").click();
    await expect(page.getByTestId("import-error")).toContainText("Some rows have problems");
    await expect(page.getByTestId("import-count-conflict")).toContainText("1");
    await expect(page.getByTestId("import-problems")).toContainText(`Event #${second} was changed by someone`);
    await page.getByLabel("Leave out the rows with problems and import the rest").check();
    await page.getByTestId("import-commit").click();
    await expect(page.getByTestId("import-done")).toContainText("Imported: 1 new events, 1 updated");

    await page.getByRole("link", { name: "Open the event list" }).click();
    await page.goto(`/events?q=${token}`);
    await expect(page.getByTestId("events-count")).toContainText("3");
    const after = async (id: number) =>
      ((await (await request.get(`/api/events/${id}`)).json()) as { audienceSize: number }).audienceSize;
    expect(await after(first)).toBe(150);
    expect(await after(second)).toBe(999); // the other user's edit stands
    await page.goto(`/events/${first}`);
    await expect(page.getByTestId("history-via").first()).toContainText("imported from «edited.xlsx», row");
  });

  test("the JSON API refuses a file that is not a spreadsheet, and the template downloads", async ({ request }) => {
    const html = await request.post("/api/imports", {
      headers: EN,
      multipart: {
        file: { name: "events.csv", mimeType: "text/csv", buffer: Buffer.from("<!doctype html><html></html>") },
      },
    });
    expect(html.status()).toBe(400);
    expect(await html.json()).toMatchObject({ error: "import.errors.html" });
    const none = await request.post("/api/imports", { headers: EN, multipart: { note: "no file" } });
    expect(none.status()).toBe(400);
    const template = await request.get("/api/imports/template", { headers: EN });
    expect(template.ok()).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await template.body()).buffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual(["Date", "Title", "Campaign"]);
    const regionCell = sheet.getCell("E2");
    expect(regionCell.dataValidation.type).toBe("list");
  });
});

test.describe("import is not for viewers", () => {
  test.use({ storageState: stateOf("viewer") });
  test("a viewer is refused", async ({ page, request }) => {
    const r = await request.post("/api/imports", {
      multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Date,Title\n2026-03-01,x\n") } },
    });
    expect(r.status()).toBe(403);
    await page.goto("/events/import");
    await expect(page.getByText("Viewers cannot import events.")).toBeVisible();
  });
});

test.describe("cancelling a running import", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("Cancel reaches a commit while it writes, and nothing is written", async ({ page, request }) => {
    const token = `Cancelled${Date.now()}`;
    const rows = Array.from({ length: 2500 }, (_, i) => `2026-03-0${(i % 9) + 1},${token} meeting ${i},KZ-31`);
    const upload = await request.post("/api/imports", {
      headers: EN,
      multipart: {
        file: {
          name: "plan.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(["Date,Title,Region", ...rows].join("\n")),
        },
      },
    });
    expect(upload.ok()).toBe(true);
    const { id, creates } = (await upload.json()) as { id: string; creates: number };
    expect(creates).toBe(2500);

    // As the import page does: follow the commit's progress, and press Cancel once rows are being written.
    await page.goto("/events/import");
    const seen = await page.evaluate(async (jobId) => {
      const res = await fetch(`/api/imports/${jobId}/commit`, {
        method: "POST",
        headers: { Accept: "application/x-ndjson" },
      });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      let cancel: unknown = null;
      let last: { phase?: string; result?: { error?: string } } = {};
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
          last = JSON.parse(buffer.slice(0, i)) as typeof last & { done?: number };
          buffer = buffer.slice(i + 1);
          if (cancel === null && last.phase === "write") {
            cancel = await (await fetch(`/api/imports/${jobId}`, { method: "DELETE" })).json();
          }
        }
      }
      return { cancel, last };
    }, id);
    expect(seen.cancel).toEqual({ cancelled: true });
    expect(seen.last).toMatchObject({ phase: "done", result: { error: "import.errors.cancelled" } });

    const exported = await request.get(`/events/export?format=csv&q=${token}`, { headers: EN });
    expect((await exported.text()).trim().split("\n")).toHaveLength(1); // the header only
  });
});
