// What the blind batches from the hundred-and-forty-ninth on caught (the
// twenty-fifth session), one general cause each, and what the twenty-fourth
// session's note left alone:
// - Two meetings told in one sentence, joined by a semicolon ("In Arkalyk,
//   they met the hospital's staff; in the village of Amangeldy, they talked to
//   farmers"): two meetings, the second on the first's day.
// - "with MP Aigul Serikova": an MP is a speaker's title (two letters);
//   "The district akimat invited 80 residents to discuss …" hosts a meeting.
// - «на Донском ГОКе»: a mining plant by its abbreviation, named «Донской ГОК»
//   (a «-ском» adjective is «-ский» but for the few stressed on the ending).
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fourteenth set)", () => {
  it("reads two meetings joined by a semicolon as two, on one day", () => {
    const drafts = draftsOf(
      "Members of the regional explanatory group continued their work in Kostanay region. On February 18, in Arkalyk, they met the staff of the city hospital; in the village of Amangeldy, they talked to local residents and farmers about the draft Constitution.",
      "2026-02-20",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.title])).toEqual([
      ["Arkalyk", "2026-02-18", "On February 18, in Arkalyk, they met the staff of the city hospital"],
      [
        "Amangeldy District",
        "2026-02-18",
        "In the village of Amangeldy, they talked to local residents and farmers about the draft Constitution.",
      ],
    ]);
  });

  it("reads an MP as a title and an akimat that invited the audience as the host", () => {
    const [d] = draftsOf(
      "The Zhanibek district akimat invited about 80 residents to discuss the draft Constitution with MP Aigul Serikova on February 19.",
      "2026-02-21",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([["Aigul Serikova", "MP"]]);
    expect([d?.format, hostsOf(d)]).toEqual(["meeting", ["Zhanibek district akimat"]]);
  });

  it("names a mining plant by its abbreviation, in the nominative", () => {
    const [d] = draftsOf(
      "Вчера на Донском ГОКе прошла встреча с трудовым коллективом. Работникам комбината разъяснили положения проекта новой Конституции.",
      "2026-02-22",
    );
    expect(hostsOf(d)).toEqual(["Донской ГОК"]);
  });
});
