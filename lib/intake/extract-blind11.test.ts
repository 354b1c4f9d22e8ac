// What the blind batches from the hundred-and-fifteenth on caught (the
// twenty-second session), one general cause each:
// - 115th (a senator at a mining association, a district's veterans, a
//   university's round table): «депутат Западно-Казахстанского областного
//   маслихата» is the Западно-Казахстанский областной маслихат (a hyphenated
//   region's adjective is put back in the nominative too).
// - 116th: «Атырау облыстық кәсіпкерлер палатасының ұйымдастыруымен» names a
//   chamber as the organiser, as a council or a department is named. A
//   subsidiary's parent ("a subsidiary of KazMunayGas") is not listed, as the
//   set has it (ru-232).
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (eleventh set)", () => {
  it("names a hyphenated region's maslikhat in the nominative", () => {
    const [d] = draftsOf(
      "Вчера в колледже прошла встреча со студентами. Перед ними выступила депутат Северо-Казахстанского областного маслихата Ольга Рязанова. Речь шла о проекте новой Конституции.",
      "2026-02-19",
    );
    expect(d?.organizations.map((o) => o.name)).toContain("Северо-Казахстанский областной маслихат");
  });

  it("hosts at the chamber of entrepreneurs that organised the meeting in Kazakh", () => {
    const [d] = draftsOf(
      "Кеше Махамбет ауданында Атырау облыстық кәсіпкерлер палатасының ұйымдастыруымен жергілікті кәсіпкерлермен кездесу өтті. Палата директоры Нұрлан Қайыров жаңа Конституция жобасын түсіндірді.",
      "2026-02-28",
    );
    expect(hostsOf(d)).toEqual(["Атырау облыстық кәсіпкерлер палатасы"]);
    expect(d?.audiences).toEqual(["business"]);
  });
});
