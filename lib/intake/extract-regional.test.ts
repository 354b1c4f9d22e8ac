// What regional papers and akimat sites write: a district named after
// someone, the date on the article's last line, «Так, 26 февраля …», a body
// that organised the event in the instrumental, a seminar in the akimat's own
// hall for civil servants, a chamber where a meeting was held, and the next
// day of a visit in the same town.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

const drafts = (text: string, publishedAt: string | null = "2026-03-02") => draftsOf(text, publishedAt);
const hosts = hostsOf;

describe("places and dates as regional papers write them", () => {
  it("takes no district named after someone for a speaker, and «Так, 26 февраля» for no dateline", () => {
    const [d] = drafts(
      "Встречи по проекту новой Конституции продолжаются в Северо-Казахстанской области. Так, 26 февраля в селе Новоишимское района Габита Мусрепова прошла встреча с механизаторами. Пришли 85 человек.",
    );
    expect([d?.district?.name, d?.speakers, d?.date, d?.dateSource]).toEqual([
      "Gabit Musrepov District",
      [],
      "2026-02-26",
      "inferred_year",
    ]);
  });

  it("dates meetings over several days by the first («с 20 по 22 февраля», 'between 20 and 22 February')", () => {
    const dates = [
      "С 20 по 22 февраля в Таразе прошли встречи по проекту новой Конституции.",
      "Meetings on the draft new Constitution were held in Taraz between 20 and 22 February.",
    ].map((t) => drafts(t)[0]?.date);
    expect(dates).toEqual(["2026-02-20", "2026-02-20"]);
  });

  it("places a meeting in a district centre whose name is too short to stand alone as its district's", () => {
    const places = [
      "В Аягозе прошла встреча с жителями по проекту новой Конституции.",
      "В Шу прошла встреча с железнодорожниками по проекту новой Конституции.",
      "Ақкөл қаласында жаңа Конституция жобасы бойынша кездесу өтті.",
    ].map((t) => drafts(t)[0]?.district?.name);
    expect(places).toEqual(["Ayagoz District", "Shu District", "Akkol District"]);
  });

  it("reads the date of a closing source credit as the publication, and young farmers as youth", () => {
    const [kk] = drafts(
      "Қызылжар ауданында тұрғындармен жаңа Конституция жобасы бойынша кездесу өтті.\n\nАқпарат: аудан әкімдігінің баспасөз қызметі, 24.02.2026",
      null,
    );
    expect([kk?.date, kk?.datePrecision]).toEqual(["2026-02-24", "on_or_before"]);
    const [en] = drafts("Young farmers gathered in Oral on Friday for a discussion of the draft new Constitution.");
    expect(en?.audiences).toEqual(["youth"]);
  });

  it("reads the date on the article's last line as its dateline", () => {
    const [d] = drafts(
      "Павлодарда мемлекеттік қызметшілерге жаңа Конституция жобасы бойынша семинар өтті. Семинарға 150 мемлекеттік қызметші қатысты.\n\n20 ақпан 2026 ж.",
      null,
    );
    expect([d?.date, d?.datePrecision, d?.dateSource]).toEqual(["2026-02-20", "on_or_before", "dateline"]);
  });
});

describe("who held it, as regional sites name them", () => {
  it("puts a body that organised the event back in the nominative", () => {
    const [flashmob] = drafts(
      "Сегодня в Балхаше прошёл флешмоб в поддержку новой Конституции, организованный городским отделом внутренней политики. Участвовали 300 студентов.",
    );
    expect(hosts(flashmob)).toEqual(["Городской отдел внутренней политики"]);
    const [meeting] = drafts(
      "Встреча по проекту новой Конституции, организованная областным управлением образования, прошла в Таразе. Пришли 90 учителей.",
    );
    expect(hosts(meeting)).toEqual(["Областное управление образования"]);
  });

  it("takes an akimat whose hall the event was held in as host, and civil servants for officials only", () => {
    const [d] = drafts(
      "Павлодар облысы әкімдігінің мәжіліс залында мемлекеттік органдардың қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Оған 150 мемлекеттік қызметші қатысты.",
    );
    expect([hosts(d), d?.audiences]).toEqual([["Павлодар облысы әкімдігі"], ["officials"]]);
  });

  it("takes a chamber where the meeting was held as a venue, not its host", () => {
    const [d] = drafts(
      "The Kostanay regional branch of the Amanat party held a meeting on the draft new Constitution with entrepreneurs at the regional Chamber of Entrepreneurs on March 1. About 70 business owners attended.",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["AMANAT", "host"],
      ["Regional Chamber of Entrepreneurs", "participant"],
    ]);
  });

  it("places the next day of a visit that names no town of its own where the first day was", () => {
    const ds = drafts(
      "TURKISTAN – Kurultai members visited Turkistan to explain the draft new Constitution.\n\nOn Friday, they met about 500 students of the Khoja Akhmet Yassawi University.\n\nThe next day, the members met with about 60 entrepreneurs.",
      "2026-03-01",
    );
    expect(ds.map((d) => [d.date, d.district?.name])).toEqual([
      ["2026-02-27", "Turkistan"],
      ["2026-02-28", "Turkistan"],
    ]);
  });
});

describe("places and dates that only look like them", () => {
  it("takes no common noun for a town («рудника» is not Рудный), nor a town naming another's workplace", () => {
    const [ru] = drafts(
      "В Сатпаеве прошла встреча горняков по проекту новой Конституции. Руководитель штаба ответила на вопросы работников рудника.",
    );
    expect([ru?.region, ru?.district?.name, ru?.uncertain.includes("region")]).toEqual(["KZ-62", "Satpayev", false]);
    const [kk] = drafts(
      "Сәтбаев қаласында «Қазақмыс корпорациясы» ЖШС-ның Жезқазған кен басқармасының кенішінде жаңа Конституция жобасы бойынша кездесу өтті.",
    );
    expect(kk?.district?.name).toBe("Satpayev");
  });

  it("weighs a wire's city with no date as little as its dated dateline, but not the agency's name", () => {
    const [en] = drafts(
      "ASTANA – Outreach on the draft new Constitution goes on. In Pavlodar region, a senator met on Monday with about 900 workers of a ferroalloy plant.",
    );
    expect(en?.region).toBe("KZ-55");
    const [ru] = drafts(
      "АСТАНА. KAZINFORM – В Сатпаеве прошла встреча горняков по проекту новой Конституции. Пришли 80 человек.",
    );
    expect(ru?.district?.name).toBe("Satpayev");
  });

  it("reads a place and date closing the article as its dateline, and when it was from who attended", () => {
    const [kk] = drafts(
      "Ақтөбе қаласында облыс әкімдігінің ұйымдастыруымен жаңа Конституция жобасы бойынша форум өтті.\n\nФорумға 1200-ден астам адам қатысты.\n\nАқтөбе, 21 ақпан 2026 жыл",
      null,
    );
    expect([kk?.date, kk?.datePrecision, hostsOf(kk)]).toEqual(["2026-02-21", "on_or_before", ["Облыс әкімдігі"]]);
    const [en] = drafts(
      "Students of Astana IT University held a debate tournament on the draft new Constitution. Around 200 students attended the final on February 25.",
      "2026-02-27",
    );
    expect([en?.date, en?.dateSource]).toEqual(["2026-02-25", "inferred_year"]);
  });
});

describe("venues, farms and street actions", () => {
  it("takes a farm whose farmers were met as host, and a House of Friendship that hosted as host", () => {
    const [kk] = drafts(
      "Бүгін Сарыағаш ауданындағы «Ақжол» шаруа қожалығында диқандармен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 70-ке жуық диқан қатысты.",
    );
    expect([hostsOf(kk), kk?.audiences, kk?.audienceSize]).toEqual([
      ["«Ақжол» шаруа қожалығы"],
      ["labour_collective"],
      70,
    ]);
    const [en] = drafts(
      "The regional House of Friendship in Pavlodar hosted on February 22 a meeting of ethnocultural associations on the draft new Constitution.",
    );
    expect(hostsOf(en)).toEqual(["Regional House of Friendship"]);
  });

  it("reads a street action handing out booklets, its volunteers and its day", () => {
    const [d] = drafts(
      "В субботу волонтеры провели в Семее информационную акцию «Знай свою Конституцию» и раздали жителям 2 тысячи буклетов о проекте нового Основного закона. В ней участвовали 40 волонтеров.",
    );
    expect([d?.format, d?.date, d?.audienceSize]).toEqual(["other", "2026-02-28", 40]);
  });

  it("takes no article into a role written after the name", () => {
    const [d] = drafts(
      "Workers of the Balkhash copper smelter met on Tuesday with Yerlan Saparov, the city's akim, and Aigul Nurova, a Mazhilis deputy, to discuss the draft new Constitution.",
    );
    expect(d?.speakers.map((s) => s.role)).toEqual(["city's akim", "Mazhilis deputy"]);
  });
});

describe("public associations", () => {
  it("takes a Kazakh association named with two words before its kind as host, and its members as an audience", () => {
    const [d] = drafts(
      "Ақтөбе қаласында «Жігер» мүгедектер қоғамдық бірлестігінің мүшелерімен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 60-қа жуық адам қатысты.",
    );
    expect([hostsOf(d), d?.audiences]).toEqual([["«Жігер» мүгедектер қоғамдық бірлестігі"], ["other"]]);
  });

  it("dates a meeting by «Іс-шара … өтті», keeps a speaker's role out of the audience, and reads «Участие в нем приняли»", () => {
    const [kk] = drafts(
      "Жаңаөзен қаласында мұнайшылармен Жаңа Конституция жобасы бойынша түсіндіру кездесуі ұйымдастырылды. Іс-шара 27 ақпанда кәсіпорынның мәдениет үйінде өтті.",
      "2026-03-06",
    );
    expect([kk?.date, kk?.dateSource]).toEqual(["2026-02-27", "inferred_year"]);
    // «председатель областного совета ветеранов» speaks: the same meeting, not one with veterans.
    const ru = drafts(
      "5 марта в актовом зале ТОО «Атырауский нефтеперерабатывающий завод» прошла разъяснительная встреча по проекту новой Конституции с трудовым коллективом предприятия. Перед более чем 300 работниками завода выступили депутат Мажилиса Асхат Бекмуханов и председатель областного совета ветеранов Серик Утегенов.",
      "2026-03-06",
    );
    expect(ru.map((d) => [d.audiences, d.audienceSize, d.speakers.length])).toEqual([[["labour_collective"], 300, 2]]);
    const [college] = drafts(
      "В Кызылординской области 2 марта состоялся круглый стол по проекту новой Конституции. Участие в нем приняли около 80 человек: преподаватели и студенты аграрного колледжа.",
    );
    expect(college?.audiences).toEqual(["students"]);
  });

  it("takes the body a meeting 'was held by' for its host, in the same meeting", () => {
    const d = drafts(
      "Pensioners in Kokshetau discussed the draft Constitution on March 4. The meeting was held by the city council of veterans. About 60 pensioners attended.",
      "2026-03-05",
    );
    expect(d.map((x) => [hostsOf(x), x.audienceSize])).toEqual([[["City council of veterans"], 60]]);
  });

  it("reads the organiser a Kazakh report names with «ұйымдастырды», and «Организатором турнира выступило …»", () => {
    const [kk] = drafts(
      "Щучинск қаласында 2 наурызда кәсіпкерлермен Жаңа Конституция жобасы бойынша кездесу болды. Оны «Атамекен» Ұлттық кәсіпкерлер палатасының аудандық филиалы ұйымдастырды.",
    );
    const [veterans] = drafts(
      "Шымкент қаласында 5 наурызда ардагерлермен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуді қалалық ардагерлер кеңесі ұйымдастырды.",
    );
    const [ru] = drafts(
      "В Актобе прошел дебатный турнир студентов по проекту новой Конституции. Организатором турнира выступило управление молодежной политики Актюбинской области.",
    );
    expect([kk, veterans, ru].map(hostsOf)).toEqual([
      ["«Атамекен» Ұлттық кәсіпкерлер палатасының аудандық филиалы"],
      ["Қалалық ардагерлер кеңесі"],
      ["Управление молодежной политики Актюбинской области"],
    ]);
  });

  it("dates each meeting of a report by the day its lead gives them, names a man after a title in the genitive, and takes young volunteers for youth", () => {
    const meetings = drafts(
      "Члены областной информационной группы 3 марта побывали в Шиелийском и Жанакорганском районах Кызылординской области, где рассказали о проекте новой Конституции. Сначала в поселке Шиели они встретились с работниками районной больницы. Около 90 медиков выслушали выступление депутата областного маслихата Бахытжана Нуртазина. Затем группа провела встречу с жителями поселка Жанакорган. На встречу пришли более 150 человек.",
      "2026-03-06",
    );
    expect(meetings.map((d) => [d.date, d.district?.name])).toEqual([
      ["2026-03-03", "Shieli District"],
      ["2026-03-03", "Zhanakorgan District"],
    ]);
    expect(meetings[0]?.speakers.map((p) => p.name)).toEqual(["Бахытжан Нуртазин"]);
    const [mob] = drafts(
      "Around 200 young volunteers gathered in Taldykorgan on March 1 for a flash mob in support of the new Constitution.",
    );
    expect(mob?.audiences).toEqual(["youth"]);
  });

  it("takes no day of a month in Latin Kazakh for an audience, and finds the hosts a report names by where the meeting was", () => {
    const [latin] = drafts(
      "Aqtóbe qalasynda 3 naýryzda stýdentter men jastarmen Jańa Konstıtýsıa jobasy boıynsha kezdesý uıymdastyryldy. Oǵan 150-den astam jas qatysty.",
    );
    expect([latin?.audienceSize, latin?.audienceEstimate]).toEqual([150, true]);
    const hosts = [
      "Павлодар облыстық ауруханасының 80-ге тарта медицина қызметкері Жаңа Конституция жобасына арналған кездесуге қатысты.",
      "В Семее в Доме дружбы прошла встреча по поправкам в Конституцию с представителями этнокультурных объединений.",
      "10 марта в актовом зале Костанайского регионального университета состоится встреча студентов по проекту новой Конституции.",
      // The house where it was held hosts no meeting that someone is said to have organised.
      "Вчера в Доме дружбы Талдыкоргана состоялся круглый стол о проекте новой Конституции. Его организовал филиал Ассамблеи народа Казахстана по области Жетісу.",
    ].map((t) => hostsOf(drafts(t)[0]));
    expect(hosts).toEqual([
      ["Павлодар облыстық ауруханасы"],
      ["Дом дружбы"],
      ["Костанайский региональный университет"],
      ["Филиал Ассамблеи народа Казахстана по области Жетісу"],
    ]);
  });

  it("places a meeting in a three-letter town with its case ending («в Уиле»), and keeps a political scientist's title whole", () => {
    const [uil] = drafts("В Уиле прошла встреча с жителями по проекту новой Конституции.");
    expect([uil?.region, uil?.district?.name]).toEqual(["KZ-15", "Oiyl District"]);
    // Only a town's own short name: «Руда» (ore) is no Рудный.
    const [ore] = drafts(
      "Руда — главное богатство региона. Прошла встреча с горняками по проекту новой Конституции. Пришли 50 горняков.",
    );
    expect([ore?.region, ore?.district]).toEqual([null, null]);
    const [talk] = drafts(
      "Students of Astana IT University met on February 25 to discuss the draft Constitution. The meeting was addressed by political scientist Marat Shibutov.",
    );
    expect(talk?.speakers.map((s) => s.role)).toEqual(["political scientist"]);
  });

  it("takes who came from who asked questions, and no audience from what a college teaches", () => {
    const audiences = [
      "A meeting on the draft Constitution was held at Kokshetau Higher Medical College on March 3. Students asked questions about free education.",
      "3 марта в Кокшетауском высшем медицинском колледже прошла встреча по проекту новой Конституции. Студенты задали вопросы о бесплатном образовании.",
      "3 наурызда Көкшетау жоғары медициналық колледжінде Жаңа Конституция жобасы бойынша кездесу өтті. Студенттер тегін білім беру туралы сұрақтар қойды.",
    ].map((t) => drafts(t)[0]?.audiences);
    expect(audiences).toEqual([["students"], ["students"], ["students"]]);
  });

  it("counts fishermen («60-тан астам балықшы мен жергілікті тұрғын», «более 70 рыбаков»)", () => {
    const sizes = [
      "Арал қаласында кеше балықшылармен Жаңа Конституция жобасы бойынша кездесу болды. Кездесуге 60-тан астам балықшы мен жергілікті тұрғын қатысты.",
      "В Аральске прошла встреча с рыбаками по проекту новой Конституции. На нее пришли более 70 рыбаков.",
    ].map((t) => drafts(t)[0]?.audienceSize);
    expect(sizes).toEqual([60, 70]);
  });
});
