import { expect, test } from "@playwright/test";
import { PRISTINE, stateOf } from "./helpers";

type Stats = { kpis: { held: number; audience: number } };

test.describe("national dashboard", PRISTINE, () => {
  test.use({ storageState: stateOf("admin") });

  test("KPIs, a map of the 20 units and the same numbers as a table", async ({ page }) => {
    await page.goto("/dashboard?campaign=all");
    await expect(page.getByTestId("kpi-held")).toHaveText("14");
    await expect(page.getByTestId("kpi-audience")).toHaveText("500");
    await expect(page.getByTestId("region-map").locator("path[data-iso]")).toHaveCount(20);
    await expect(page.getByTestId("area-table").locator('[data-key="KZ-31"]')).toContainText("9");
    await expect(page.getByTestId("map-attribution")).toContainText("geokz by Alexander Rodionov");
    // The latest campaign is the default.
    await page.goto("/dashboard");
    await expect(page.getByTestId("kpi-held")).toHaveText("11");
    await expect(page.getByTestId("kpi-vote")).toBeVisible();
  });

  test("hovering shows a region's numbers; clicking Zhambyl opens its dashboard", async ({ page }) => {
    await page.goto("/dashboard");
    const zhambyl = page.locator('path[data-iso="KZ-31"]');
    await zhambyl.hover();
    await expect(page.getByTestId("map-details")).toContainText("Zhambyl Region: 9 held");
    await zhambyl.click();
    await expect(page).toHaveURL(/\/dashboard\/KZ-31$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard: Zhambyl Region");
    await expect(page.getByTestId("area-table")).toContainText("Kordai District");
  });

  test("a region's dashboard maps its districts; a district opens its event list", async ({ page }) => {
    await page.goto("/dashboard/KZ-31?campaign=all");
    const map = page.getByTestId("region-map");
    await expect(map).toHaveAttribute("data-map", "districts");
    await expect(page.getByRole("heading", { name: "District map" })).toBeVisible();
    // Taraz and the ten districts, each carrying its district id.
    await expect(map.locator("path[data-district]")).toHaveCount(11);
    await expect(map.locator("path[data-iso]")).toHaveCount(0);
    const ids = await map
      .locator("path[data-district]")
      .evaluateAll((ps) => ps.map((p) => p.getAttribute("data-district")));
    expect(ids.every((id) => /^\d+$/.test(id ?? ""))).toBe(true);
    const kordai = map.getByRole("link", { name: /^Kordai District:/ });
    await kordai.hover();
    await expect(page.getByTestId("map-details")).toContainText("Kordai District:");
    await kordai.click();
    await expect(page).toHaveURL(/\/events\?.*district=\d+/);
    await expect(page.getByTestId("active-filters")).toContainText("Kordai District");
  });

  test("legend classes read right for small counts", async ({ page }) => {
    await page.goto("/dashboard/KZ-31?campaign=all");
    const legend = page.getByTestId("region-map").locator("xpath=ancestor::figure").locator("figcaption");
    const text = (await legend.innerText()).replace(/\s+/g, " ");
    // Every range goes up ("0–0, 1–0" was the bug); zero has its own swatch.
    for (const [, lo, hi] of text.matchAll(/(\d+)–(\d+)/g)) expect(Number(lo)).toBeLessThan(Number(hi));
    expect(text).toMatch(/: 0 /);
  });

  test("the map works from the keyboard", async ({ page }) => {
    await page.goto("/dashboard");
    await page.locator('path[data-iso="KZ-62"]').focus();
    await expect(page.getByTestId("map-details")).toContainText("Ulytau Region");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard\/KZ-62$/);
  });

  test("filters change the numbers and the URL", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByLabel("Format", { exact: true }).selectOption("other");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/format=other/);
    await expect(page.getByTestId("kpi-held")).toHaveText("2");
    await page.getByLabel("Campaign").selectOption("all");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/campaign=all/);
    await page.goto(page.url().replace(/format=other&?/, ""));
    await expect(page.getByTestId("kpi-held")).toHaveText("14");
  });

  test("coverage gaps list districts with no events, and N is selectable", async ({ page }) => {
    await page.goto("/dashboard/KZ-31");
    const districts = page.getByTestId("gap-districts");
    await expect(districts).toContainText("Merke District");
    await expect(districts.locator("li").first()).toContainText("never");
    await page.getByLabel("Days without events").selectOption("90");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/gap=90/);
    await expect(page.getByRole("heading", { name: /last 90 days/ })).toBeVisible();
  });

  test("coverage gaps list the most overdue first, and every gap on request", async ({ page }) => {
    await page.goto("/dashboard");
    const districts = page.getByTestId("gap-districts");
    const names = async () => (await districts.innerText()).split(/,|\n/).filter((x) => x.trim()).length;
    const before = await names();
    await page.getByTestId("gaps-toggle").click();
    await expect(page).toHaveURL(/gaps=all/);
    await expect.poll(names).toBeGreaterThan(before);
    await expect(page.getByTestId("gaps-toggle")).toHaveText(/most overdue/);
  });

  test("top speakers and breakdowns link to the filtered event list", async ({ page }) => {
    await page.goto("/dashboard/KZ-31");
    await page.getByTestId("topSpeakers").getByRole("link", { name: "Ерлан Қошанов" }).click();
    await expect(page).toHaveURL(/\/events\?.*speaker=\d+/);
    await expect(page.getByTestId("event-row")).toHaveCount(1);
    // A breakdown bar is a link with its name and count, to the list of that format.
    await page.goto("/dashboard/KZ-31");
    const meeting = page.getByTestId("format-chart").getByRole("link", { name: /^Meeting\s*\d+$/ });
    const count = Number((await meeting.textContent())?.replace(/\D/g, ""));
    await meeting.click();
    await expect(page).toHaveURL(/\/events\?.*format=meeting/);
    await expect(page.getByTestId("event-row")).toHaveCount(count);
  });

  test("the weekly chart draws a bar per week, the vote week marked, its numbers in a table", async ({ page }) => {
    await page.goto("/dashboard");
    const chart = page.getByTestId("weekly-chart");
    const bars = chart.locator("[data-week]");
    expect(await bars.count()).toBeGreaterThan(1);
    await expect(chart.getByTestId("vote-week")).toHaveCount(1);
    await expect(chart.getByTestId("vote-label")).toContainText("Vote:");
    await chart.getByText("Show as a table").click();
    await expect(chart.locator("tbody tr")).toHaveCount(await bars.count());
  });

  test("/api/stats returns the same aggregates as JSON", async ({ page, request }) => {
    const all = (await (await request.get("/api/stats?campaign=all")).json()) as Stats;
    expect(all.kpis).toMatchObject({ held: 14, audience: 500 });
    const zhambyl = (await (await request.get("/api/stats?campaign=all&region=KZ-31")).json()) as Stats;
    expect(zhambyl.kpis.held).toBe(9);
    await page.goto("/dashboard?campaign=all&region=KZ-31");
  });
});

test.describe("coordinator", PRISTINE, () => {
  test.use({ storageState: stateOf("coordinator") });

  test("sees their regions; the rest of the map is greyed out and other dashboards do not exist", async ({
    page,
    request,
  }) => {
    await page.goto("/dashboard");
    await expect(page.locator('path[data-iso="KZ-62"]')).toHaveAttribute("aria-disabled", "true");
    await expect(page.locator('path[data-iso="KZ-31"]')).not.toHaveAttribute("aria-disabled", "true");
    await expect(page.getByTestId("area-table").locator("tbody tr")).toHaveCount(2);
    expect((await page.goto("/dashboard/KZ-62"))?.status()).toBe(404);
    expect((await request.get("/api/stats?region=KZ-62")).status()).toBe(404);
    const mine = (await (await request.get("/api/stats?campaign=all")).json()) as Stats;
    expect(mine.kpis.held).toBe(10);
  });
});

test("dashboard screenshots in kk, ru and en", PRISTINE, async ({ browser }) => {
  for (const locale of ["kk-KZ", "ru-RU", "en-US"]) {
    const ctx = await browser.newContext({
      storageState: stateOf("admin"),
      locale,
      viewport: { width: 1280, height: 900 },
    });
    const page = await ctx.newPage();
    await page.goto("/dashboard");
    await expect(page.getByTestId("region-map").locator("path[data-iso]")).toHaveCount(20);
    await page.screenshot({ path: `test-results/dashboard-${locale.slice(0, 2)}.png`, fullPage: true });
    await ctx.close();
  }
});
