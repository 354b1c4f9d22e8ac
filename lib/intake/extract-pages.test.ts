// Reports copied from a news page with what the page puts around them: a
// "read also" list with other stories' dates and formats, a share bar, a view
// count, the time before the date; and what such reports say in passing —
// the districts an audience came from, a plural title shared by two names,
// the office that organised a Kazakh round table.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";

const ref = offlineReference("2026-12-02");
const only = (raw: string) => {
  const r = extractArticle({ id: "p", text: cleanArticle(raw), url: null, publishedAt: null }, ref);
  expect(r.drafts).toHaveLength(1);
  return r.drafts[0]!;
};

describe("reports copied from a news page", () => {
  it("drops the 'read also' list and the share bar, and dates 'on Tuesday' from the page's own time and date", () => {
    const raw =
      "Горнякам Сатпаева рассказали о новой Конституции\n\n09:15, 12 февраля 2026\n\nВо вторник в Сатпаеве прошла встреча с коллективом рудника «Анненский». Перед горняками выступил депутат Сената Арман Садыков. Присутствовали около 90 человек.\n\nЧитайте также:\nВ Жезказгане прошел форум молодежи (11.02.2026)\nАким области посетил Каражал\n\nПоделиться: WhatsApp Telegram\nПросмотров: 2 310";
    expect(cleanArticle(raw)).not.toMatch(/Читайте|форум|Поделиться|Просмотров/u);
    const d = only(raw);
    expect([d.date, d.dateSource, d.format, d.audiences]).toEqual([
      "2026-02-10",
      "relative",
      "meeting",
      ["labour_collective"],
    ]);
  });

  it("drops a one-line 'read also' and keeps the paragraph after it", () => {
    const text = cleanArticle(
      "Первый абзац о встрече.\nRead also: Forum of young people held in Taraz\nSecond paragraph of the report, which is long enough to be a paragraph of its own and ends properly.",
    );
    expect(text).toBe(
      "Первый абзац о встрече.\nSecond paragraph of the report, which is long enough to be a paragraph of its own and ends properly.",
    );
  });

  it("takes districts the audience came from for neither several meetings nor the meeting's district", () => {
    const d = only(
      "Teachers met Mazhilis deputies Bakyt Omarov and Irina Petrova in Almaty on March 3 to discuss the draft new Constitution. More than 200 teachers from the Medeu, Almaly and Auezov districts of the city attended the meeting.",
    );
    expect(d.district).toBeNull();
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Bakyt Omarov", "Mazhilis deputy"],
      ["Irina Petrova", "Mazhilis deputy"],
    ]);
  });

  it("gives a Russian or Kazakh plural title to each name it lists", () => {
    const ru = only(
      "Депутаты Мажилиса Ерлан Саиров и Айгуль Кенжебаева встретились с жителями Тараза по проекту новой Конституции.",
    );
    expect(ru.speakers.map((s) => s.role)).toEqual(["депутат Мажилиса", "депутат Мажилиса"]);
    const kk = only(
      "Мәжіліс депутаттары Ерлан Саиров пен Айгүл Кенжебаева Тараз тұрғындарымен жаңа Конституция жобасы бойынша кездесті.",
    );
    expect(kk.speakers.map((s) => s.role)).toEqual(["Мәжіліс депутаты", "Мәжіліс депутаты"]);
  });

  it("takes the office named before 'ұйымдастырған' as host, from its capitalised name", () => {
    const d = only(
      "Кеше Тараз қаласының Жастар саясаты бөлімі ұйымдастырған дөңгелек үстелде жаңа Конституция жобасы талқыланды. Оған 50 жас қатысты.",
    );
    expect(d.organizations.filter((o) => o.role === "host").map((o) => o.name)).toEqual([
      "Тараз қаласының Жастар саясаты бөлімі",
    ]);
    const party = only(
      "2022 жылғы 27 мамырда «AMANAT» партиясы Түркістан облыстық филиалының ұйымдастыруымен Конституцияға енгізілетін өзгерістерге арналған дөңгелек үстел өтті.",
    );
    expect(party.organizations.filter((o) => o.role === "host").map((o) => o.name)).toEqual([
      "«AMANAT» партиясы Түркістан облыстық филиалы",
    ]);
  });
});

describe("what a report says in passing", () => {
  it("takes no village's population for the audience, in digits or with a number word after them", () => {
    const d = only(
      "Бүгін Сайрам ауданындағы Ақсу ауылында жаңа Конституция жобасы бойынша кездесу өтті. Ауылда 2 мыңнан астам адам тұрады. Кездесуге 150-ге жуық тұрғын қатысты.",
    );
    expect([d.audienceSize, d.audienceEstimate]).toEqual([150, true]);
  });

  it("takes the agency's correspondent for no speaker", () => {
    const en = only(
      '"We want every worker to understand," Mazhilis deputy Dauren Abayev told Kazinform correspondent Aliya Nurova after a meeting on the draft new Constitution with 200 workers in Zhezkazgan.',
    );
    expect(en.speakers.map((s) => s.name)).toEqual(["Dauren Abayev"]);
    const ru = only(
      "Об этом корреспонденту агентства Алие Нуровой рассказал аким района Ерлан Саиров после встречи с жителями Тараза по проекту новой Конституции.",
    );
    expect(ru.speakers.map((s) => s.name)).toEqual(["Ерлан Саиров"]);
  });
});

describe("dates and titles as reporters write them", () => {
  it("reads 'last Friday', «в минувшую пятницу» and «өткен жұмада» back from the publication", () => {
    const texts = [
      "Last Friday, Senator Nurlan Beknazarov met with 80 students in Taraz to discuss the draft new Constitution.",
      "В минувшую пятницу сенатор Нурлан Бекназаров встретился с 80 студентами в Таразе по проекту новой Конституции.",
      "Өткен жұмада Тараз қаласында жаңа Конституция жобасы бойынша студенттермен кездесу өтті. Оған 80 студент қатысты.",
    ];
    for (const text of texts) {
      const [d] = extractArticle({ id: "d", text, url: null, publishedAt: "2026-03-02" }, ref).drafts;
      expect([d?.date, d?.dateSource], text).toEqual(["2026-02-27", "relative"]);
    }
  });

  it("takes no event the sentence opens with into a Kazakh title, nor a verb into an English school's name", () => {
    const kk = only(
      "Лекцияны Конституциялық сот судьясы Ержан Жиенбаев оқыды. Жаңа Конституция жобасы бойынша дәріске Таразда 250 студент қатысты.",
    );
    expect(kk.speakers.map((s) => s.role)).toEqual(["Конституциялық сот судьясы"]);
    const en = only(
      "More than 200 teachers of Kokshetau gathered at School-Lyceum No. 5 for a meeting on the draft new Constitution.",
    );
    // The numbered school itself is the host, as «школа-гимназия №2» is; no verb before it is part of its name.
    expect(en.organizations.map((o) => o.name)).toEqual(["School-Lyceum No. 5"]);
  });

  it("places a meeting «в Астане», «в Караганде», «в Кызылорде»", () => {
    const regions = ["Астане", "Караганде", "Кызылорде"].map(
      (city) => only(`В ${city} прошла встреча с жителями по проекту новой Конституции. Пришли 120 человек.`).region,
    );
    expect(regions).toEqual(["KZ-71", "KZ-35", "KZ-43"]);
  });
});

describe("places as reports name them", () => {
  it("reads a region's abbreviation letter for letter (ВКО is East, not West Kazakhstan; ШҚО is not СҚО)", () => {
    expect(only("В ВКО прошла встреча с жителями по проекту новой Конституции. Пришли 120 человек.").region).toBe(
      "KZ-63",
    );
    expect(only("ШҚО-да жаңа Конституция жобасы бойынша кездесу өтті. Оған 120 адам қатысты.").region).toBe("KZ-63");
    expect(only("СҚО-да жаңа Конституция жобасы бойынша кездесу өтті. Оған 120 адам қатысты.").region).toBe("KZ-59");
  });

  it("places a district's centre named otherwise than its district", () => {
    const d = only("В Щучинске прошла встреча с жителями по проекту новой Конституции. Пришли 120 человек.");
    expect([d.region, d.district?.name]).toEqual(["KZ-11", "Burabay District"]);
    expect(only("В Кульсарах прошла встреча с нефтяниками по проекту новой Конституции.").district?.name).toBe(
      "Zhylyoi District",
    );
  });

  it("reads «ақпан айының 25-і» as a date and a specialist («маманы») as a title", () => {
    const d = only(
      "Ақпан айының 25-і күні Ақтауда жаңа Конституция жобасы бойынша кездесу өтті. Облыстық жастар ресурстық орталығының маманы Айгерім Омарова сөз сөйледі.",
    );
    expect(d.date).toBe("2026-02-25");
    expect(d.speakers.map((s) => s.role)).toEqual(["облыстық жастар ресурстық орталығының маманы"]);
  });

  it("reads Latin-script Kazakh 'Keshe' as yesterday and a digraph initial ('Sh. Ualikhanov') as no sentence end", () => {
    const [kk] = extractArticle(
      {
        id: "l",
        text: "Keshe Sh. Ýálıhanov atyndaǵy Kókshetaý ýnıversıtetinde Májilis depýtaty Erlan Jumabaev jańa Konstıtýsıa jobasy boıynsha stýdenttermen kezdesti.",
        url: null,
        publishedAt: "2026-02-18",
      },
      ref,
    ).drafts;
    expect([kk?.date, kk?.dateSource]).toEqual(["2026-02-17", "relative"]);
    const en = only(
      "Mazhilis deputy Yerlan Zhumabayev met with some 300 students of Sh. Ualikhanov Kokshetau University to discuss the draft new Constitution.",
    );
    expect(en.organizations.map((o) => o.name)).toEqual(["Sh. Ualikhanov Kokshetau University"]);
  });

  it("counts petrochemical workers and business owners as the audience", () => {
    expect(
      only("В Павлодаре прошла встреча по проекту новой Конституции. Приняли участие более 250 нефтехимиков.")
        .audienceSize,
    ).toBe(250);
    expect(
      only(
        "A meeting on the draft new Constitution was held in Aktobe on March 4. More than 120 business owners attended.",
      ).audienceSize,
    ).toBe(120);
  });

  it("drops a page's invisible marks and joins combining accents, so names and numbers read whole", () => {
    const raw =
      "Вчера в Таразе прошла встреча по проекту новой Конституции.\u00a0На встречу пришли около\u202f150\u00a0человек. Выступил депутат Мажилиса Ерлан Сага\u00adдиев.\ufeff Jas\u200b Otan a\u0301";
    expect(cleanArticle(raw)).toBe(
      "Вчера в Таразе прошла встреча по проекту новой Конституции. На встречу пришли около 150 человек. Выступил депутат Мажилиса Ерлан Сагадиев. Jas Otan \u00e1",
    );
    expect(only(raw).speakers.map((p) => p.name)).toEqual(["Ерлан Сагадиев"]);
  });

  it("reads low-high quotes („Казфосфат“) as «…»", () => {
    const d = only("Вчера в ТОО „Казфосфат“ прошла встреча с работниками по проекту новой Конституции.");
    expect(d.organizations.map((o) => [o.name, o.role])).toEqual([["ТОО «Казфосфат»", "host"]]);
  });
});
