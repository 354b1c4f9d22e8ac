import { expect, test } from "@playwright/test";
import { PRISTINE, stateOf } from "./helpers";

test.describe("language", PRISTINE, () => {
  test("follows the browser among kk/ru/en", async ({ browser }) => {
    for (const [locale, heading] of [
      ["ru-RU", "Вход"],
      ["kk-KZ", "Кіру"],
      ["en-GB", "Sign in"],
      ["de-DE", "Кіру"], // not offered: Kazakh
    ] as const) {
      const ctx = await browser.newContext({ locale });
      const page = await ctx.newPage();
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.locator("html")).toHaveAttribute(
        "lang",
        heading === "Sign in" ? "en" : heading === "Вход" ? "ru" : "kk",
      );
      await ctx.close();
    }
  });

  test.describe("signed in", () => {
    test.use({ storageState: stateOf("coordinator") });

    test("a chosen language persists and names regions and dates in it", async ({ page }) => {
      await page.goto("/events");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events");
      await page.getByLabel("Language").selectOption("ru");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мероприятия");
      await expect(page.getByTestId("events-table")).toContainText("Жамбылская область");
      await expect(page.getByTestId("events-table")).toContainText("не позднее 17 февр. 2026");
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мероприятия");

      await page.getByLabel("Язык").selectOption("kk");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Іс-шаралар");
      await expect(page.getByTestId("events-table")).toContainText("Жамбыл облысы");
      await expect(page.getByTestId("current-role")).toHaveText("Үйлестіруші");

      await page.getByLabel("Тіл").selectOption("en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events");
    });
  });
});
