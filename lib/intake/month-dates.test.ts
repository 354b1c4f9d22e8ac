// A meeting told by its month alone is dated to that month, never to a day
// the text did not give, and never to a month after its article.
import { describe, expect, it } from "vitest";
import { monthMentions } from "./month-dates";
import { draftsOf } from "../testing/intake-drafts";

const dated = (text: string, published = "2026-03-06") => {
  const [d] = draftsOf(text, published);
  return [d?.date, d?.datePrecision, d?.dateSource];
};

describe("a meeting told by its month", () => {
  it("is dated to the month in each language", () => {
    const cases: Array<[string, string, string]> = [
      [
        "В конце февраля в Таразе прошла встреча с жителями по проекту новой Конституции.",
        "2026-02-01",
        "inferred_year",
      ],
      [
        "In early March, a meeting on the draft Constitution was held in Taraz with 100 residents.",
        "2026-03-01",
        "inferred_year",
      ],
      [
        "Ақпан айының соңында Таразда жаңа Конституция жобасы бойынша тұрғындармен кездесу өтті.",
        "2026-02-01",
        "inferred_year",
      ],
      ["В феврале 2022 года в Таразе прошла встреча с жителями по поправкам в Конституцию.", "2022-02-01", "stated"],
    ];
    for (const [text, date, source] of cases) expect(dated(text), text).toEqual([date, "month", source]);
  });

  it("leaves a planned month, the vote's month and a day-dated meeting alone", () => {
    expect(
      dated("В Таразе прошла встреча с жителями по проекту новой Конституции. Референдум пройдёт в марте."),
    ).toEqual(["2026-03-06", "on_or_before", "published"]);
    expect(
      dated(
        "В Таразе прошла встреча с жителями по проекту Конституции, которую в марте планируют провести и в районах.",
      ),
    ).toEqual(["2026-03-06", "on_or_before", "published"]);
    expect(dated("В начале марта, 4 марта, в Таразе прошла встреча с жителями по проекту новой Конституции.")).toEqual([
      "2026-03-04",
      "day",
      "inferred_year",
    ]);
  });

  it("reads the month against the vote when the article has no publication date", () => {
    const undated = (text: string) => {
      const [d] = draftsOf(text);
      return [d?.date, d?.datePrecision];
    };
    expect(undated("В конце февраля в Таразе прошла встреча с жителями по проекту новой Конституции.")).toEqual([
      "2026-02-01",
      "month",
    ]);
    expect(
      undated("In May, a meeting on the amendments to the Constitution was held in Taraz with 100 residents."),
    ).toEqual(["2022-05-01", "month"]);
    // (No month: before the vote, as before.)
    expect(undated("В Таразе прошла встреча с жителями по проекту новой Конституции.")).toEqual([
      "2026-03-14",
      "on_or_before",
    ]);
  });

  it("takes no month after the publication, nor one long before it without a year", () => {
    expect(monthMentions("в апреле", "2026-03-06")).toEqual([]);
    expect(monthMentions("в ноябре", "2026-03-06")).toEqual([]);
    expect(monthMentions("в январе", "2026-03-06").map((m) => m.date)).toEqual(["2026-01-01"]);
    expect(monthMentions("в марте", null)).toEqual([]);
  });
});
