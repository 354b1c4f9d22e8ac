// The event form is a real form: with JavaScript switched off it still saves,
// and a refused save comes back with the server's field errors and what was typed.
import { expect, test } from "@playwright/test";
import { stateOf } from "./helpers";

test.use({ storageState: stateOf("coordinator"), javaScriptEnabled: false });

test("an event is logged and edited without JavaScript", async ({ page }) => {
  const title = `No-JS meeting ${Date.now()}`;
  await page.goto("/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Region").selectOption("KZ-31");
  await page.getByLabel("Date", { exact: true }).fill("2026-03-02");
  await page.getByLabel("Youth").check();
  await page.getByLabel("Audience size").fill("45");
  // The pickers need JavaScript: without it speakers and organisations are lines of text.
  await page.getByLabel("Speakers, one per line").fill("Аида Сейтқали (аудан әкімі)\nNurlan Abenov — teacher");
  await page.getByLabel("Host organisations, one per line").fill("Тараз драма театры");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/events\/\d+\?saved=(created|updated)$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("event-facts")).toContainText("45 people");
  const main = page.getByRole("main");
  await expect(main).toContainText("Аида Сейтқали");
  await expect(main).toContainText("аудан әкімі");
  await expect(main.getByText("Nurlan Abenov", { exact: true })).toBeVisible();
  await expect(main).toContainText("Тараз драма театры");

  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.goto(`/events/${id}/edit`);
  const speakers = page.getByLabel("Speakers, one per line");
  await expect(speakers).toHaveValue("Аида Сейтқали (аудан әкімі)\nNurlan Abenov (teacher)");
  await page.getByLabel("Audience size").fill("60");
  await speakers.fill("Аида Сейтқали (аудан әкімі)");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(`/events/${id}?saved=updated`);
  await expect(page.getByTestId("event-facts")).toContainText("60 people");
  await expect(main).toContainText("Аида Сейтқали");
  await expect(main.getByText("Nurlan Abenov", { exact: true })).toHaveCount(0);
  await expect(main).toContainText("Тараз драма театры");
});

test("a refused save without JavaScript shows the server's errors and keeps the input", async ({ page }) => {
  await page.goto("/events/new");
  await page.getByLabel("Title").fill("");
  await page.getByLabel("Region").selectOption("KZ-31");
  await page.getByLabel("Place / venue").fill("Taraz drama theatre");
  await page.getByLabel("Speakers, one per line").fill("Dana Amanova (rector)");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByTestId("form-errors")).toBeVisible();
  await expect(page.getByTestId("error-title")).not.toBeEmpty();
  await expect(page.getByLabel("Place / venue")).toHaveValue("Taraz drama theatre");
  await expect(page.getByLabel("Region")).toHaveValue("KZ-31");
  await expect(page.getByLabel("Speakers, one per line")).toHaveValue("Dana Amanova (rector)");
});
