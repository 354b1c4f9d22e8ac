// What the blind batches caught in the thirty-third session, one general
// cause each (the 305th–317th are in extract-blind26.test.ts):
// - 318th (a locomotive depot, pensioners at a social services centre, a
//   farm cooperative, student debates at a university, an online meeting for
//   teachers): farmers («45 диқан», «фермеров», "farmers") are a labour
//   collective, as the set reads them — not "young farmers" (youth) nor
//   "farmers and rural entrepreneurs" (business people). (Left alone: a
//   university named in full, «КазНУ имени аль-Фараби», gives no region.)
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-seventh set)", () => {
  it("reads farmers as a labour collective", () => {
    const [coop] = draftsOf(
      "Жамбыл ауданындағы өндірістік кооперативте жаңа Конституция жобасы бойынша түсіндіру жиыны өтті. Жиынға 45 диқан қатысты.",
      "2026-03-05",
    );
    const [farm] = draftsOf(
      "On March 2 about 60 farmers of Saryagash district met members of the regional working group on the draft Constitution.",
      "2026-03-03",
    );
    const [young] = draftsOf(
      "Young farmers from across the region gathered in Oral on Friday for a discussion of the draft new Constitution.",
      "2026-02-28",
    );
    expect([coop?.audiences, farm?.audiences, young?.audiences]).toEqual([
      ["labour_collective"],
      ["labour_collective"],
      ["youth"],
    ]);
  });
});
