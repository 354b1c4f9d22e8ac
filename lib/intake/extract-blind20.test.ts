// What the blind batches from the two-hundred-and-thirty-sixth on caught (the
// twenty-eighth session, after extract-blind19), one general cause each:
// - 236th (a mining plant, an oil company's town, an airline): «На
//   Соколовско-Сарбайском горно-обогатительном производственном объединении …»
//   names the plant as its host (a neuter noun, its adjectives in «-ое»), and
//   "employees of Air Astana" a company by its brand (as "workers of
//   Tengizchevroil"), where "workers of Zhanaozen" or "of Mendykara District"
//   name a place, not an employer.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twentieth set)", () => {
  it("names a production association by its adjectives, put back in the neuter", () => {
    const [plant] = draftsOf(
      "На Соколовско-Сарбайском горно-обогатительном производственном объединении в Рудном прошла встреча с горняками. Проект новой Конституции работникам разъяснил депутат Мажилиса Павел Казанцев.",
      "2026-03-04",
    );
    expect(plant?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Соколовско-Сарбайское горно-обогатительное производственное объединение", "host"],
    ]);
  });

  it("reads a company named by its brand through its staff, never a town", () => {
    const [airline] = draftsOf(
      "A meeting on the draft Constitution with employees of Air Astana was held at the airline's headquarters in Astana on Friday. Mazhilis deputy Aidos Sarym talked about the new provisions.",
      "2026-03-02",
    );
    expect(airline?.organizations.map((o) => [o.name, o.role])).toEqual([["Air Astana", "host"]]);
    const [town] = draftsOf(
      "A meeting on the draft Constitution with workers of Zhanaozen and employees of Mendykara District was held on Friday. Mazhilis deputy Aidos Sarym talked about the new provisions.",
      "2026-03-02",
    );
    expect(town?.organizations).toEqual([]);
  });
});
