// What the blind batches from the sixtieth on caught (the seventeenth
// session), one general cause each:
// - 60th: «2026 жылдың 4 наурызы» states its year; «Во встрече приняли участие
//   …» opening a paragraph counts who came to the meeting told before, and
//   starts no meeting of its own.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (seventh set)", () => {
  it("reads a Kazakh date with its year in the genitive as stated", () => {
    const [d] = draftsOf(
      "Ақсу қаласында 2026 жылдың 4 наурызы күні зауыт ұжымымен жаңа Конституция жобасы бойынша кездесу ұйымдастырылды.",
      "2026-03-05",
    );
    expect([d?.date, d?.dateSource]).toEqual(["2026-03-04", "stated"]);
  });

  it("counts «Во встрече приняли участие …» opening a paragraph for the meeting before it", () => {
    const drafts = draftsOf(
      "4 марта в районном Доме культуры поселка Шортанды прошла встреча с жителями района по разъяснению проекта новой Конституции. Перед собравшимися выступил аким района Ерлан Жумабеков.\n\nВо встрече приняли участие порядка 140 человек, среди них аграрии и пенсионеры.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.date, d.audienceSize, d.speakers.length])).toEqual([["2026-03-04", 140, 1]]);
  });
});
