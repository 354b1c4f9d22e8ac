// What the blind batches from the ninety-fifth on caught (the twenty-first
// session), one general cause each:
// - 95th (a power plant's workers with their company, a village House of
//   Culture, a college with an appeal to its students): all read right.
// - 96th: "workers of the Auliekol grain elevator" work at a grain elevator
//   (and a mill is a workplace too); «Белсенді ұзақ өмір сүру орталығында»
//   hosts as «в центре активного долголетия» does. Left: «с сотрудниками АО
//   «Астана-Энергия»» met «на ТЭЦ-2» gives the company as host, where the set
//   puts a company's plant first.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (tenth set)", () => {
  it("hosts at a grain elevator or a mill named in lower case", () => {
    const [elevator] = draftsOf(
      "In Auliekol district, Senator Bakhyt Zhumabekov met workers of the Auliekol grain elevator on March 4 to explain the draft of the new Constitution.",
      "2026-03-05",
    );
    expect(hostsOf(elevator)).toEqual(["Auliekol grain elevator"]);
    const [mill] = draftsOf(
      "Employees of the Kostanay flour mill met regional maslikhat deputy Svetlana Orlova on March 4 to discuss the draft of the new Constitution.",
      "2026-03-05",
    );
    expect(hostsOf(mill)).toEqual(["Kostanay flour mill"]);
  });

  it("hosts at a Kazakh active longevity centre", () => {
    const [d] = draftsOf(
      "Екібастұз қаласындағы Белсенді ұзақ өмір сүру орталығында зейнеткерлермен жаңа Конституция жобасы бойынша кездесу болды. Облыстық мәслихат депутаты Ерлан Мұқанов сөз сөйледі.",
      "2026-03-03",
    );
    expect(hostsOf(d)).toEqual(["Белсенді ұзақ өмір сүру орталығы"]);
    expect(d?.audiences).toEqual(["veterans"]);
  });
});
