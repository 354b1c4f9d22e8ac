// What the blind batches caught in the thirty-fifth session, one general
// cause each (the 335th–350th are in extract-blind28.test.ts):
// - 351st (road workers of a national company's branch, a transformer
//   plant's workers, a town's school directors): «65 дорожников» (road
//   workers) are counted; «25 мектеп директоры» (a school's director, in the
//   singular) counts 25 directors, where «5 мектеп оқушылары» (the pupils,
//   in the plural) counts five schools.
// - 352nd (bakers, Afghan war veterans at a quoted house, an aluminium
//   smelter, 2022's condensate company, a university in the Latin script):
//   "Aluminium of Kazakhstan JSC" (an "of" inside a name before its legal
//   form) is the company, not "Kazakhstan JSC"; "Employees of Kazakhmys JSC"
//   are still Kazakhmys's staff.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-ninth set)", () => {
  it("counts road workers", () => {
    const [depot] = draftsOf(
      "6 марта в Акмолинском областном филиале АО «НК «КазАвтоЖол» состоялась встреча коллектива с депутатом областного маслихата Айнур Жумабаевой. Она рассказала о проекте новой Конституции. На встрече присутствовали 65 дорожников.",
      "2026-03-09",
    );
    expect(depot?.audienceSize).toBe(65);
  });

  it("counts a school's directors named in the singular, not the schools", () => {
    const [directors, pupils] = ["Жиынға 25 мектеп директоры қатысты.", "Жиынға 5 мектеп оқушылары қатысты."].map(
      (count) =>
        draftsOf(
          `10 наурызда Ақсу қаласының білім бөлімінде жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық сот судьясы Марат Ахметов сөз сөйледі. ${count}`,
          "2026-03-11",
        )[0],
    );
    expect(directors?.audienceSize).toBe(25);
    expect(pupils?.audienceSize).toBeNull();
  });

  it("reads a company's name with an 'of' inside it before its legal form", () => {
    const [smelter, mine] = [
      "Senator Nurlan Bekenov met employees of Aluminium of Kazakhstan JSC in Pavlodar on Tuesday to explain the draft Constitution.",
      "Employees of Kazakhmys JSC met Senator Nurlan Bekenov in Zhezkazgan on Tuesday to discuss the draft Constitution.",
    ].map((text) => draftsOf(text, "2026-02-25")[0]);
    expect(smelter?.organizations.map((o) => o.name)).toEqual(["Aluminium of Kazakhstan JSC"]);
    expect(mine?.organizations.map((o) => o.name)).toEqual(["Kazakhmys JSC"]);
  });
});
