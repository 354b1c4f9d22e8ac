// Extraction on reports written the way agencies and press offices write
// them: abbreviated months in a dateline, a campaign's running total after
// the meeting, a power plant named by its adjectives, a press office's
// signature, a company's branch whose staff were met.
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";

const ref = offlineReference("2026-12-02");
const all = (text: string, publishedAt: string | null = null) =>
  extractArticle({ id: "r", text, url: null, publishedAt }, ref);
const only = (text: string) => {
  const r = all(text);
  expect(r.drafts).toHaveLength(1);
  return r.drafts[0]!;
};

describe("reports as agencies and press offices write them", () => {
  it("reads an abbreviated month in an agency's dateline, a branch's company as host, and no audience from the campaign's total", () => {
    const d = only(
      "Railway workers briefed on draft Constitution\n\nKOSTANAY, Feb. 26, 2026 — Employees of the Kostanay branch of Kazakhstan Temir Zholy national company gathered on Thursday for an explanatory meeting on the draft of the new Constitution.\n\nSenator Nurlan Beknazarov answered questions from about 180 railway workers.\n\nSince January, more than 900 such meetings have been held across the region, reaching 64,000 residents.",
    );
    expect([d.date, d.region]).toEqual(["2026-02-26", "KZ-39"]);
    expect([d.audienceSize, d.audienceEstimate]).toEqual([180, true]);
    expect(d.audiences).toEqual(["labour_collective"]);
    expect(d.organizations.map((o) => [o.name, o.role])).toEqual([["Kazakhstan Temir Zholy", "host"]]);
  });

  it("names a power plant by its adjectives as host, a union in quotes, and not the press office that signs", () => {
    const d = only(
      "Экибастуз, 21 февраля 2026 года. Сегодня на Экибастузской ГРЭС-2 состоялась разъяснительная встреча с трудовым коллективом станции по проекту новой Конституции.\n\nВо встрече приняли участие более 300 работников станции и представители профсоюза «Энергетик».\n\nС начала февраля в регионе проведено свыше 1 200 подобных встреч с ветеранами и молодёжью.\n\nПресс-служба акимата Павлодарской области",
    );
    expect([d.date, d.region, d.audienceSize]).toEqual(["2026-02-21", "KZ-55", 300]);
    expect(d.audiences).toEqual(["labour_collective"]);
    expect(d.organizations.map((o) => [o.name, o.role]).sort()).toEqual([
      ["«Энергетик»", "participant"],
      ["Экибастузская ГРЭС-2", "host"],
    ]);
  });

  it("counts 'yesterday' from the dateline when the publication is unknown, and takes no namesake for a speaker", () => {
    const d = only(
      "Youth forum in Aktobe\n\nAktobe, March 4. Over 400 students took part in a youth forum held yesterday at the Aktobe Regional University named after K. Zhubanov on the new Constitution. Member of the Mazhilis Yelnur Beisenbayev spoke about youth policy.",
    );
    expect([d.date, d.dateSource]).toEqual(["2026-03-03", "relative"]);
    expect(d.speakers.map((s) => s.name)).toEqual(["Yelnur Beisenbayev"]);
  });

  it("dates a meeting 'the same day' as the one told before it, and counts machine operators as people", () => {
    const r = all(
      "Вчера в Меркенском районе депутат Сената Д. Мынбай провёл встречу с работниками ТОО «Мерке-Агро» по проекту новой Конституции. На встрече присутствовали около 120 механизаторов и животноводов.\n\nКроме того, в тот же день в Кордайском районе прошла встреча с учителями, в которой приняли участие более 60 педагогов.",
      "2026-02-12",
    );
    expect(r.drafts.map((d) => [d.date, d.district?.name, d.audienceSize])).toEqual([
      ["2026-02-11", "Merke District", 120],
      ["2026-02-11", "Kordai District", 60],
    ]);
  });

  it("takes a Kazakh report of the nuclear plant referendum for no outreach («атом электр стансасы»)", () => {
    const r = all(
      "Астана, 10 қыркүйек 2024 жыл. Орталық референдум комиссиясы атом электр стансасын салу жөніндегі республикалық референдумға дайындықты талқылады.",
      null,
    );
    expect([r.isOutreach, r.drafts]).toEqual([false, []]);
  });

  it("dates meetings over two days from the first, and cuts 'headed the group' from the role", () => {
    const d = only(
      "18.02.2026\n\n14 и 15 февраля информационные группы Шуского района провели встречи с жителями сёл по проекту новой Конституции. Возглавил группу заместитель акима района Марат Жунусов.",
    );
    expect(d.date).toBe("2026-02-14");
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([["Марат Жунусов", "заместитель акима района"]]);
  });

  it("reads Latin-script Kazakh: «Qarmet» AQ hosts, 'Búgin' opens no name", () => {
    const d = only(
      "Qaraǵandy, 24 aqpan. Búgin Temirtaý qalasyndaǵy «Qarmet» AQ kásiporynda eńbek ujymymen kezdesý ótti. Kezdesýge Májilis depýtaty Erlan Saırov qatysyp, jańa Konstıtýsıa jobasyn túsindirdi.",
    );
    expect(d.speakers.map((s) => s.name)).toEqual(["Erlan Saırov"]);
    expect(d.organizations.map((o) => [o.name, o.role])).toEqual([["«Qarmet» AQ", "host"]]);
  });

  it("takes a Kazakh press service's signature for no participant", () => {
    const d = only(
      "Ақпанның 18-і күні Байзақ ауданының Сарыкемер ауылында аудандық мәслихат төрағасы Серік Әлімбеков ауыл тұрғындарымен жаңа Конституция жобасы бойынша кездесу өткізді.\n\nБайзақ ауданы әкімдігінің баспасөз қызметі",
    );
    expect(d.organizations).toEqual([]);
  });

  it("reads an agency's Kazakh lead: the title starts after «ҚазАқпарат –», each speaker keeps their own role", () => {
    const d = only(
      "ҚЫЗЫЛОРДА. ҚазАқпарат – Жалағаш ауданында жаңа Конституция жобасы бойынша ауыл тұрғындарымен кездесу өтті. Кездесуге облыс әкімінің орынбасары Нұрболат Нұрымбетов, облыстық мәслихат депутаты Гүлмира Сейдахметова қатысты.",
    );
    expect(d.title).toMatch(/^Жалағаш ауданында/u);
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Нұрболат Нұрымбетов", "облыс әкімінің орынбасары"],
      ["Гүлмира Сейдахметова", "облыстық мәслихат депутаты"],
    ]);
    expect(d.audiences).toEqual(["residents"]);
  });

  it("keeps initials inside a university's name («L.N. Gumilyov») and makes it host of its students' meeting", () => {
    const d = only(
      "ASTANA. KAZINFORM – Students of L.N. Gumilyov Eurasian National University met with Mazhilis deputy Aidos Sarym to discuss the draft of the new Constitution.",
    );
    expect(d.speakers.map((s) => s.name)).toEqual(["Aidos Sarym"]);
    expect(d.organizations.map((o) => [o.name, o.role])).toEqual([
      ["L.N. Gumilyov Eurasian National University", "host"],
    ]);
  });

  it("reads «400-ге тарта кенші» as an estimate of 400", () => {
    const d = only(
      "Бүгін «Қазақмыс» корпорациясының кенішінде еңбек ұжымымен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 400-ге тарта кенші қатысты.",
    );
    expect([d.audienceSize, d.audienceEstimate]).toEqual([400, true]);
  });

  it("takes a wire byline ('Reporting by …; editing by …') for no speaker", () => {
    const d = only(
      "SHYMKENT, Feb 23 – Around two hundred farmers from Sairam district gathered for a meeting with Senator Ali Bektayev on the draft Constitution.\n\nReporting by Aidana Tulegenova; editing by Mark Brown",
    );
    expect(d.speakers.map((s) => s.name)).toEqual(["Ali Bektayev"]);
    expect(d.region).toBe("KZ-61");
  });

  it("reads a publication date labelled at the foot of the page («Жарияланған күні: …»)", () => {
    const d = only(
      "Жезқазған қаласындағы №7 мектеп-гимназияда ұстаздармен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 120 педагог қатысты.\n\nЖарияланған күні: 2026 жылғы 19 ақпан",
    );
    expect([d.date, d.datePrecision]).toEqual(["2026-02-19", "on_or_before"]);
  });

  it("names a chamber of entrepreneurs in quotes («Атамекен»)", () => {
    const d = only(
      "22 февраля в Семее прошёл круглый стол с предпринимателями по проекту новой Конституции. Модератором выступил директор филиала палаты предпринимателей «Атамекен» Даурен Касымов. В обсуждении приняли участие более 80 предпринимателей.",
    );
    expect(d.organizations.map((o) => o.name)).toEqual(["«Атамекен»"]);
    expect([d.format, d.audiences, d.region]).toEqual(["round_table", ["business"], "KZ-10"]);
  });

  it("takes «Жиынға» (to the meeting) before a region's name for no person", () => {
    const d = only(
      "Талдықорғанда медицина қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға Жетісу облысы әкімінің орынбасары Ләззат Тұрлыбекова қатысты.",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Ләззат Тұрлыбекова", "Жетісу облысы әкімінің орынбасары"],
    ]);
  });

  it("keeps an English body's lower-case words in the role ('Kyzylorda region education department head')", () => {
    const d = only(
      "More than 300 teachers attended a meeting on the draft new Constitution in Kyzylorda. Kyzylorda region education department head Gulnar Zhakupova explained the provisions on education.",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Gulnar Zhakupova", "Kyzylorda region education department head"],
    ]);
  });

  it("reads one smelter meeting in three languages: the plant hosts, «Ата Заң» is no person, «Бүгін» no part of a name", () => {
    const kk = only(
      "Балқаш, 2026 жылғы 24 ақпан. Бүгін Балқаш мыс қорыту зауытында Мәжіліс депутаты Ерлан Қошанов еңбек ұжымымен кездесті. Депутат Ата Заң жобасының негізгі ережелерін түсіндірді.",
    );
    expect(kk.speakers.map((s) => s.name)).toEqual(["Ерлан Қошанов"]);
    expect(kk.organizations.map((o) => [o.name, o.role])).toEqual([["Балқаш мыс қорыту зауыты", "host"]]);
    const en = only(
      "BALKHASH, Feb. 24, 2026 — Mazhilis deputy Yerlan Koshanov met about 400 workers of the Balkhash copper smelter to explain the draft new Constitution.",
    );
    expect(en.organizations.map((o) => [o.name, o.role])).toEqual([["Balkhash copper smelter", "host"]]);
  });

  it("names a plant with what it makes ('Аксуский завод ферросплавов') and a long English association", () => {
    const ru = only(
      "Вчера на Аксуском заводе ферросплавов состоялась встреча с трудовым коллективом по проекту новой Конституции. Участниками встречи стали порядка 250 человек.",
    );
    expect(ru.organizations.map((o) => [o.name, o.role])).toEqual([["Аксуский завод ферросплавов", "host"]]);
    const en = only(
      "RUDNY – On March 3, members of the regional information group met with employees of the Sokolov-Sarybai Mining and Processing Production Association in Rudny to discuss the draft Constitution.",
    );
    expect(en.organizations.map((o) => o.name)).toEqual([
      "Sokolov-Sarybai Mining and Processing Production Association",
    ]);
  });

  it("counts «180 мемлекеттік қызметші» as people", () => {
    const d = only(
      "Облыс әкімдігінде мемлекеттік қызметшілермен жаңа Конституция жобасы бойынша жиын өтті. Жиынға 180 мемлекеттік қызметші қатысты.",
    );
    expect(d.audienceSize).toBe(180);
  });

  it("finds a venue named at the start of a sentence («В Каспийском университете технологий …»)", () => {
    const d = only(
      "В Каспийском университете технологий состоялась встреча студентов с членом республиканского штаба Д. Мынбаем по поправкам в Конституцию. В встрече приняли участие 150 студентов.",
    );
    expect(d.organizations.map((o) => [o.name, o.role])).toEqual([["Каспийский университет технологий", "host"]]);
    expect(d.speakers.map((s) => s.name)).toEqual(["Д. Мынбай"]);
  });

  it("dates each of several meetings by the weekday the lead gives them all", () => {
    const r = all(
      "ATYRAU, May 27, 2022 — Members of the regional headquarters held two meetings on the constitutional amendments on Thursday. In the morning, deputy akim of the region Serik Shapkenov met about 200 workers of the Atyrau Refinery. In the afternoon, a meeting with teachers of Makhambet district took place at the district culture house, attended by 90 people.",
      null,
    );
    expect(r.drafts.map((d) => [d.date, d.audienceSize])).toEqual([
      ["2022-05-26", 200],
      ["2022-05-26", 90],
    ]);
  });

  it("keeps a headline whole past a quoted '!', reads 'Талдыкорган. 4 марта.' as the dateline, and no 'Ранее,' as a place", () => {
    const kk = only(
      "Қостанайда «Жастар – Отанға!» форумы өтті\n\nҚостанай қаласында 2026 жылғы 1 наурызда жаңа Конституция жобасы бойынша өңірлік жастар форумы ұйымдастырылды.",
    );
    expect(kk.title).toBe("Қостанайда «Жастар – Отанға!» форумы өтті");
    const r = all(
      "Талдыкорган. 4 марта. В областной больнице прошла встреча медицинских работников по проекту Конституции. Во встрече участвовали 85 врачей.\n\nРанее, 2 марта, аналогичная встреча прошла в городской поликлинике №2.",
      "2026-03-05",
    );
    expect(r.drafts[0]?.date).toBe("2026-03-04");
  });

  it("puts every title of a list in the nominative («с членом штаба, главным врачом центра Сауле Мукановой»)", () => {
    const d = only(
      "В больнице прошла встреча медицинских работников по проекту новой Конституции с членом областного штаба, главным врачом перинатального центра Сауле Мукановой.",
    );
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Сауле Муканова", "член областного штаба, главный врач перинатального центра"],
    ]);
  });

  it("takes a breadcrumb for no title and NGO representatives for an audience of their own", () => {
    const d = only(
      "Главная » Пресс-центр » Новости\n\nВ Актобе прошла встреча с представителями НПО\n\n2 марта в здании областного акимата состоялась встреча с представителями неправительственных организаций по проекту новой Конституции. В мероприятии приняли участие 45 представителей НПО.",
    );
    expect(d.title).toBe("В Актобе прошла встреча с представителями НПО");
    expect([d.audiences, d.audienceSize]).toEqual([["other"], 45]);
  });

  it("reads 'Senate Speaker' as a role, cuts 'Jury members included', and takes no university's namesake", () => {
    const a = only(
      "On Feb. 25, Senate Speaker Maulen Ashimbayev met with residents of Kyzylorda to explain the draft new Constitution. Around 600 people attended.",
    );
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([["Maulen Ashimbayev", "Senate Speaker"]]);
    const b = only(
      "More than 350 students of S. Amanzholov East Kazakhstan University took part in a debate on the draft new Constitution. Jury members included Mazhilis deputy Marat Bashimov.",
    );
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([["Marat Bashimov", "Mazhilis deputy"]]);
  });
});
