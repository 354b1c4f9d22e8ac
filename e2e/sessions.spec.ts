// Sessions end on the server: a copy of the session cookie kept from before a
// sign-out, or from another device after "sign out everywhere", is refused on
// pages and on the API. The sign-in throttle counts the real client address,
// so a changing X-Forwarded-For header does not dodge it.
import { expect, test, type Browser } from "@playwright/test";
import { expectSignedInAs, signIn, stateOf } from "./helpers";

const PASSWORD = "a-long-test-password";

/** A user of their own (so ending their sessions touches no other test), made by the admin through the API. */
async function makeUser(browser: Browser): Promise<string> {
  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const email = `session-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.kz`;
  const res = await admin.request.post("/api/users", {
    data: { email, name: "Session Test", role: "viewer", regions: [], password: PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(201);
  await admin.close();
  return email;
}

async function signedIn(browser: Browser, email: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto("/login");
  await signIn(page, email, PASSWORD);
  await expectSignedInAs(page, email);
  return { ctx, page };
}

test("a session cookie replayed after sign-out is refused on pages and the API", async ({ browser }) => {
  const email = await makeUser(browser);
  const { ctx, page } = await signedIn(browser, email);
  const kept = await ctx.cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(kept);
  const api = await replay.request.get("/api/session");
  expect(api.status()).toBe(401);
  expect((await replay.request.get("/api/events/1")).status()).toBe(401);
  const p = await replay.newPage();
  await p.goto("/events");
  await expect(p).toHaveURL(/\/login/);
  await ctx.close();
  await replay.close();
});

test("sign out everywhere ends the sessions of every device", async ({ browser }) => {
  const email = await makeUser(browser);
  const one = await signedIn(browser, email);
  const two = await signedIn(browser, email);
  expect((await two.ctx.request.get("/api/session")).status()).toBe(200);
  await one.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(one.page).toHaveURL(/\/login/);
  expect((await two.ctx.request.get("/api/session")).status()).toBe(401);
  await two.page.goto("/events");
  await expect(two.page).toHaveURL(/\/login/);
  await one.ctx.close();
  await two.ctx.close();
});

test("a changing X-Forwarded-For does not dodge the sign-in throttle", async ({ page }) => {
  const email = `spoof-${Date.now()}@demo.kz`;
  await page.goto("/login");
  const message = page.getByTestId("login-message");
  for (let i = 1; i <= 6; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}` });
    await signIn(page, email, `wrong-${i}`);
    await expect(message).toHaveAttribute("data-attempt", String(i));
  }
  await expect(message).toContainText("Too many failed attempts");
});

test("the health check answers without a session and names no secrets", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: true, migrations: true });
});

test("a malformed percent-escape in a path is a 404 with the security headers, never a 500", async ({ request }) => {
  for (const path of ["/api/events/%ff", "/events/%ff", "/people/%ff", "/dashboard/%ff", "/sources/%E0%A4%A"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});
