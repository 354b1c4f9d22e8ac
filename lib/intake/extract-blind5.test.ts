// What the blind batches from the thirty-second on caught (the sixteenth
// session), one general cause each:
// - 32nd: a national park whose rangers were met, in English; two meetings of
//   one group in Kazakh, the first where the draft «was presented»
//   («таныстырылды»), the group's members named once for both.
// - 33rd (longer reports): "together with the regional branch of the Amanat
//   party" makes the party a host; another meeting told as background
//   («Напомним, ранее …») is no meeting of this report, nor are its organisations.
// - 34th: a woman's name in «-ова» after a role in the nominative stays hers; a
//   council of women «города …» as the organiser; representatives of public
//   organisations as an audience; entrepreneurs and a quoted chamber's branch
//   in Latin-script Kazakh.
// - 35th: the town of Karatau is in Talas District (Shymkent's Karatau District
//   is written as a district); "the number of participants exceeded 300"
//   counts who came, in every language.
// - 36th: a speaker followed by «ауылда» ("in the village") is no village's
//   namesake; an initial with a short surname after a title («Л. Ким»).
// - 38th (visit reports): a stop that introduces its meeting and then says «на
//   встрече присутствовали» is a new meeting; whoever the lead says held the
//   meetings speaks at each; «жүздесті», «мұғалімдермен өткен жиын».
// - 39th: meetings told by their order («Алғашқысы … өтті», «Первая
//   состоялась …») take the day ("yesterday") and town the lead gives them all.
// - 41st: a name with its patronymic, in either order; «в областном Доме дружбы».
// - 42nd: a company named in the possessive ("the staff of Kazzinc's …", not its
//   contractors'); the second of two names a title shares.
// - 43rd: a Kazakh port by its name («… теңіз сауда портында»); a «диалоговая
//   площадка» is a meeting.
// - 44th: a chamber of entrepreneurs in lower case in Russian («в региональной
//   палате предпринимателей … области»).
// - 45th: religious communities as an audience of no type of its own ("members
//   of the Muslim community", «имамов мечетей»).
// - 46th: "Mr." is an honorific, not an initial; a body organising in the
//   instrumental keeps its capitalised genitive and region («филиалом Ассамблеи
//   народа Казахстана по области Абай»).
// - 47th: a hospital's or a school's own staff («аурухана ұжымымен», «с
//   коллективом … больницы») is its sector, not a labour collective.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fifth set)", () => {
  it("takes a national park whose rangers were met, in English, for the host", () => {
    const [d] = draftsOf(
      "KOKSHETAU, March 4 — Rangers of the Kokshetau State National Natural Park met Mazhilis deputy Arman Seitov on Tuesday to discuss the draft Constitution. About 40 employees took part.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Kokshetau State National Natural Park"]);
  });

  it("reads a Kazakh group's two meetings, the first where the draft was presented, with its members at both", () => {
    const drafts = draftsOf(
      "Облыстық ақпараттық топ 2 наурызда Сарыағаш ауданында екі жиын өткізді. Алдымен аудандық орталық емханада 50-ге жуық дәрігерге жаңа Конституция жобасы таныстырылды. Кейін топ мүшелері «Сарыағаш сусындары» ЖШС-да 80 жұмысшымен кездесті. Топ құрамында облыстық мәслихат депутаты Нұрлан Серікбаев пен заңгер Айжан Төлеуова болды.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.format, hostsOf(d), d.speakers.map((s) => s.name)])).toEqual([
      ["meeting", ["Аудандық орталық емхана"], ["Нұрлан Серікбаев", "Айжан Төлеуова"]],
      ["meeting", ["«Сарыағаш сусындары» ЖШС"], ["Нұрлан Серікбаев", "Айжан Төлеуова"]],
    ]);
  });

  it("takes a party whose branch organised the meeting together with the host, unquoted in English, for a host", () => {
    const [d] = draftsOf(
      "ATYRAU, March 4 — About 90 teachers attended a meeting on the draft Constitution at School No. 12 on Tuesday. It was organised by the city department of education together with the city branch of the Amanat party.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toContain("AMANAT");
  });

  it("reads another meeting told as background as no meeting of the report, and its organisation as no part of it", () => {
    const drafts = draftsOf(
      "Встреча по проекту новой Конституции прошла 2 марта в Сатпаеве. Перед 70 жителями города выступил депутат областного маслихата Ерлан Жумабаев. Напомним, ранее, 25 февраля, аналогичная встреча состоялась в Жезказгане с работниками ТОО «Kazakhmys Smelting», в ней приняли участие более 300 металлургов.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.date, d.audienceSize, d.organizations.map((o) => o.name)])).toEqual([
      ["2026-03-02", 70, []],
    ]);
  });

  it("keeps a woman's name in «-ова» after a role in the nominative, and reads her council of women as the organiser", () => {
    const [d] = draftsOf(
      "Караганда, 4 марта. Круглый стол по проекту новой Конституции прошел в областной библиотеке. Организатором выступил Совет женщин города Караганды. В нем приняли участие около 40 представителей общественных организаций. Выступила председатель совета Гульнара Бекова.",
      "2026-03-04",
    );
    expect(d?.speakers.map((p) => p.name)).toContain("Гульнара Бекова");
    expect(hostsOf(d)).toContain("Совет женщин города Караганды");
    expect(d?.audiences).toContain("other");
  });

  it("reads entrepreneurs and a quoted chamber's branch where the meeting was held, in Latin-script Kazakh", () => {
    const [d] = draftsOf(
      "Oral, 3 naýryz. Búgin «Atameken» Ulttyq kásipkerler palatasynyń oblystyq fılıalynda jańa Konstıtýsıa jobasy boıynsha kezdesý ótti. Oǵan 50-ge jýyq kásipker qatysty.",
      "2026-03-03",
    );
    expect([d?.audienceSize, d?.audiences, hostsOf(d)]).toEqual([
      50,
      ["business"],
      ["«Atameken» Ulttyq kásipkerler palatasynyń oblystyq fılıaly"],
    ]);
  });

  it("places the town of Karatau in Talas District, and Shymkent's district of that name in Shymkent", () => {
    const place = (text: string) => draftsOf(text, "2026-03-04").map((d) => [d.region, d.district?.name]);
    expect(place("В Каратау прошла встреча с горняками по проекту новой Конституции. Пришли 80 человек.")).toEqual([
      ["KZ-31", "Talas District"],
    ]);
    expect(
      place("В Каратауском районе Шымкента прошла встреча с жителями по проекту новой Конституции. Пришли 80 человек."),
    ).toEqual([["KZ-79", "Karatau District"]]);
  });

  it("reads the number of participants as who came, in Kazakh, Russian and English", () => {
    const size = (text: string) => draftsOf(text, "2026-03-04").map((d) => [d.audienceSize, d.audienceEstimate]);
    expect(
      size("Кеше Таразда жастар форумы болды. Онда Конституция жобасы талқыланды. Қатысушылар саны 300-ден асты."),
    ).toEqual([[300, true]]);
    expect(size("В Таразе прошел форум по проекту новой Конституции. Число участников превысило 250.")).toEqual([
      [250, true],
    ]);
    expect(size("A forum on the draft Constitution was held in Taraz. The number of participants was 75.")).toEqual([
      [75, false],
    ]);
  });

  it("reads a speaker before «ауылда» and one written with an initial and a short surname after a title", () => {
    const [kk] = draftsOf(
      "Кеше Әулиекөл ауданында жаңа Конституция жобасы бойынша тұрғындармен кездесу өтті. Оған 80 адам қатысты. Аудан әкімі Ержан Тоқтаров ауылда жаңа мектеп салынатынын айтты.",
      "2026-03-04",
    );
    expect(kk?.speakers.map((p) => p.name)).toEqual(["Ержан Тоқтаров"]);
    const [ru] = draftsOf(
      "В поликлинике Кокшетау 2 марта прошла встреча с врачами по проекту новой Конституции. Пришли 60 врачей. Главный врач поликлиники Л. Ким рассказала о работе учреждения.",
      "2026-03-04",
    );
    expect(ru?.speakers.map((p) => p.name)).toEqual(["Л. Ким"]);
  });

  it("reads each stop of a visit the lead says one person held, that person speaking at every stop", () => {
    const drafts = draftsOf(
      "Депутат Мажилиса Арман Сеитов 3 марта провел три встречи по проекту новой Конституции в Акмолинской области. В Щучинске он встретился с педагогами школы-лицея №1, на встрече присутствовали около 50 учителей. Затем депутат посетил ТОО «Бурабай Агро», где побеседовал с 80 работниками предприятия. В завершение поездки в Макинске состоялась встреча с жителями Буландынского района, пришли более 200 человек.",
      "2026-03-04",
    );
    expect(drafts.map((d) => [d.district?.name, d.audienceSize, d.speakers.map((p) => p.name)])).toEqual([
      ["Burabay District", 50, ["Арман Сеитов"]],
      ["Burabay District", 80, ["Арман Сеитов"]],
      ["Bulandy District", 200, ["Арман Сеитов"]],
    ]);
  });

  it("reads a Kazakh group's meetings introduced by «жүздесті» and «…мен өткен жиын»", () => {
    const drafts = draftsOf(
      "Облыстық ақпараттық топ 4 наурызда Жамбыл облысының екі ауданында жаңа Конституция жобасы бойынша кездесулер өткізді. Талас ауданында топ мүшелері 100-ге жуық ауыл тұрғынымен жүздесті. Сарысу ауданында мұғалімдермен өткен жиынға 40 ұстаз келді.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.district?.name, d.audienceSize, d.audiences])).toEqual([
      ["Talas District", 100, ["residents"]],
      ["Sarysu District", 40, ["teachers"]],
    ]);
  });

  it("reads meetings told by their order, each on the lead's day and in its town", () => {
    const read = (text: string) =>
      draftsOf(text, "2026-03-04").map((d) => [d.date, d.district?.name, d.audienceSize, hostsOf(d)]);
    expect(
      read(
        "Теміртау, 4 наурыз. Кеше қалада жаңа Конституция жобасы бойынша екі кездесу ұйымдастырылды. Алғашқысы «Qarmet» АҚ-да өтті, оған 200-ге жуық металлург қатысты. Екінші кездесу қалалық ардагерлер кеңесінде болды. Оған 30 ардагер келді.",
      ),
    ).toEqual([
      ["2026-03-03", "Temirtau", 200, ["«Qarmet» АҚ"]],
      ["2026-03-03", "Temirtau", 30, ["Қалалық ардагерлер кеңесі"]],
    ]);
    expect(
      read(
        "Темиртау, 4 марта. Вчера в городе прошли две встречи по проекту новой Конституции. Первая состоялась в АО «Qarmet», в ней приняли участие около 200 металлургов. Вторая встреча прошла в городском совете ветеранов, пришли 30 ветеранов.",
      ).map((d) => d.slice(0, 3)),
    ).toEqual([
      ["2026-03-03", "Temirtau", 200],
      ["2026-03-03", "Temirtau", 30],
    ]);
  });

  it("reads a name with its patronymic as one name, in either order, and a regional House of Friendship as the host", () => {
    const names = (text: string, lang = "2026-03-04") => draftsOf(text, lang)[0]?.speakers.map((p) => p.name);
    expect(
      names(
        "Кеше Атырауда жаңа Конституция жобасы бойынша кездесу өтті. Оған 100 адам қатысты. Кездесуде Серік Нұрланұлы Бекенов, облыстық мәслихат депутаты, жобаны түсіндірді.",
      ),
    ).toEqual(["Серік Нұрланұлы Бекенов"]);
    const [ru] = draftsOf(
      "В областном Доме дружбы 3 марта прошла встреча по проекту новой Конституции, пришли 120 человек. Выступил Сейтказиев Марат Ерланович, депутат маслихата, и юрист Алия Каримовна Бекова.",
      "2026-03-04",
    );
    expect([ru?.speakers.map((p) => p.name), hostsOf(ru)]).toEqual([
      ["Сейтказиев Марат Ерланович", "Алия Каримовна Бекова"],
      ["Дом дружбы"],
    ]);
  });

  it("takes a company whose staff are named in the possessive for the host, and both names a title shares", () => {
    const [d] = draftsOf(
      "PAVLODAR, March 3 — Mazhilis deputies Dana Akhmetova and Viktor Pak met the staff of ERG's Aksu ferroalloy plant on Monday to discuss the draft Constitution. About 200 workers came.",
      "2026-03-03",
    );
    expect([d?.speakers.map((p) => p.name), hostsOf(d)]).toEqual([["Dana Akhmetova", "Viktor Pak"], ["ERG"]]);
    const [c] = draftsOf(
      "ATYRAU, March 3 — About 150 workers of Tengizchevroil's contractor companies met a regional explanatory group on Monday to discuss the draft Constitution.",
      "2026-03-03",
    );
    expect(hostsOf(c)).toEqual([]);
  });

  it("takes a port named in Kazakh for the host, and reads a dialogue platform as a meeting", () => {
    const [kk] = draftsOf(
      "Құрық теңіз портында 3 наурызда жаңа Конституция жобасы бойынша кездесу өтті. Оған порттың 60 қызметкері қатысты.",
      "2026-03-04",
    );
    expect(hostsOf(kk)).toEqual(["Құрық теңіз порты"]);
    const [ru] = draftsOf(
      "2 марта в Павлодарском педагогическом университете прошла диалоговая площадка по проекту новой Конституции. Участниками стали 90 студентов.",
      "2026-03-03",
    );
    expect(ru?.format).toBe("meeting");
  });

  it("takes a chamber of entrepreneurs named in lower case in Russian for the host", () => {
    const [d] = draftsOf(
      "Актобе. 3 марта. В областной палате предпринимателей Актюбинской области сегодня прошла встреча с предпринимателями по проекту новой Конституции. Пришли 50 предпринимателей.",
      "2026-03-03",
    );
    expect(hostsOf(d)).toEqual(["Областная палата предпринимателей Актюбинской области"]);
  });

  it("reads religious communities as an audience of no type of its own", () => {
    const [d] = draftsOf(
      "SHYMKENT, March 4 — Some 70 imams and representatives of religious associations met members of the regional explanatory group on Tuesday to discuss the draft Constitution.",
      "2026-03-04",
    );
    expect(d?.audiences).toEqual(["other"]);
  });

  it("reads 'Mr.' as no initial, and an organiser in the instrumental with the body it is a branch of and its region", () => {
    const [en] = draftsOf(
      "TALGAR, Feb. 28 — Talgar district akim Serik Amanov met about 90 residents on Friday to discuss the draft Constitution. Mr. Amanov spoke about local self-government.",
      "2026-02-28",
    );
    expect(en?.speakers.map((p) => p.name)).toEqual(["Serik Amanov"]);
    const [ru] = draftsOf(
      "Сегодня в Талдыкоргане прошел форум по проекту новой Конституции, организованный филиалом Ассамблеи народа Казахстана по области Жетысу. Пришли 200 человек.",
      "2026-03-03",
    );
    expect(hostsOf(ru)).toEqual(["Филиал Ассамблеи народа Казахстана по области Жетысу"]);
  });

  it("reads a hospital's or a school's own staff as its sector, not as a labour collective", () => {
    const audiencesOf = (text: string) => draftsOf(text, "2026-03-02").map((d) => d.audiences);
    expect(
      audiencesOf(
        "Жосалы кентінде Қармақшы аудандық ауруханасының ұжымымен жаңа Конституция жобасы бойынша кездесу өтті. Мәжіліс депутаты Гүлнар Жақыпова сөйледі.",
      ),
    ).toEqual([["medical_workers"]]);
    expect(
      audiencesOf(
        "В Таразе с педагогическим коллективом школы-гимназии № 5 прошла встреча по проекту новой Конституции. Выступил депутат Мажилиса Ерлан Сагадиев.",
      ),
    ).toEqual([["teachers"]]);
    expect(
      audiencesOf(
        "In Oskemen, Mazhilis deputy Yerlan Sagadiyev met the staff of the regional hospital to explain the draft Constitution.",
      ),
    ).toEqual([["medical_workers"]]);
  });
});
