import { describe, expect, it } from "vitest";
import { sentencesOf } from "./clean";

const texts = (t: string) => sentencesOf(t).map((s) => s.text);

describe("sentencesOf", () => {
  it("ends a sentence before the day that opens the next, in any language", () => {
    expect(texts("Топ кездесулер өткізді. 2 наурызда қала тұрғындары жиналды.")).toEqual([
      "Топ кездесулер өткізді.",
      "2 наурызда қала тұрғындары жиналды.",
    ]);
    expect(texts("Группа провела встречи. 3 марта в селе прошла ещё одна.")).toHaveLength(2);
  });

  it("keeps a year's abbreviation, initials and a number with the words after them", () => {
    expect(texts("2026 ж. 3 наурызда кездесу өтті.")).toHaveLength(1);
    expect(texts("Выступил Д. Мынбай. Встреча прошла в школе № 5.")).toHaveLength(2);
  });
});
