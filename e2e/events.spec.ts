import { expect, test, type Page } from "@playwright/test";
import { PRISTINE, stateOf } from "./helpers";

const rows = (page: Page) => page.getByTestId("event-row");

test.describe("as admin", PRISTINE, () => {
  test.use({ storageState: stateOf("admin") });

  test("the list shows every seeded event, newest first, with its facts", async ({ page }) => {
    await page.goto("/events");
    await expect(page.getByTestId("events-count")).toContainText("14 events");
    await expect(rows(page)).toHaveCount(14);
    await expect(rows(page).first()).toContainText("Mar 4, 2026");
    await expect(rows(page).last()).toContainText("AlES JSC");
    const kone = rows(page).filter({ hasText: "Көне Тараз" });
    await expect(kone).toContainText("Zhambyl Region");
    await expect(kone).toContainText("Ерлан Қошанов");
    await expect(kone).toContainText("about 500");
  });

  test("an event page shows everything about it, with its source document", async ({ page }) => {
    await page.goto("/events");
    await page.getByRole("link", { name: /Көне Тараз/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Көне Тараз");
    const facts = page.getByTestId("event-facts");
    await expect(facts).toContainText("Referendum on the new Constitution, 15 March 2026");
    await expect(facts).toContainText("on or before Feb 17, 2026");
    await expect(facts).toContainText("Taraz");
    await expect(facts).toContainText("Medical workers");
    await expect(page.getByTestId("event-speakers")).toContainText("Жалпыұлттық коалицияның жетекшісі");
    const source = page.getByTestId("event-source");
    await expect(source).toContainText("BAQ.KZ");
    await source.getByText("Full text of the document").click();
    await expect(source).toContainText("500-ге жуық тұрғыны");
    await expect(page.getByTestId("event-history")).toContainText("seed logged the event");
  });
});

test.describe("region scope", PRISTINE, () => {
  test.describe("coordinator of Zhambyl and Turkistan", () => {
    test.use({ storageState: stateOf("coordinator") });
    test("sees only events in their regions", async ({ page }) => {
      await page.goto("/events");
      await expect(page.getByTestId("events-count")).toContainText("10 events");
      const regions = await rows(page).evaluateAll((els) =>
        [...new Set(els.map((e) => e.getAttribute("data-region")))].sort(),
      );
      expect(regions).toEqual(["KZ-31", "KZ-61"]);
      await expect(page.getByTestId("current-user")).toContainText("Zhambyl Region, Turkistan Region");
    });
  });

  test.describe("staff of Ulytau", () => {
    test.use({ storageState: stateOf("staff") });
    test("sees only Ulytau events and gets 'not found' for another region's event", async ({ page, browser }) => {
      await page.goto("/events");
      await expect(rows(page)).toHaveCount(2);
      await expect(page.locator('[data-region]:not([data-region="KZ-62"])')).toHaveCount(0);

      const admin = await browser.newContext({ storageState: stateOf("admin") });
      const adminPage = await admin.newPage();
      await adminPage.goto("/events");
      const href = await adminPage.getByRole("link", { name: /Көне Тараз/ }).getAttribute("href");
      await admin.close();

      const res = await page.goto(href!);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(page.getByText("Көне Тараз")).toHaveCount(0);
    });
  });

  test.describe("viewer", () => {
    test.use({ storageState: stateOf("viewer") });
    test("reads the whole country", async ({ page }) => {
      await page.goto("/events");
      await expect(rows(page)).toHaveCount(14);
      await expect(page.getByTestId("current-user")).toContainText("All regions");
    });
  });
});
