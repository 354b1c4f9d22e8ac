// What each role must NOT be able to do, through the UI and by calling the
// endpoints directly; after every refusal, nothing was written.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { stateOf, type RoleName } from "./helpers";

const api: Partial<Record<RoleName, APIRequestContext>> = {};
const as = (role: RoleName) => api[role]!;
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

const event = (title: string, region: string, extra: Record<string, unknown> = {}) => ({
  title,
  campaign: "referendum-2026",
  status: "held",
  date: "2026-03-02",
  datePrecision: "day",
  region,
  district: null,
  format: "meeting",
  audiences: ["residents"],
  audienceSize: 40,
  audienceEstimate: false,
  speakers: [],
  organizations: [],
  ...extra,
});

async function create(role: RoleName, region: string) {
  const title = `Authz ${role} ${region} ${stamp()}`;
  const res = await as(role).post("/api/events", { data: event(title, region) });
  expect(res.status(), await res.text()).toBe(201);
  return { id: ((await res.json()) as { id: number }).id, title };
}
type EventJson = { id: number; title: string; region: string; audienceSize: number | null; version: number };
const read = async (id: number) => (await (await as("admin").get(`/api/events/${id}`)).json()) as EventJson;
const searchCount = async (q: string) =>
  ((await (await as("admin").get(`/events/export?format=json&q=${encodeURIComponent(q)}`)).json()) as unknown[]).length;

test.beforeAll(async () => {
  for (const role of ["admin", "coordinator", "staff", "viewer"] as RoleName[]) {
    api[role] = await playwrightRequest.newContext({ baseURL: BASE_URL, storageState: stateOf(role) });
  }
});
test.afterAll(async () => Promise.all(Object.values(api).map((c) => c.dispose())));

test.describe("create", () => {
  for (const [role, own, foreign] of [
    ["staff", "KZ-62", "KZ-31"],
    ["coordinator", "KZ-31", "KZ-62"],
  ] as const) {
    test(`${role}: own region yes, another region no`, async () => {
      await create(role, own);
      const title = `Foreign ${stamp()}`;
      const res = await as(role).post("/api/events", { data: event(title, foreign) });
      expect(res.status()).toBe(403);
      expect(await searchCount(title)).toBe(0);
    });
  }

  test("viewer: never, by form or endpoint", async ({ browser }) => {
    const title = `Viewer ${stamp()}`;
    expect((await as("viewer").post("/api/events", { data: event(title, "KZ-31") })).status()).toBe(403);
    expect(await searchCount(title)).toBe(0);
    const page = await (await browser.newContext({ storageState: stateOf("viewer") })).newPage();
    await page.goto("/events");
    await expect(page.getByRole("link", { name: "Log an event" })).toHaveCount(0);
    expect((await page.goto("/events/new"))?.status()).toBe(403);
    await expect(page.getByTestId("notice-page")).toContainText("Not allowed");
    // (The app's header and menu stay, so the way on is at hand.)
    await expect(page.getByRole("banner")).toBeVisible();
    // Each page a viewer may not use says why, with a 403.
    const refused: Array<[string, string]> = [
      ["/events/import", "Viewers cannot import events."],
      ["/events/import/articles", "Viewers cannot import events."],
      ["/events/duplicates", "Only coordinators and administrators review duplicates."],
    ];
    for (const [path, reason] of refused) {
      expect((await page.goto(path))?.status(), path).toBe(403);
      await expect(page.getByTestId("notice-page")).toContainText(reason);
    }
  });

  test("admin: every region", async () => {
    await create("admin", "KZ-75");
  });
});

test.describe("edit", () => {
  test("staff edit their own event, not a colleague's, not another region's", async ({ browser }) => {
    const own = await create("staff", "KZ-62");
    const colleagues = await create("admin", "KZ-62");
    const elsewhere = await create("admin", "KZ-75");
    expect(
      (
        await as("staff").put(`/api/events/${own.id}`, {
          data: { version: 1, ...event(own.title, "KZ-62", { audienceSize: 41 }) },
        })
      ).status(),
    ).toBe(200);

    const before = await read(colleagues.id);
    expect(
      (
        await as("staff").put(`/api/events/${colleagues.id}`, { data: { version: 1, ...event("Hijacked", "KZ-62") } })
      ).status(),
    ).toBe(403);
    expect(
      (
        await as("staff").put(`/api/events/${elsewhere.id}`, { data: { version: 1, ...event("Hijacked", "KZ-75") } })
      ).status(),
    ).toBe(404);
    expect(await read(colleagues.id)).toEqual(before);
    expect((await read(elsewhere.id)).title).toBe(elsewhere.title);

    const page = await (await browser.newContext({ storageState: stateOf("staff") })).newPage();
    await page.goto(`/events/${colleagues.id}`);
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    expect((await page.goto(`/events/${colleagues.id}/edit`))?.status()).toBe(403);
    await expect(page.getByTestId("notice-page")).toContainText("Not allowed");
    expect((await page.goto(`/events/${elsewhere.id}/edit`))?.status()).toBe(404);
  });

  test("coordinators edit anything in their regions, nothing outside; a crafted region change is refused", async () => {
    const inRegion = await create("admin", "KZ-31");
    const outside = await create("admin", "KZ-62");
    expect(
      (
        await as("coordinator").put(`/api/events/${inRegion.id}`, {
          data: { version: 1, ...event(inRegion.title, "KZ-31", { audienceSize: 77 }) },
        })
      ).status(),
    ).toBe(200);
    expect(
      (
        await as("coordinator").put(`/api/events/${outside.id}`, {
          data: { version: 1, ...event("Hijacked", "KZ-62") },
        })
      ).status(),
    ).toBe(404);
    // Moving an event into a region one does not work in.
    const moved = await as("coordinator").put(`/api/events/${inRegion.id}`, {
      data: { version: 2, ...event(inRegion.title, "KZ-75") },
    });
    expect(moved.status()).toBe(403);
    expect(await read(inRegion.id)).toMatchObject({ region: "KZ-31", audienceSize: 77, version: 2 });
    expect((await read(outside.id)).title).toBe(outside.title);
  });

  test("viewers edit nothing", async () => {
    const e = await create("admin", "KZ-31");
    expect(
      (await as("viewer").put(`/api/events/${e.id}`, { data: { version: 1, ...event("Hijacked", "KZ-31") } })).status(),
    ).toBe(403);
    expect((await read(e.id)).title).toBe(e.title);
  });
});

test.describe("delete and restore", () => {
  test("only coordinators (in their regions) and admins delete; only admins restore", async ({ browser }) => {
    const a = await create("staff", "KZ-62");
    const b = await create("admin", "KZ-31");
    const c = await create("admin", "KZ-75");
    expect((await as("viewer").delete(`/api/events/${b.id}`)).status()).toBe(403);
    expect((await as("staff").delete(`/api/events/${a.id}`)).status()).toBe(403);
    expect((await as("coordinator").delete(`/api/events/${c.id}`)).status()).toBe(404);
    expect((await read(a.id)).id).toBe(a.id);
    expect((await read(c.id)).id).toBe(c.id);

    expect((await as("coordinator").delete(`/api/events/${b.id}`)).status()).toBe(200);
    expect((await as("admin").get(`/api/events/${b.id}`)).status()).toBe(404);
    expect((await as("coordinator").post(`/api/events/${b.id}/restore`)).status()).toBe(403);
    expect((await as("staff").post(`/api/events/${b.id}/restore`)).status()).toBe(403);
    expect((await as("admin").get(`/api/events/${b.id}`)).status()).toBe(404);

    const page = await (await browser.newContext({ storageState: stateOf("coordinator") })).newPage();
    expect((await page.goto("/events/deleted"))?.status()).toBe(403);
    await expect(page.getByTestId("notice-page")).toContainText("Only an administrator can restore");

    expect((await as("admin").post(`/api/events/${b.id}/restore`)).status()).toBe(200);
    expect((await read(b.id)).title).toBe(b.title);
  });
});

test.describe("user management", () => {
  const user = () => ({
    email: `new-${stamp()}@demo.kz`,
    name: "New Person",
    role: "staff",
    regions: ["KZ-31"],
    password: "a-long-password",
  });

  for (const role of ["coordinator", "staff", "viewer"] as const) {
    test(`${role} cannot manage users`, async ({ browser }) => {
      const u = user();
      expect((await as(role).post("/api/users", { data: u })).status()).toBe(403);
      const page = await (await browser.newContext({ storageState: stateOf(role) })).newPage();
      expect((await page.goto("/admin/users"))?.status()).toBe(403);
      await expect(page.getByTestId("notice-page")).toContainText("Not allowed");
      // Nothing was created: the admin's user list does not have it.
      const adminPage = await (await browser.newContext({ storageState: stateOf("admin") })).newPage();
      await adminPage.goto("/admin/users");
      await expect(adminPage.locator(`[data-email="${u.email}"]`)).toHaveCount(0);
    });
  }

  test("admin creates a user who can then sign in", async ({ browser }) => {
    const u = user();
    expect((await as("admin").post("/api/users", { data: u })).status()).toBe(201);
    expect((await as("admin").post("/api/users", { data: u })).status()).toBe(400); // same email again
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(u.email);
    await page.getByLabel("Password").fill(u.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toContainText(u.email);
  });
});

test("cross-site calls are refused", async () => {
  const res = await as("admin").post("/api/events", {
    data: event(`X ${stamp()}`, "KZ-31"),
    headers: { Origin: "https://evil.example" },
  });
  expect(res.status()).toBe(403);
  const form = await as("admin").post("/api/events", { form: { title: "x" } });
  expect(form.status()).toBe(415);
});
