// Nothing a user did not touch may change (the integrity issue's three
// scenarios), each in two languages: a shared article keeps its details when
// one of the events citing it is edited; an alias a merge added survives a
// save from a page opened before the merge; "save the merged result" after a
// conflict keeps the other tab's change.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { stateOf } from "./helpers";
import en from "../messages/en.json" with { type: "json" };
import kk from "../messages/kk.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };

type Messages = typeof en;
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const ARTICLE = "Жамбыл облысы тұрғындары Жаңа Конституция жобасын қолдайды";

async function inLanguage(ctx: BrowserContext, locale: "en" | "ru" | "kk") {
  const base = test.info().project.use.baseURL ?? "";
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
}

/** Creates an event through the API (as coordinator: Zhambyl is theirs); returns its id. */
async function createEvent(page: Page, over: Record<string, unknown> = {}): Promise<number> {
  const res = await page.request.post("/api/events", {
    data: {
      title: `Integrity ${stamp()}`,
      campaign: "referendum-2026",
      status: "held",
      date: "2026-03-02",
      datePrecision: "day",
      region: "KZ-31",
      format: "meeting",
      audienceSize: 120,
      ...over,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

test.describe("nothing changes that its user did not change", () => {
  test.use({ storageState: stateOf("coordinator") });

  for (const [locale, m, seedKey] of [
    ["en", en, "Kazphosphate"],
    ["ru", ru, "Super-pharm"],
  ] as Array<["en" | "ru", Messages, string]>) {
    test(`${locale}: editing one of the nine events citing an article leaves the article as it was`, async ({
      page,
      context,
    }) => {
      await inLanguage(context, locale);
      await page.goto(`/events?q=${encodeURIComponent(seedKey)}&campaign=referendum-2026`);
      await page.getByTestId("event-row").first().getByRole("link").first().click();
      await page.getByRole("link", { name: m.event.edit }).click();
      await expect(page.getByTestId("linked-source")).toContainText(ARTICLE);
      await page.locator("#summary").fill(`Checked ${stamp()}`);
      await page.getByRole("button", { name: m.form.save }).click();
      await expect(page).toHaveURL(/\/events\/\d+\?saved=(created|updated)$/);
      await page.getByRole("link", { name: m.event.sourcePage }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE);
      await expect(page.getByTestId("source-events").getByRole("listitem")).toHaveCount(9);
      await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("9");
    });
  }

  for (const [locale, m] of [
    ["en", en],
    ["kk", kk],
  ] as Array<["en" | "kk", Messages]>) {
    test(`${locale}: an alias added by a merge survives a save from a page opened before it`, async ({
      page,
      context,
    }) => {
      await inLanguage(context, locale);
      const n = stamp();
      const keep = `Айгүл Сәрсенова${n}`;
      const dup = `А. Сарсенова${n}`;
      for (const name of [keep, dup]) {
        await createEvent(page, { speakers: [{ person: { name }, role: null, organization: null }] });
      }
      await page.goto(`/people?q=${encodeURIComponent(keep)}`);
      await page.getByRole("link", { name: keep, exact: true }).click();
      await expect(page).toHaveURL(/\/people\/\d+$/);
      const personUrl = page.url();

      // Another tab merges the duplicate in.
      const other = await context.newPage();
      await other.goto(personUrl);
      await other.locator("#merge-other").fill(dup);
      await other.getByRole("option", { name: dup, exact: true }).click();
      await other.getByRole("button", { name: m.directory.merge }).click();
      await other.getByRole("button", { name: m.directory.confirmMerge, exact: true }).click();
      await expect(other.getByRole("status").filter({ hasText: m.directory.merged })).toBeVisible();

      // The first tab still shows the old alias list; it adds one and saves.
      await page.locator("#record-aliases").fill(`Aigul Sarsenova${n}`);
      await page.getByRole("button", { name: m.directory.save, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: m.directory.saved })).toBeVisible();
      await page.reload();
      await expect(page.getByTestId("aliases")).toContainText(dup);
      await expect(page.getByTestId("aliases")).toContainText(`Aigul Sarsenova${n}`);
    });
  }

  for (const [locale, m] of [
    ["en", en],
    ["ru", ru],
  ] as Array<["en" | "ru", Messages]>) {
    test(`${locale}: after a save in another tab, the merged result keeps that tab's place`, async ({
      page,
      context,
    }) => {
      await inLanguage(context, locale);
      const id = await createEvent(page, { locality: "Taraz" });
      await page.goto(`/events/${id}/edit`);
      const other = await context.newPage();
      await other.goto(`/events/${id}/edit`);
      await other.locator("#locality").fill("Taraz, Kone Taraz hall");
      await other.getByRole("button", { name: m.form.save }).click();
      await expect(other).toHaveURL(`/events/${id}?saved=updated`);

      await page.locator("#audienceSize").fill("480");
      await page.getByRole("button", { name: m.form.save }).click();
      const notice = page.getByTestId("conflict");
      await expect(notice).toBeFocused();
      await expect(notice).toContainText(m.form.conflictYou);
      await expect(page.getByTestId("merged-locality")).toHaveText("Taraz, Kone Taraz hall");
      await expect(page.getByTestId("merged-audienceSize")).toHaveText("480");
      await notice.getByRole("button", { name: m.form.conflictSaveMerged }).click();
      await expect(page).toHaveURL(`/events/${id}?saved=updated`);
      const facts = page.getByTestId("event-facts");
      await expect(facts).toContainText("Taraz, Kone Taraz hall");
      await expect(facts).toContainText("480");
    });
  }
});
