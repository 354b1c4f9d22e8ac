// Every page on a 390×844 phone, in every language: nothing scrolls sideways,
// and the browser console stays clean (no hydration mismatch, no error).
import { expect, test, type Page } from "@playwright/test";
import { stateOf } from "./helpers";

const PAGES = [
  "/events",
  "/events?q=Kazakhmys",
  "/events/new",
  "/events/import",
  "/events/import/articles",
  "/events/duplicates",
  "/events/1",
  "/events/1/edit",
  "/events/deleted",
  "/dashboard",
  "/dashboard/KZ-31",
  "/dashboard/KZ-71",
  "/people",
  "/organizations",
  "/sources/1",
  "/admin/users",
];
const LOCALES = ["kk-KZ", "ru-RU", "en-US"] as const;
const SHOWN = ["/events", "/dashboard", "/dashboard/KZ-31", "/events/new"];

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

for (const locale of LOCALES) {
  test.describe(`phone, ${locale}`, () => {
    test.use({
      storageState: stateOf("admin"),
      locale,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });

    test("no page scrolls sideways and the console stays clean", async ({ page }) => {
      test.setTimeout(120_000);
      const problems = watchConsole(page);
      for (const path of PAGES) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        // The layout viewport (clientWidth), not innerWidth: a phone zooms out to
        // show content wider than the screen, and innerWidth grows with it.
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: document.documentElement.clientWidth,
        }));
        expect(scroll, `${path} is ${scroll}px wide on a ${inner}px screen`).toBeLessThanOrEqual(inner);
        // Nothing to fill in or press is cut off at the edge (a wide select inside a card would not widen the page).
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button")]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > document.documentElement.clientWidth + 1;
            })
            .map((el) => el.id || el.getAttribute("name") || el.textContent.trim() || el.tagName),
        );
        expect(cut, `controls cut off on ${path}`).toEqual([]);
        expect(problems, `console on ${path}`).toEqual([]);
        // SCREENSHOTS=1 refreshes the README's phone screenshots (docs/screenshots).
        if (process.env.SCREENSHOTS && SHOWN.includes(path)) {
          const name = path.replace(/^\//, "").replace(/\//g, "-");
          await page.screenshot({ path: `docs/screenshots/phone-${name}-${locale.slice(0, 2)}.png` });
        }
      }
    });
  });
}
