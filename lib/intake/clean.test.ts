import { describe, expect, it } from "vitest";
import { sentencesOf } from "./clean";

const texts = (t: string) => sentencesOf(t).map((s) => s.text);

describe("sentencesOf", () => {
  it("ends a sentence before the number that opens the next, in any language", () => {
    expect(texts("Топ кездесулер өткізді. 2 наурызда қала тұрғындары жиналды.")).toEqual([
      "Топ кездесулер өткізді.",
      "2 наурызда қала тұрғындары жиналды.",
    ]);
    expect(texts("Группа провела встречи. 3 марта в селе прошла ещё одна.")).toHaveLength(2);
    expect(texts("Кездесу өтті. 300-ден астам адам қатысты.")).toHaveLength(2);
    expect(texts("Встреча прошла в субботу. №5 мектепте 200 оқушы жиналды.")).toHaveLength(2);
  });

  it("keeps a year's abbreviation, initials and a number with the words after them", () => {
    expect(texts("2026 ж. 3 наурызда кездесу өтті.")).toHaveLength(1);
    expect(texts("Встреча прошла в 2026 г. 15 марта.")).toHaveLength(1);
    expect(texts("Выступил Д. Мынбай. Встреча прошла в школе № 5.")).toHaveLength(2);
  });
});
