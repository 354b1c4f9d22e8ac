// What the blind batches caught in the thirty-sixth session, one general
// cause each (the 351st–363rd are in extract-blind29.test.ts):
// - 364th (a petrochemical plant's workers, a sea port's dockers, a drama
//   theatre's actors, a district's rice farmers, 2022's pensioners at a
//   veterans' council): «в драматическом театре имени Абая» is the drama
//   theatre named after Abai, its kind part of its name (so «в региональной
//   филармонии имени Жамбыла»); «Кездесуге 80-ге жуық портшы қатысты» counts
//   80 who came, whatever people its one word names («12 мектеп», schools,
//   are not people).
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (thirtieth set)", () => {
  it("names a theatre or a concert hall with its kind, in the nominative", () => {
    const [theatre, hall] = [
      "2 марта в драматическом театре имени Абая в Семее прошла встреча актёров с членом разъяснительной группы Маратом Оспановым по проекту новой Конституции.",
      "2 марта в областной филармонии имени Жамбыла в Таразе прошла встреча музыкантов с членом разъяснительной группы Маратом Оспановым по проекту новой Конституции.",
    ].map((text) => draftsOf(text, "2026-03-03")[0]);
    expect(theatre?.organizations.map((o) => o.name)).toEqual(["Драматический театр имени Абая"]);
    expect(hall?.organizations.map((o) => o.name)).toEqual(["Областная филармония имени Жамбыла"]);
  });

  it("counts who came by the one word before the Kazakh verb, not schools", () => {
    const [dockers, schools] = ["Кездесуге 80-ге жуық портшы қатысты.", "Кездесуге 12 мектеп қатысты."].map(
      (count) =>
        draftsOf(
          `24 ақпанда Ақтау теңіз портында жаңа Конституция жобасы бойынша кездесу өтті. Облыстық мәслихат депутаты Асқар Жұмабаев еңбек құқықтары туралы айтты. ${count}`,
          "2026-02-25",
        )[0],
    );
    expect([dockers?.audienceSize, dockers?.audienceEstimate]).toEqual([80, true]);
    expect(schools?.audienceSize).toBeNull();
  });
});
