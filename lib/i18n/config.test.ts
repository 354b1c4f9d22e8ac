import { describe, expect, it } from "vitest";
import { pickLocale } from "./config";

describe("pickLocale", () => {
  it("keeps a saved choice", () => expect(pickLocale("ru", "en-US,en;q=0.9")).toBe("ru"));
  it("follows the browser among kk/ru/en", () => {
    expect(pickLocale(undefined, "ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(pickLocale(undefined, "de-DE,en;q=0.5")).toBe("en");
    expect(pickLocale(undefined, "kk-KZ")).toBe("kk");
    expect(pickLocale(undefined, "en;q=0.3,ru;q=0.7")).toBe("ru");
  });
  it("falls back to Kazakh", () => {
    expect(pickLocale(undefined, null)).toBe("kk");
    expect(pickLocale("xx", "de,fr;q=0.5")).toBe("kk");
  });
});
