// What the blind batches from the hundred-and-sixty-second on caught (the
// twenty-fifth session), one general cause each:
// - 162nd–163rd (quotes before the meeting, 2022's spellings, a steel plant and
//   a smelter): "In Balkhash, a similar meeting was held with employees of
//   Kazakhmys Smelting on the same day" is a second meeting, hosted by the
//   company named by its name's last word; "workers of ArcelorMittal Temirtau's
//   coke and chemical plant" are the company's; "deputies of the regional
//   maslikhat met with workers" (or «мәслихат депутаттары … кездесті») are who
//   held it, not an audience of officials.
// - 164th (fishermen in Fort-Shevchenko, a flash mob, a conference): «студенты
//   Торайгыров университета провели флешмоб» names the university (by a
//   surname, undeclined); a conference on the new Constitution is outreach,
//   and «Конференцияны … университеті ұйымдастырды» its host.
// - 165th (a dialogue platform, a youth wing's event, an online meeting):
//   «150-ден астам жас … талқылады» are young people; «Жастармен Сенат
//   депутаты Нұртөре Жүсіп кездесті» is a senator, not «Жастармен …» (a
//   Kazakh title last tells a Kazakh role though its letters are Russian's;
//   the set's «Металлургтермен Сенат депутаты» the same).
// - 166th (a visiting group in a village, a seminar, a women's forum, a round
//   table with business): «Жителям села рассказали …» and «На вопросы
//   сельчан ответили …» tell who came; «в филиале «Атамекен»» is where it was
//   held (its host); "opened by regional akim Yermek Kosherbayev" keeps the
//   level in his title (the set's "district akim"s too).
// - 167th (a week's list of meetings, an official's dated report, a named
//   power plant): «… апталық жұмыс қорытындысы:» over a list of dated items
//   is one meeting per item; «… колледж «Болашак»» г. Кызылорды прошла встреча»
//   is one sentence («г.» before a town ends none; after a year it may).
// - 168th (police officers, fishermen, miners): «Сотрудники департамента
//   полиции … встретились», «около 100 полицейских» are civil servants, not a
//   workforce.
// - 169th (a hospital, a museum's round table, a ferroalloy plant): «В
//   минувший четверг» in a Thursday's paper is the Thursday before ("last
//   Thursday", «өткен бейсенбіде» the same).
// - 170th (a company's council of veterans, an online briefing, a party's
//   picket): «провели … пикет в поддержку проекта» is a rally.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fifteenth set)", () => {
  it("reads a similar meeting in another town as a second one, each hosted by its company", () => {
    const drafts = draftsOf(
      "Karagandy region: explanatory meetings on the constitutional amendments continue. On May 24, deputies of the regional maslikhat met with workers of ArcelorMittal Temirtau's coke and chemical plant. In Balkhash, a similar meeting was held with employees of Kazakhmys Smelting on the same day.",
      "2022-05-25",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.audiences, hostsOf(d)])).toEqual([
      ["Temirtau", "2022-05-24", ["labour_collective"], ["ArcelorMittal Temirtau"]],
      ["Balkhash", "2022-05-24", ["labour_collective"], ["Kazakhmys Smelting"]],
    ]);
  });

  it("names a university by its surname, and a Kazakh conference a university organised", () => {
    const [flashMob] = draftsOf(
      "В Павлодаре студенты Торайгыров университета провели флешмоб в поддержку проекта новой Конституции. В нем приняли участие около 200 студентов.",
      "2026-03-06",
    );
    expect(hostsOf(flashMob)).toEqual(["Торайгыров университет"]);
    const [conference] = draftsOf(
      "Шымкент қаласында «Жаңа Конституция – әділетті мемлекет» атты ғылыми-тәжірибелік конференция өтті. Конференцияны Оңтүстік Қазақстан мемлекеттік педагогикалық университеті ұйымдастырды.",
      "2026-03-06",
    );
    expect(hostsOf(conference)).toEqual(["Оңтүстік Қазақстан мемлекеттік педагогикалық университеті"]);
  });

  it("reads young people counted in Kazakh, and a senator's title without whom he met", () => {
    const [counted] = draftsOf(
      "2 наурызда Қызылорда қаласында 150-ден астам жас жаңа Конституция жобасын талқылады. Кездесуде Сенат депутаты Нұртөре Жүсіп сөз сөйледі.",
      "2026-03-03",
    );
    expect(counted?.audiences).toEqual(["youth"]);
    const [met] = draftsOf(
      "2 наурызда Қызылорда қаласындағы «Сыр елі» жастар орталығында жаңа Конституция жобасы талқыланды. Жастармен Сенат депутаты Нұртөре Жүсіп кездесті.",
      "2026-03-03",
    );
    expect(met?.speakers.map((s) => s.role)).toEqual(["Сенат депутаты"]);
  });

  it("reads who was told and whose questions were answered, a branch it was held at, and an English level in a title", () => {
    const [village] = draftsOf(
      "Выездная встреча членов областной разъяснительной группы прошла 6 марта в селе Бесагаш Талгарского района. Жителям села рассказали о главных новеллах проекта новой Конституции. На вопросы сельчан ответил адвокат Ерик Сулейменов.",
      "2026-03-07",
    );
    expect(village?.audiences).toEqual(["residents"]);
    const [roundTable] = draftsOf(
      "В Уральске в филиале «Атамекен» прошел круглый стол с предпринимателями по проекту новой Конституции.",
      "2026-03-08",
    );
    expect(hostsOf(roundTable)).toEqual(["«Атамекен»"]);
    const [forum] = draftsOf(
      "The forum on the draft Constitution in Oskemen was opened by regional akim Yermek Kosherbayev on Saturday.",
      "2026-03-08",
    );
    expect(forum?.speakers.map((p) => p.role)).toEqual(["regional akim"]);
  });

  it("reads a week's list of meetings as one per item, and «г.» before a town as no sentence's end", () => {
    const drafts = draftsOf(
      "Жаңа Конституция жобасын түсіндіру бойынша апталық жұмыс қорытындысы:\n🔹 2 наурыз – Арыс қаласында теміржолшылармен кездесу, 120 адам;\n🔹 3 наурыз – Келес ауданының Абай ауылында тұрғындармен кездесу, 200 адам;\n🔹 5 наурыз – Шардара ауданында жастар форумы, 350 жас.",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.audienceSize])).toEqual([
      ["Arys", "2026-03-02", 120],
      ["Keles District", "2026-03-03", 200],
      ["Shardara District", "2026-03-05", 350],
    ]);
    const [college] = draftsOf(
      "03.03.2026 г. в актовом зале ГККП «Высший колледж «Болашак»» г. Кызылорды прошла встреча студентов с депутатом областного маслихата Ерланом Бекеновым по вопросам проекта новой Конституции.",
      "2026-03-06",
    );
    expect(
      college?.title.startsWith("03.03.2026 г. в актовом зале ГККП «Высший колледж «Болашак»» г. Кызылорды прошла"),
    ).toBe(true);
  });

  it("reads a police department's staff as civil servants", () => {
    const [d] = draftsOf(
      "КОСТАНАЙ. 10 марта. КАЗИНФОРМ – Сотрудники департамента полиции Костанайской области встретились с членом Конституционной комиссии Сергеем Пономаревым. Во встрече участвовали около 100 полицейских.",
      "2026-03-11",
    );
    expect(d?.audiences).toEqual(["officials"]);
  });

  it("dates 'last Thursday' in a Thursday's paper a week before", () => {
    const [d] = draftsOf(
      "В минувший четверг на Актюбинском заводе ферросплавов состоялась встреча трудового коллектива с депутатом Сената Нурланом Абеновым по проекту Конституции.",
      "2026-03-05",
    );
    expect(d?.date).toBe("2026-02-26");
  });

  it("reads a picket in support of the draft as a rally", () => {
    const [d] = draftsOf(
      "Члены партии «Respublica» провели в Караганде пикет в поддержку проекта новой Конституции. Акция прошла 9 марта на площади Независимости.",
      "2026-03-10",
    );
    expect([d?.format, d?.date]).toEqual(["rally", "2026-03-09"]);
  });
});
