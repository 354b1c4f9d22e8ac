// What the twenty-ninth blind batch caught: a body said to have organised the
// meeting hosts it beside the plant or college where it was held, in every
// language ("organised by … together with the regional maslikhat", «Его
// организовали управление …», «Организатором встречи выступил областной
// филиал партии «AMANAT»»); a Kazakh legal form with its own case ending
// («ЖШС-да») ends the company's name; a council of veterans «in its hall». Of
// the thirtieth: a weekday before a surname is no first name, a power station
// named in English ("Ekibastuz GRES-1"), and a youth resource centre and a
// round table in Latin-script Kazakh; a college named by its kind and place,
// then by its quoted name, is one organisation. Of the thirty-first: a
// hospital named in lower case by its level in Kazakh, and the members of a
// council of veterans met, in Russian. Of the thirty-second: a national park
// whose rangers were met, in English; two meetings of one group in Kazakh, the
// first held where the draft "was presented" («таныстырылды»), with the
// group's members named once for both. Of the thirty-third (longer reports):
// "together with the regional branch of the Amanat party" makes the party a
// host, and another meeting told as background («Напомним, ранее …») is no
// meeting of this report, nor are its organisations. Of the thirty-fourth: a
// woman's name in «-ова» after a role in the nominative stays hers; a council
// of women «города …» as the organiser; representatives of public
// organisations as an audience; entrepreneurs and a quoted chamber's branch in
// Latin-script Kazakh. Of the thirty-fifth: the town of Karatau is in Talas
// District (Shymkent's Karatau District is written as a district), and "the
// number of participants exceeded 300" counts who came, in every language. Of
// the thirty-sixth: a speaker followed by «ауылда» ("in the village") is no
// village's namesake, and an initial with a short surname after a title («Л. Ким») is a name.
// Of the thirty-eighth (visit reports): a stop that introduces its meeting and
// then says «на встрече присутствовали» is a new meeting; whoever the lead says
// held the meetings speaks at each; «жүздесті» and «мұғалімдермен өткен жиын» introduce one.
// Of the thirty-ninth: meetings told by their order («Алғашқысы … өтті», «Первая
// состоялась …», also in Latin-script Kazakh) each take the day ("yesterday") and
// the town the lead gives them all. Of the forty-first: a name with its
// patronymic, in either order, is one name; the Assembly's house «в областном
// Доме дружбы» hosts as «в Доме дружбы» does. Of the forty-second: a company
// named in the possessive ("the staff of Kazzinc's … complex", not its
// contractors'), and the second of two names a title shares ("deputies … and Yelena Tsoi").
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fourth set)", () => {
  it("takes a body named as an organiser for a host beside the workplace whose staff were met", () => {
    const [d] = draftsOf(
      "PAVLODAR, March 3 — About 200 workers of the Pavlodar Aluminium Plant met on Tuesday with an explanatory group on the draft Constitution. The meeting was organised by the plant's trade union committee together with the Pavlodar regional maslikhat. Maslikhat deputy Aset Kenzhebayev spoke about labour rights.",
      "2026-03-03",
    );
    expect(hostsOf(d)?.sort()).toEqual(["Pavlodar Aluminium Plant", "Pavlodar regional maslikhat"]);
  });

  it("takes the organisers a Russian report names after «Его организовали» for hosts beside the venue", () => {
    const [d] = draftsOf(
      "Павлодар, 3 марта. Круглый стол по проекту новой Конституции прошёл вчера в Павлодарском педагогическом университете. Его организовали управление внутренней политики Павлодарской области и совет молодёжи университета. Около 100 студентов задали вопросы депутату Сауле Ахметовой.",
      "2026-03-03",
    );
    expect(hostsOf(d)).toContain("Управление внутренней политики Павлодарской области");
  });

  it("reads a party branch named as the organiser as its party, a host", () => {
    const [d] = draftsOf(
      "Встреча с коллективом Павлодарской областной больницы прошла в пятницу, 27 февраля. Депутат Сената Марат Оспанов рассказал около 70 врачам о проекте Конституции. Организатором встречи выступил Павлодарский областной филиал партии «AMANAT».",
      "2026-02-28",
    );
    expect(hostsOf(d)).toContain("«AMANAT»");
  });

  it("ends a company's name at a legal form with its own case ending", () => {
    const [d] = draftsOf(
      "Түркістан облысы Төле би ауданындағы «Ленгер-Агро» ЖШС-да Конституция жобасы бойынша түсіндіру жиыны болды. Жиынға 90-нан астам шаруашылық қызметкері жиналды. Оларға аудандық мәслихат депутаты Бақыт Сейітов жоба туралы айтып берді.",
      "2026-03-02",
    );
    expect(hostsOf(d)).toEqual(["«Ленгер-Агро» ЖШС"]);
  });

  it("takes a council of veterans whose hall the meeting was held in for its host", () => {
    const [d] = draftsOf(
      "Павлодар, 6 наурыз. Кеше қалалық ардагерлер кеңесінің мәжіліс залында Конституция жобасы бойынша кездесу өтті. Оған 50-ге жуық ардагер қатысты. Облыстық мәслихат депутаты Ерлан Жақсыбеков жаңа Ата заң туралы айтып берді.",
      "2026-03-06",
    );
    expect(hostsOf(d)).toEqual(["Қалалық ардагерлер кеңесі"]);
  });

  it("takes no day of the week for a first name", () => {
    const drafts = draftsOf(
      "KARAGANDA, March 4 — Mazhilis deputy Bolat Serikbayev spent two days in the region explaining the draft Constitution. On Monday he met about 150 miners at the Kostenko mine of Qarmet JSC. On Tuesday Serikbayev held a meeting with more than 200 students of Buketov Karaganda University.",
      "2026-03-04",
    );
    expect(drafts.map((d) => d.speakers.map((s) => s.name))).toEqual([["Bolat Serikbayev"], ["Bolat Serikbayev"]]);
  });

  it("takes a power station named in English, with its town, for the host", () => {
    const [d] = draftsOf(
      "Workers of Aksu GRES-2 gathered in the station's hall for an explanatory meeting on the draft Constitution. Around 120 employees attended. Maslikhat deputy Yerzhan Abenov answered their questions.",
      "2026-03-02",
    );
    expect(hostsOf(d)).toEqual(["Aksu GRES-2"]);
  });

  it("reads a youth resource centre and a round table in Latin-script Kazakh", () => {
    const [d] = draftsOf(
      "Pavlodar, 3 naýryz. Búgin oblystyq jastar resýrstyq ortalyǵynda dóńgelek ústel ótti. Oǵan 60-qa jýyq stýdent qatysty. Oblystyq máslıhat depýtaty Nurlan Ahmetov jańa Ata zań týraly aıtyp berdi.",
      "2026-03-03",
    );
    expect([d?.format, hostsOf(d)]).toEqual(["round_table", ["Oblystyq jastar resýrstyq ortalyǵy"]]);
  });

  it("reads a college named by its kind and town, then by its quoted name, as one organisation", () => {
    const [d] = draftsOf(
      "Павлодар, 3 марта. Круглый стол по проекту новой Конституции прошёл вчера в Павлодарском высшем колледже «Сарыарка». Около 90 студентов задали вопросы депутату маслихата Ерлану Сапарову.",
      "2026-03-03",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([["Павлодарский высший колледж «Сарыарка»", "host"]]);
  });

  it("takes a hospital named in lower case by its level in Kazakh for the host", () => {
    const [d] = draftsOf(
      "Талдықорған, 4 наурыз. Кеше аудандық орталық ауруханада медицина қызметкерлерімен кездесу өтті. Оған 60-қа жуық дәрігер қатысты. Облыстық мәслихат депутаты Әсел Нұрланқызы Конституция жобасы туралы айтты.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Аудандық орталық аурухана"]);
  });

  it("takes the council of veterans whose members were met, in Russian, for the host", () => {
    const [d] = draftsOf(
      "Встреча членов городского совета ветеранов Костаная с депутатом Мажилиса Асетом Нуровым состоялась 3 марта. На встречу по проекту Конституции пришли около 70 ветеранов.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Городской совет ветеранов Костаная"]);
  });

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
});
