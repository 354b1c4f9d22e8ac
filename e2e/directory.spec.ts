import { expect, test } from "@playwright/test";
import { stateOf } from "./helpers";

const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

test.describe("people and organisations", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("typing «Утешев» finds Nurlan Uteshev; his page lists his events", async ({ page }) => {
    await page.goto("/people?q=Утешев");
    await expect(page.getByTestId("directory-list")).toContainText("Nurlan Uteshev");
    await page.getByRole("link", { name: "Nurlan Uteshev" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nurlan Uteshev");
    await expect(page.getByTestId("aliases")).toContainText("Нурлан Утешев");
    await expect(page.getByTestId("events-table")).toContainText("Turkestan");
  });

  test("merging a Kazakh and a Russian spelling moves the events and keeps the name as an alias", async ({
    page,
    request,
  }) => {
    const n = stamp();
    const kk = `Асқар Тестов${n}`;
    const ru = `Аскар Тестовъ${n}`;
    for (const [name, title] of [
      [kk, `Merge A ${n}`],
      [ru, `Merge B ${n}`],
    ]) {
      const res = await request.post("/api/events", {
        data: {
          title,
          campaign: "referendum-2026",
          status: "held",
          date: "2026-03-03",
          datePrecision: "day",
          region: "KZ-31",
          format: "meeting",
          audiences: [],
          speakers: [{ person: { name }, role: "Speaker", organization: null }],
          organizations: [],
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    await page.goto(`/people?q=${encodeURIComponent(kk)}`);
    await page.getByRole("link", { name: kk, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "1 event" })).toBeVisible();

    const picker = page.locator("#merge-other");
    await picker.fill(ru);
    await page.getByRole("option", { name: ru, exact: true }).click();
    await page.getByRole("button", { name: "Merge…" }).click();
    await expect(page.getByRole("dialog")).toContainText(`«${ru}» will be merged into «${kk}»`);
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Merged." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "2 events" })).toBeVisible();
    await expect(page.getByTestId("aliases")).toContainText(ru);
    await expect(page.getByTestId("record-history")).toContainText(`coordinator@demo.kz merged «${ru}`);

    // Search by the merged spelling now finds both events.
    await page.goto(`/events?q=${encodeURIComponent(ru)}`);
    await expect(page.getByTestId("event-row")).toHaveCount(2);
    await page.goto(`/people?q=${encodeURIComponent(ru)}`);
    await expect(page.getByTestId("directory-list").getByRole("link")).toHaveCount(1);
  });

  test("editing an organisation's aliases makes its events findable by them", async ({ page }) => {
    await page.goto("/organizations?q=Kazphosphate");
    await page.getByRole("link", { name: "«Казфосфат» ЖШС" }).click();
    const alias = `Phosphor${stamp()}`;
    const aliases = page.getByLabel("Other spellings (one per line, any script)");
    await aliases.fill(`${await aliases.inputValue()}\n${alias}`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto(`/events?q=${alias}`);
    await expect(page.getByTestId("event-row")).toHaveCount(1);
  });
});

test.describe("users page", () => {
  test.use({ storageState: stateOf("admin") });

  test("create with validation, then deactivate: the user can no longer sign in", async ({ page, browser }) => {
    const email = `person${stamp()}@demo.kz`;
    await page.goto("/admin/users");
    const form = page.locator("form").filter({ has: page.locator("#new-user-email") });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Field Worker");
    await form.getByLabel("Role").selectOption("staff");
    await form.getByLabel("Password (at least 10 characters)").fill("short");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("error-new-user-password")).toHaveText("At least 10 characters.");
    await expect(page.getByTestId("error-new-user-regions")).toHaveText(
      "Coordinators and staff need at least one region.",
    );
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await form.getByLabel("Password (at least 10 characters)").fill("a-long-enough-password");
    await form.getByLabel("Ulytau Region").check();
    await form.getByRole("button", { name: "Add user" }).click();
    const row = page.locator(`[data-email="${email}"]`);
    await expect(row).toContainText("Ulytau Region");

    const other = await (
      await browser.newContext({ locale: "en-US", storageState: { cookies: [], origins: [] } })
    ).newPage();
    await other.goto("/login");
    await other.getByLabel("Email").fill(email);
    await other.getByLabel("Password").fill("a-long-enough-password");
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByTestId("current-user")).toContainText(email);

    await row.locator("summary").click();
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("deactivated");
    // The open session ends at once, and signing in again fails.
    await other.goto("/events");
    await expect(other).toHaveURL(/\/login/);
    await other.getByLabel("Email").fill(email);
    await other.getByLabel("Password").fill("a-long-enough-password");
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByTestId("login-message")).toHaveText("Wrong email or password.");
  });
});
