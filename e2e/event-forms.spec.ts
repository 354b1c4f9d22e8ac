import { expect, test, type Page } from "@playwright/test";
import { stateOf, type RoleName } from "./helpers";

const unique = (label: string) => `${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function pick(page: Page, inputId: string, typed: string, option: string | RegExp) {
  const box = page.locator(`#${inputId}`);
  await box.click();
  await box.fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

async function logEvent(page: Page, title: string, region?: string) {
  await page.goto("/events/new");
  await page.getByLabel("Title").fill(title);
  if (region) await page.getByLabel("Region").selectOption(region);
  await page.getByLabel("Date", { exact: true }).fill("2026-03-01");
  await page.getByLabel("Labour collective").check();
  await page.getByLabel("Audience size").fill("120");
  await page.getByRole("button", { name: "Add a speaker" }).click();
  await pick(page, "speaker-0-person", "Утешев", /Nurlan Uteshev/);
  await page.getByLabel("Role or title at this event").fill("Deputy Chairman");
  await pick(page, "speaker-0-org", "Kazakhmys", /Kazakhmys Corporation LLP/);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/events\/\d+\?saved=(created|updated)$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

for (const [role, region] of [
  ["staff", undefined],
  ["coordinator", "KZ-31"],
  ["admin", "KZ-75"],
] as Array<[RoleName, string | undefined]>) {
  test.describe(`${role} logs an event`, () => {
    test.use({ storageState: stateOf(role) });

    test("form → list → detail → edit → history", async ({ page }) => {
      const title = unique(`Meeting logged by ${role}`);
      const id = await logEvent(page, title, region);
      // The save is confirmed in a live region (screen readers announce it).
      await expect(page.getByTestId("saved-notice")).toHaveText("Event saved.");
      await expect(page.getByTestId("saved-notice")).toHaveAttribute("role", "status");
      await expect(page.getByTestId("event-speakers")).toContainText("Nurlan Uteshev");
      await expect(page.getByTestId("event-speakers")).toContainText("Deputy Chairman");
      await expect(page.getByTestId("event-facts")).toContainText("120 people");

      await page.goto(`/events?q=${encodeURIComponent(title)}`);
      await expect(page.getByTestId("event-row")).toHaveCount(1);
      await page.getByRole("link", { name: title, exact: true }).click();

      await page.getByRole("link", { name: "Edit" }).click();
      await expect(page).toHaveURL(`/events/${id}/edit`);
      // Cancel leaves without saving.
      await page.getByLabel("Audience size").fill("999");
      await page.getByRole("link", { name: "Cancel" }).click();
      await expect(page).toHaveURL(`/events/${id}`);
      await expect(page.getByTestId("event-facts")).toContainText("120 people");
      await page.getByRole("link", { name: "Edit" }).click();
      await page.getByLabel("Audience size").fill("150");
      await page.getByLabel("The size is an estimate").check();
      await page.getByRole("button", { name: "Save event" }).click();
      await expect(page).toHaveURL(`/events/${id}?saved=updated`);
      await expect(page.getByTestId("saved-notice")).toHaveText("Changes saved.");
      await expect(page.getByTestId("event-facts")).toContainText("about 150");
      await expect(page.getByTestId("event-history")).toContainText(
        `${role}@demo.kz changed audience size 120 → 150; size estimated no → yes`,
      );
      await expect(page.getByTestId("event-history")).toContainText(`${role}@demo.kz logged the event`);
    });
  });
}

test.describe("copying an event", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("Copy opens the form filled with the event; saving makes a second event and leaves the first alone", async ({
    page,
  }) => {
    // The seeded main meeting (other tests add events that also mention «Көне Тараз»).
    const seeded = "Жалпыұлттық коалицияның «Көне Тараз» кешеніндегі тұрғындармен негізгі кездесуі";
    await page.goto(`/events?q=${encodeURIComponent("Көне Тараз")}`);
    await page.getByRole("link", { name: seeded, exact: true }).click();
    await expect(page).toHaveURL(/\/events\/\d+$/);
    const originalUrl = page.url();
    const originalTitle = await page.getByRole("heading", { level: 1 }).innerText();
    const speakers = await page.getByTestId("event-speakers").innerText();
    await page.getByRole("link", { name: "Copy" }).click();
    await expect(page).toHaveURL(/\/events\/new\?copy=\d+$/);
    await expect(page.getByTestId("copy-notice")).toContainText(originalTitle);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(originalTitle);
    const title = unique("Copied meeting");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page).toHaveURL(/\/events\/\d+\?saved=created$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await page.getByTestId("event-speakers").innerText()).toBe(speakers);
    await page.goto(originalUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(originalTitle);
  });
});

test.describe("picking a speaker", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("existing matches come before «create»: ArrowDown + Enter picks the person already stored", async ({ page }) => {
    await page.goto("/events/new");
    await page.getByRole("button", { name: "Add a speaker" }).click();
    const box = page.locator("#speaker-0-person");
    await box.click();
    await box.pressSequentially("Zhumyrbaev", { delay: 20 });
    await expect(page.getByRole("option", { name: /Тимур Жұмырбаев/ })).toBeVisible();
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(box).toHaveValue("Тимур Жұмырбаев");
    await expect(page.getByText("will be created when you save")).toHaveCount(0);
    // A second ArrowDown reaches «create» for someone who really is new.
    await box.fill("");
    await box.pressSequentially("Zhumyrbaev", { delay: 20 });
    await expect(page.getByRole("option", { name: /Тимур Жұмырбаев/ })).toBeVisible();
    await expect(page.getByRole("option", { name: /Zhumyrbaev/ }).last()).toBeVisible();
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(box).toHaveValue("Zhumyrbaev");
    await expect(page.getByText("will be created when you save")).toBeVisible();
  });
});

test.describe("validation", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("bad input gets a message next to each field and keeps what was typed", async ({ page }) => {
    await page.goto("/events/new");
    await page.getByLabel("Title").fill("   ");
    await page.getByLabel("Region").selectOption("KZ-31");
    await page.getByLabel("Locality".replace("Locality", "Place / venue")).fill("Тараз, «Көне Тараз»");
    await page.getByLabel("Date", { exact: true }).fill("1990-05-01");
    await page.getByLabel("Audience size").fill("-5");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByTestId("form-errors")).toContainText("3 fields need your attention");
    await expect(page.getByTestId("error-title")).toHaveText("This field is required.");
    await expect(page.getByTestId("error-date")).toHaveText("The date cannot be before 1991.");
    await expect(page.getByTestId("error-audienceSize")).toHaveText("The audience size must be at least 1.");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Place / venue")).toHaveValue("Тараз, «Көне Тараз»");
    await page.getByLabel("Audience size").fill("9999999");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByTestId("error-audienceSize")).toContainText("more people than any event could hold");
    await expect(page).toHaveURL(/\/events\/new$/);
  });
});

test("two people editing one event: the second save shows both versions and asks about the field both changed", async ({
  browser,
}) => {
  const coord = await browser.newContext({ storageState: stateOf("coordinator") });
  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const a = await coord.newPage();
  const b = await admin.newPage();
  const id = await logEvent(a, unique("Conflict test"), "KZ-31");

  await a.goto(`/events/${id}/edit`);
  await b.goto(`/events/${id}/edit`);
  await a.getByLabel("Audience size").fill("300");
  await a.getByRole("button", { name: "Save event" }).click();
  await expect(a).toHaveURL(`/events/${id}?saved=updated`);

  await b.getByLabel("Place / venue").fill("Taraz city hall");
  await b.getByLabel("Audience size").fill("500");
  await b.getByRole("button", { name: "Save event" }).click();
  const conflict = b.getByTestId("conflict");
  await expect(conflict).toContainText("This event was saved by coordinator@demo.kz");
  await expect(b.getByTestId("conflict-audienceSize")).toContainText("120");
  await expect(b.getByTestId("conflict-audienceSize")).toContainText("300");
  await expect(b.getByTestId("merged-locality")).toHaveText("Taraz city hall");
  await expect(b.getByLabel("Place / venue")).toHaveValue("Taraz city hall");
  await expect(b.getByLabel("Audience size")).toHaveValue("500");

  // Saving without choosing for the field both changed is refused again.
  await conflict.getByRole("button", { name: "Save the merged result" }).click();
  await expect(b.getByTestId("conflict")).toContainText("Choose for each");
  await b.getByTestId("conflict-audienceSize").getByLabel("keep yours").check();
  await b.getByTestId("conflict").getByRole("button", { name: "Save the merged result" }).click();
  await expect(b).toHaveURL(`/events/${id}?saved=updated`);
  await expect(b.getByTestId("event-facts")).toContainText("500 people");
  await expect(b.getByTestId("event-history")).toContainText(
    "admin@demo.kz changed place — → Taraz city hall; audience size 300 → 500",
  );
  await coord.close();
  await admin.close();
});

test("delete asks first; the event disappears; an admin restores it", async ({ browser }) => {
  const coord = await browser.newContext({ storageState: stateOf("coordinator") });
  const page = await coord.newPage();
  const title = unique("Delete me");
  const id = await logEvent(page, title, "KZ-31");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("dialog")).toContainText("Delete this event?");
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete event" }).click();
  await expect(page).toHaveURL(/\/events\?deleted=1/);
  await expect(page.getByTestId("deleted-notice")).toBeVisible();
  await page.goto(`/events?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("event-row")).toHaveCount(0);
  expect((await page.goto(`/events/${id}`))?.status()).toBe(404);
  await coord.close();

  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const ap = await admin.newPage();
  await ap.goto("/events/deleted");
  await ap.getByRole("button", { name: `Restore «${title}»` }).click();
  await expect(ap).toHaveURL(`/events/${id}?saved=restored`);
  await expect(ap.getByTestId("event-history")).toContainText("admin@demo.kz restored the event");
  await expect(ap.getByTestId("event-history")).toContainText("coordinator@demo.kz deleted the event");
  await admin.close();
});
