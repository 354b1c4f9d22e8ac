import { describe, expect, it } from "vitest";
import { isBatch, pastedArticles } from "./pasted-articles";

describe("pastedArticles", () => {
  it("gives one pasted article the form's address and date", () => {
    expect(pastedArticles("Кездесу өтті.", "https://example.kz/news/1", "2026-03-06")).toEqual([
      { id: "1", text: "Кездесу өтті.", url: "https://example.kz/news/1", publishedAt: "2026-03-06" },
    ]);
  });

  it("does not give the form's address and date to every article of a batch", () => {
    const got = pastedArticles("Первая.\n---\nВторая.", "https://example.kz/a", "2026-03-06");
    expect(got.map((a) => [a.url, a.publishedAt])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(isBatch("Первая.\n  ---  \nВторая.")).toBe(true);
    expect(isBatch("Одна.\n---\n\n")).toBe(false);
  });

  it("takes an address on an article's own first line as its address, not its text", () => {
    const got = pastedArticles(
      "https://example.kz/2026/03/05/a\nFirst meeting.\n---\n  http://example.kz/b  \r\nSecond meeting.",
      "",
      "",
    );
    expect(got).toEqual([
      { id: "1", text: "First meeting.\n", url: "https://example.kz/2026/03/05/a", publishedAt: null },
      { id: "2", text: "Second meeting.", url: "http://example.kz/b", publishedAt: null },
    ]);
  });

  it("takes only what the API takes for an address", () => {
    const [local] = pastedArticles("http://localhost\nText.", "", "");
    expect(local).toMatchObject({ url: null, text: "http://localhost\nText." });
    const long = `https://example.kz/${"a".repeat(2000)}`;
    expect(pastedArticles(`${long}\nText.`, "", "")[0]?.url).toBeNull();
  });

  it("leaves an address inside the text where it is", () => {
    const [a] = pastedArticles("Read more at https://example.kz/x about the meeting.", "", "");
    expect(a).toMatchObject({ url: null, text: "Read more at https://example.kz/x about the meeting." });
  });
});
