// Article intake as staff use it: paste a report, get its drafts with the
// words behind each field, save one; a Russian and a Kazakh report of one
// meeting are caught as one, and the second becomes another source of the
// saved event instead of a second event. The texts below are our own.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { stateOf } from "./helpers";

const EN = { "Accept-Language": "en-US" };

test.describe("events from news articles", () => {
  test.use({ storageState: stateOf("coordinator"), extraHTTPHeaders: EN });

  test("the Zhambyl report gives nine drafts, each field with its evidence", async ({ page }) => {
    const zhambyl = readFileSync("prisma/seed/data/documents/004_5c4f725deede1c07.txt", "utf8");
    await page.goto("/events/import/articles");
    await page.getByLabel("Article text or HTML").fill(zhambyl);
    await page.getByRole("button", { name: "Find events" }).click();
    await expect(page.getByTestId("draft")).toHaveCount(9);
    const main = page.getByTestId("draft").first();
    await expect(main.getByTestId("value-audienceSize")).toHaveText("about 500");
    await main.getByTestId("field-audienceSize").click();
    await expect(page.getByTestId("evidence")).toContainText("500-ге жуық");
    // The seed holds this meeting already: the draft says which event it looks like.
    await expect(main.getByTestId("looks-like")).toContainText("Көне Тараз");
  });

  test("a Russian and a Kazakh report of one meeting: saved once, the second attached as a source", async ({
    page,
  }) => {
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = day.split("-").map(Number);
    const ruMonths = [
      "января",
      "февраля",
      "марта",
      "апреля",
      "мая",
      "июня",
      "июля",
      "августа",
      "сентября",
      "октября",
      "ноября",
      "декабря",
    ];
    const kkMonths = [
      "қаңтарда",
      "ақпанда",
      "наурызда",
      "сәуірде",
      "мамырда",
      "маусымда",
      "шілдеде",
      "тамызда",
      "қыркүйекте",
      "қазанда",
      "қарашада",
      "желтоқсанда",
    ];
    const ru = `${d} ${ruMonths[m! - 1]} ${y} года в Шуском районе Жамбылской области аким района Бауыржаном Сейткалиевым проведена разъяснительная встреча с работниками ТОО «Шу Агро» по проекту новой Конституции. На встрече присутствовали около 80 человек.`;
    const kk = `${y} жылғы ${d} ${kkMonths[m! - 1]} Жамбыл облысы Шу ауданында аудан әкімі Бауыржан Сейтқалиев «Шу Агро» ЖШС ұжымымен Жаңа Конституция жобасы бойынша кездесу өткізді. Кездесуге 80-ге жуық қызметкер қатысты.`;

    await page.goto("/events/import/articles");
    await page.getByLabel("Article text or HTML").fill(`${ru}\n---\n${kk}`);
    await page.getByRole("button", { name: "Find events" }).click();
    const articles = page.getByTestId("intake-article");
    await expect(articles).toHaveCount(2);
    await expect(articles.nth(1).getByTestId("looks-like-draft")).toBeVisible();
    const first = articles.nth(0).getByTestId("draft").first();
    await expect(first.getByTestId("value-region")).toHaveText("Zhambyl Region");
    await expect(first.getByTestId("value-speakers")).toContainText("Бауыржан Сейткалиев");
    await first.getByRole("button", { name: "Save" }).click();
    const saved = first.getByTestId("draft-done");
    await expect(saved).toContainText("Saved as event #");
    const id = Number(/#(\d+)/.exec((await saved.textContent()) ?? "")?.[1]);

    // The Kazakh report on its own, later: it looks like the saved event, and is attached to it.
    await page.getByLabel("Article text or HTML").fill(kk);
    await page.getByRole("button", { name: "Find events" }).click();
    const draft = page.getByTestId("draft").first();
    const match = draft.getByTestId("looks-like").filter({ hasText: `#${id}` });
    await expect(match).toContainText("Сейт");
    await match.getByRole("button", { name: `Attach this article to event #${id} instead` }).click();
    await expect(draft.getByTestId("draft-done")).toContainText(`The article is now a source of event #${id}`);

    await page.goto(`/events/${id}`);
    await expect(page.getByText("80", { exact: false }).first()).toBeVisible();
    const sources = await page.request.get(`/api/events/${id}`);
    const body = (await sources.json()) as { sources: unknown[] };
    expect(body.sources).toHaveLength(2);
  });

  test("bad input gets a clear message and writes nothing", async ({ page, request }) => {
    const empty = await request.post("/api/intake/drafts", { data: { articles: [{ text: "   " }] } });
    expect(empty.status()).toBe(400);
    const tooMany = await request.post("/api/intake/drafts", {
      data: { articles: Array.from({ length: 201 }, () => ({ text: "x" })) },
    });
    expect(tooMany.status()).toBe(400);
    expect(((await tooMany.json()) as { error: string }).error).toBe("intake.errors.tooMany");
    await page.goto("/events/import/articles");
    await page.getByLabel("Article text or HTML").fill("<div><img src=x></div>");
    await page.getByRole("button", { name: "Find events" }).click();
    await expect(page.getByTestId("intake-error")).toContainText("no readable text");
  });
});
