// What the fourteenth to seventeenth blind batches caught: a senator who
// "spent Thursday" in a region and where residents "gathered at the village
// club" (a second meeting), a woman's first name in the genitive before a
// surname that does not decline, a chief doctor's title, thanks "on behalf of
// the collective" and «права молодёжи» that name no audience; a "maslikhat
// deputy" and a «Генеральный директор» opening a sentence; an interview that
// counts the meetings held; a military unit; a march's organiser; premises.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

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
        ["Айжан Сыдықова", "қалалық мәслихат депутаты"],
        ["Мұрат Тұрсынбаев", "аурухана бас дәрігері"],
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
    expect(names(ru)?.[1]).toEqual(["Асет Мамбетов", "генеральный директор АО «Атырауский НПЗ»"]);
  });

  it("reads an interview that counts the meetings held as no event", () => {
    const text =
      'ASTANA, 12 March 2026 — Mazhilis deputy Aigul Sarina has spent the past month travelling across Akmola region to explain the draft Constitution. In an interview, she said she had held 38 meetings attended by about 4,000 people in total. "People ask about pensions first," Sarina said.';
    expect(draftsOf(text, "2026-03-12")).toEqual([]);
  });

  it("takes the unit whose soldiers were met for the host, its commander's title, and no event word for an organiser's name", () => {
    const [ru] = draftsOf(
      "Встреча с военнослужащими воинской части 5517 Национальной гвардии прошла в Петропавловске 4 марта. Около 150 солдат и офицеров выслушали депутата областного маслихата Сергея Лукьянченко о проекте новой Конституции. Командир части полковник Ержан Кадыров поблагодарил за разъяснения.",
      "2026-03-05",
    );
    expect([ru?.audienceSize, ru?.audiences, hostsOf(ru), names(ru)?.[1]]).toEqual([
      150,
      ["other"],
      ["Воинская часть 5517 Национальной гвардии"],
      ["Ержан Кадыров", "командир части полковник"],
    ]);
    const [kk] = draftsOf(
      "Түркістан қаласында 5 наурызда «Жаңа Конституция – жаңа мүмкіндік» атты жастар шеруі өтті. Оған 1,5 мыңнан астам жас қатысты. Шеруді облыстық жастар саясаты басқармасы ұйымдастырды.",
      "2026-03-05",
    );
    expect([kk?.format, kk?.audienceSize, hostsOf(kk)]).toEqual([
      "rally",
      1500,
      ["Облыстық жастар саясаты басқармасы"],
    ]);
  });

  it("takes the institution whose premises («на базе») the meeting was held on for the host", () => {
    const [en] = draftsOf(
      "The meeting was held on March 2 at the premises of Toraighyrov University in Pavlodar. About 200 students of the pedagogical faculties attended. Senator Nurlan Bekenov spoke about the draft Constitution.",
      "2026-03-03",
    );
    expect(hostsOf(en)).toEqual(["Toraighyrov University"]);
    const [ru] = draftsOf(
      "На базе Кокшетауского высшего медицинского колледжа 3 марта прошла встреча студентов с юристом Аидой Баймухановой. Более 250 студентов узнали о нормах проекта новой Конституции.",
      "2026-03-04",
    );
    expect([hostsOf(ru), ru?.audiences]).toEqual([["Кокшетауский высший медицинский колледж"], ["students"]]);
  });
});
