import { expect, test } from "@playwright/test";
import { PRISTINE, stateOf } from "./helpers";

test.describe("security headers", PRISTINE, () => {
  test.use({ storageState: stateOf("admin") });

  test("pages deny framing, sniffing and foreign scripts", async ({ page }) => {
    const res = await page.goto("/events");
    const h = res!.headers();
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("the spreadsheet upload, which the proxy does not see, answers with the same guards", async ({ page }) => {
    const res = await page.request.post("/api/imports", {
      multipart: { file: { name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from("not,a,plan\n") } },
    });
    expect(res.status()).toBeLessThan(500);
    const h = res.headers();
    expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-outreach-user"]).toBeUndefined(); // meant for the request log only
  });

  test("the app runs under its own content security policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/events", "/dashboard"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await page.goto("/events");
    await page.getByRole("link", { name: /Көне Тараз/ }).click();
    await expect(page.getByTestId("event-facts")).toBeVisible();
    // Client-side navigation and the language switch need scripts to run.
    await page.getByLabel("Language").selectOption("ru");
    await expect(page.getByLabel("Язык")).toBeVisible();
    await page.getByLabel("Язык").selectOption("en");
    expect(violations).toEqual([]);
  });
});
