import { expect, test } from "@playwright/test";
import { expectSignedInAs, PRISTINE, signIn } from "./helpers";

test.describe("signing in", PRISTINE, () => {
  test("an anonymous visitor is sent to sign-in and comes back to the page they asked for", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
    await signIn(page, "viewer@demo.kz");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectSignedInAs(page, "viewer@demo.kz");
    await expect(page.getByTestId("current-role")).toHaveText("Viewer");
  });

  test("a wrong password says only that the email or password is wrong, and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, "staff@demo.kz", "not-the-password");
    await expect(page.getByTestId("login-message")).toHaveText("Wrong email or password.");
    await expect(page.getByLabel("Email")).toHaveValue("staff@demo.kz");
    await signIn(page, "nobody@demo.kz", "whatever");
    await expect(page.getByTestId("login-message")).toHaveText("Wrong email or password.");
  });

  test("a malformed email gets its own message next to the field", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, "not-an-email", "x");
    await expect(page.getByText("Enter an email address")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("repeated failures for one email are throttled with a clear message", async ({ page }) => {
    const email = `throttle-${Date.now()}@demo.kz`;
    await page.goto("/login");
    const message = page.getByTestId("login-message");
    // Wait for the answer to this very submission (all wrong-password answers read the same).
    const attempt = async (n: number, password: string) => {
      await signIn(page, email, password);
      await expect(message).toHaveAttribute("data-attempt", String(n));
    };
    for (let i = 1; i <= 5; i++) {
      await attempt(i, `wrong-${i}`);
      await expect(message).toHaveText("Wrong email or password.");
    }
    await attempt(6, "wrong-again");
    await expect(page.getByTestId("login-message")).toContainText("Too many failed attempts");
  });

  test("only relative callback URLs are followed", async ({ page }) => {
    await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
    await signIn(page, "viewer@demo.kz");
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/events$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, "admin@demo.kz");
    await expectSignedInAs(page, "admin@demo.kz");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/events");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fevents/);
  });
});
