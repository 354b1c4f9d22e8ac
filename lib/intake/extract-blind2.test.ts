// What the fourteenth and fifteenth blind batches caught: a senator who
// "spent Thursday" in a region and where residents "gathered at the village
// club" (a second meeting), a woman's first name in the genitive before a
// surname that does not decline, a chief doctor's title, thanks "on behalf of
// the collective" and «права молодёжи» that name no audience; a "maslikhat
// deputy" and a «Генеральный директор» opening a sentence.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

const names = (d: { speakers: Array<{ name: string; role: string | null }> } | undefined) =>
  d?.speakers.map((s) => [s.name, s.role]);

describe("articles read blind (second set)", () => {
  it("dates a tour by the weekday it was spent, and splits off the village where residents gathered", () => {
    const drafts = draftsOf(
      "TALDYKORGAN, March 6 (Kazinform) — Senator Bolat Zhumabekov spent Thursday in Zhetysu region meeting voters ahead of the referendum on the new Constitution. In Tekeli, he met around 120 workers of the Tekeli mining and processing plant. He then travelled to Karabulak village in Eskeldi District, where some 70 residents gathered at the village club to hear him.",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.date, d.district?.name, d.audienceSize, d.audiences])).toEqual([
      ["2026-03-05", "Tekeli", 120, ["labour_collective"]],
      ["2026-03-05", "Eskeldi District", 70, ["residents"]],
    ]);
  });

  it("puts a first name in the genitive back in the nominative when the surname does not decline", () => {
    const speaker = (who: string) =>
      names(
        draftsOf(
          `Встреча депутата Мажилиса ${who} со студентами прошла 4 марта. Около 350 студентов выслушали рассказ о проекте новой Конституции.`,
          "2026-03-05",
        )[0],
      )?.[0]?.[0];
    expect(speaker("Ольги Гриценко")).toBe("Ольга Гриценко");
    expect(speaker("Марии Черных")).toBe("Мария Черных");
    expect(speaker("Натальи Ким")).toBe("Наталья Ким");
    expect(speaker("Андрея Седых")).toBe("Андрей Седых");
    expect(speaker("Ольги Петровой")).toBe("Ольга Петрова");
    expect(speaker("Олега Кима")).toBe("Олег Ким");
  });

  it("takes a chief doctor's title, and no audience from thanks on behalf of the staff or from the rights of the young", () => {
    const [kk] = draftsOf(
      "Шымкент қалалық көпбейінді ауруханасында 3 наурызда медицина қызметкерлерімен кездесу ұйымдастырылды. Оған 60 дәрігер мен мейірбике қатысты. Қалалық мәслихат депутаты Айжан Сыдықова жаңа Конституция жобасын таныстырды. Аурухана бас дәрігері Мұрат Тұрсынбаев ұжым атынан алғыс айтты.",
      "2026-03-04",
    );
    expect([names(kk), kk?.audiences]).toEqual([
      [
        ["Айжан Сыдықова", "Қалалық мәслихат депутаты"],
        ["Мұрат Тұрсынбаев", "Аурухана бас дәрігері"],
      ],
      ["medical_workers"],
    ]);
    const [ru] = draftsOf(
      "Встреча со студентами университета прошла 4 марта. Около 350 студентов узнали, как изменятся права молодёжи по проекту новой Конституции.",
      "2026-03-05",
    );
    expect(ru?.audiences).toEqual(["students"]);
  });

  it("keeps a maslikhat named before the title in English, and an adjective opening a Russian title", () => {
    const [en] = draftsOf(
      "About 90 farmers and agricultural workers of Mendykara District in Kostanay region met maslikhat deputy Akmaral Zhunusova on Wednesday to discuss the draft of the new Constitution.",
      "2026-03-05",
    );
    expect([names(en), en?.audiences]).toEqual([[["Akmaral Zhunusova", "maslikhat deputy"]], ["labour_collective"]]);
    const [ru] = draftsOf(
      "Депутат Мажилиса Серик Ержанов встретился 3 марта с работниками нефтеперерабатывающего завода, около 200 человек. Генеральный директор АО «Атырауский НПЗ» Асет Мамбетов поблагодарил его за разъяснение проекта Конституции.",
      "2026-03-03",
    );
    expect(names(ru)?.[1]).toEqual(["Асет Мамбетов", "Генеральный директор АО «Атырауский НПЗ»"]);
  });
});
