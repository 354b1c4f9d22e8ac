// What the blind batches caught in the thirty-fifth session, one general
// cause each (the 335th–350th are in extract-blind28.test.ts):
// - 351st (road workers of a national company's branch, a transformer
//   plant's workers, a town's school directors): «65 дорожников» (road
//   workers) are counted; «25 мектеп директоры» (a school's director, in the
//   singular) counts 25 directors, where «5 мектеп оқушылары» (the pupils,
//   in the plural) counts five schools.
// - 352nd (bakers, Afghan war veterans at a quoted house, an aluminium
//   smelter, 2022's condensate company, a university in the Latin script):
//   "Aluminium of Kazakhstan JSC" (an "of" inside a name before its legal
//   form) is the company, not "Kazakhstan JSC"; "Employees of Kazakhmys JSC"
//   are still Kazakhmys's staff.
// - 353rd (copper miners at a mine, entrepreneurs at a chamber's round
//   table, an agricultural college's students, fishermen in a village, coal
//   miners at an open pit): «Павлом Казанцевым» is Pavel («Павел», whose «е»
//   drops before an ending), not «Павл»; "the Karabalyk agricultural
//   college" (a college named by its field, in lower case) hosts; «в
//   региональной палате предпринимателей области Жетісу» (a region named
//   after «области», undeclined) names the chamber with its region.
// - 354th (a zinc company's metallurgists, mothers of large families at a
//   family support centre, a locomotive depot's railwaymen, a village's
//   residents, a medical university's students): «В Центре поддержки семьи
//   Шымкента» (and «в городском центре занятости населения») is where it
//   was, which hosts it — never «в центре внимания»; "about 75 railwaymen"
//   are counted.
// - 355th (job seekers at an employment centre, a mobile group in three
//   villages, Tengiz's oil workers, a society of people with disabilities,
//   Baikonur's veterans): «Тараз қаласының халықты жұмыспен қамту
//   орталығында» (and «отбасын қолдау орталығында») hosts, one organisation
//   with the headline's «жұмыспен қамту орталығында» (three words or more
//   ending the full name are it); «космодрома «Байконур»» (a name alone in
//   quotes after no kind of place) names no town, so «в Доме ветеранов
//   Кызылорды» places the meeting in Kyzylorda.
// - 356th (farmers at a district's house of culture as HTML, a Telegram post
//   from a chrome company's mine, a consulate's compatriots abroad, lawyers
//   in a town's yards, 2022's pensioners at a veterans' council): «Депутат
//   областного маслихата Виктор Шевченко разъяснил …» gives the role in
//   lower case, as a role is written («депутат областного маслихата»;
//   «Мәжіліс депутаты», a proper name's, stays); «Семей қаласындағы
//   ардагерлер кеңесінде» is the town's veterans' council, which hosts.
//   (Left alone: «аграрии» are no labour collective — the set reads them so
//   in some reports and as residents in others.)
// - 357th (a bar association's lawyers at a bazaar, a university's legal
//   primer, a youth centre's online meeting, a TV debate, a power station's
//   staff): «прошёл правовой ликбез» (a legal primer) tells a meeting, so the
//   university where it was hosts it, named with its namesake; "lawyers from
//   the Shymkent bar association" (and "the Mangystau regional bar
//   association", a town's trade union) name the body in lower case.
// - 358th (a deputy akim at a mine with a miner's quote, villagers of a
//   rural district, a copper smelter, a medical university's round table,
//   the Friendship House): «"…," smelter foreman Yerlan Bekov told Kazinform»
//   (a job of the audience's kind between the quote and the name, the verb
//   after it) came to the meeting, no speaker.
// - 359th (oil workers of a production department, pensioners at a town's
//   library, a steel company's blast furnace shop, entrepreneurs with a
//   chamber's branch, a district akim in two villages): «Көкшетау қаласында
//   «Атамекен» ұлттық кәсіпкерлер палатасының Ақмола облыстық филиалы …
//   кездесу ұйымдастырды» (eight words before the body's word) names its
//   organiser, the host.
// - 360th (railwaymen in the Latin script, a school-lyceum's teachers, a
//   sugar factory, imams at a central mosque, villagers at a club): «в
//   школе-лицее № 22 состоялась встреча педагогов» counts no 22 teachers (a
//   number after «№ » is a school's); «дінтанушы» (a scholar of religion),
//   "theologian" are titles.
// - 361st–362nd (young specialists at a petrochemical plant, a town's veterans'
//   council, bus drivers at a depot, volunteers at a youth resource centre,
//   pensioners in the Latin script; a brewery, young families at a family
//   centre, a university's debate): «Жиынға 30 жас отбасы қатысты» counts
//   families, not 30 people. (Left alone: drivers are no labour collective —
//   the set reads «водители» among residents elsewhere.)
// - 363rd (a copper mine's miners, young people with disabilities at an
//   inclusive centre, a school-gymnasium's teachers, civil servants at an
//   akimat): «Сергеем Карплюком» is Sergey Karplyuk (a first name in «-ей»,
//   a longer surname on a hard consonant, both in the instrumental).
import { describe, expect, it } from "vitest";
import { fromGenitive, nominative } from "./names";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-ninth set)", () => {
  it("counts road workers", () => {
    const [depot] = draftsOf(
      "6 марта в Акмолинском областном филиале АО «НК «КазАвтоЖол» состоялась встреча коллектива с депутатом областного маслихата Айнур Жумабаевой. Она рассказала о проекте новой Конституции. На встрече присутствовали 65 дорожников.",
      "2026-03-09",
    );
    expect(depot?.audienceSize).toBe(65);
  });

  it("counts a school's directors named in the singular, not the schools", () => {
    const [directors, pupils] = ["Жиынға 25 мектеп директоры қатысты.", "Жиынға 5 мектеп оқушылары қатысты."].map(
      (count) =>
        draftsOf(
          `10 наурызда Ақсу қаласының білім бөлімінде жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық сот судьясы Марат Ахметов сөз сөйледі. ${count}`,
          "2026-03-11",
        )[0],
    );
    expect(directors?.audienceSize).toBe(25);
    expect(pupils?.audienceSize).toBeNull();
  });

  it("reads a company's name with an 'of' inside it before its legal form", () => {
    const [smelter, mine] = [
      "Senator Nurlan Bekenov met employees of Aluminium of Kazakhstan JSC in Pavlodar on Tuesday to explain the draft Constitution.",
      "Employees of Kazakhmys JSC met Senator Nurlan Bekenov in Zhezkazgan on Tuesday to discuss the draft Constitution.",
    ].map((text) => draftsOf(text, "2026-02-25")[0]);
    expect(smelter?.organizations.map((o) => o.name)).toEqual(["Aluminium of Kazakhstan JSC"]);
    expect(mine?.organizations.map((o) => o.name)).toEqual(["Kazakhmys JSC"]);
  });

  it("puts Pavel back in the nominative, his «е» restored", () => {
    const [pit] = draftsOf(
      "4 марта на разрезе «Восточный» АО «Евроазиатская энергетическая корпорация» состоялась встреча горняков с депутатом Мажилиса Павлом Казанцевым по проекту новой Конституции.",
      "2026-03-06",
    );
    expect(pit?.speakers.map((p) => p.name)).toEqual(["Павел Казанцев"]);
    expect(fromGenitive(["Павла", "Казанцева"])).toEqual(["Павел", "Казанцев"]);
    expect(nominative(["Павлу", "Казанцеву"], "ru")).toEqual(["Павел", "Казанцев"]);
  });

  it("reads a college named by its field in lower case, not a college described", () => {
    const [named, described] = [
      "A meeting on the draft Constitution was held on March 3 at the Karabalyk agricultural college in Kostanay region. Lawyer Arman Baimukhanov answered questions from about 120 students.",
      "A meeting on the draft Constitution was held on March 3 at a Kostanay college. Lawyer Arman Baimukhanov answered questions from about 120 students.",
    ].map((text) => draftsOf(text, "2026-03-04")[0]);
    expect(named?.organizations.map((o) => [o.name, o.kind, o.role])).toEqual([
      ["Karabalyk agricultural college", "education", "host"],
    ]);
    expect(described?.organizations).toEqual([]);
  });

  it("names a chamber of entrepreneurs with a region named after «области»", () => {
    const [chamber] = draftsOf(
      "В региональной палате предпринимателей области Жетісу в понедельник прошёл круглый стол по проекту новой Конституции. С разъяснениями выступила судья областного суда Асель Нуржанова.",
      "2026-03-03",
    );
    expect(chamber?.organizations.map((o) => o.name)).toEqual(["Региональная палата предпринимателей области Жетісу"]);
  });

  it("reads a state centre named by what it does as where the meeting was", () => {
    const [family, jobs, focus] = [
      "В Центре поддержки семьи Шымкента прошла встреча, посвящённая проекту новой Конституции.",
      "В городском центре занятости населения прошла встреча, посвящённая проекту новой Конституции.",
      "В Шымкенте прошла встреча, в центре внимания которой был проект новой Конституции.",
    ].map((lead) => draftsOf(`${lead} Выступила депутат городского маслихата Гульмира Есенова.`, "2026-03-09")[0]);
    expect(family?.organizations.map((o) => [o.name, o.role])).toEqual([["Центр поддержки семьи Шымкента", "host"]]);
    expect(jobs?.organizations.map((o) => o.name)).toEqual(["Городской центр занятости населения"]);
    expect(focus?.organizations).toEqual([]);
  });

  it("counts railwaymen", () => {
    const [depot] = draftsOf(
      "Senator Aliya Sadykova held an explanatory meeting on the draft Constitution with workers of the Petropavl locomotive depot on Monday. About 75 railwaymen took part.",
      "2026-03-10",
    );
    expect(depot?.audienceSize).toBe(75);
  });

  it("reads an employment centre in Kazakh as one host, named in full", () => {
    const [centre] = draftsOf(
      "Таразда жұмыспен қамту орталығында кездесу өтті\n\nТараз қаласының халықты жұмыспен қамту орталығында жаңа Конституция жобасы бойынша түсіндіру кездесуі болды. Жұмыс іздеушілермен облыстық мәслихат депутаты Әсел Байғожина кездесті.",
      "2026-02-24",
    );
    expect(centre?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Тараз қаласының халықты жұмыспен қамту орталығы", "host"],
    ]);
  });

  it("reads a place name alone in quotes as a thing's name, not a town", () => {
    const [veterans] = draftsOf(
      "В городском Доме ветеранов Кызылорды 4 марта прошла встреча с ветеранами космодрома «Байконур». О проекте новой Конституции им рассказал председатель областного совета ветеранов Кайрат Досжанов.",
      "2026-03-05",
    );
    expect(veterans?.district?.name).toBe("Kyzylorda");
  });

  it("writes a title that opened the sentence in lower case", () => {
    const [farmers] = draftsOf(
      "В селе Аулиеколь состоялась встреча с сельхозтоваропроизводителями района. Депутат областного маслихата Виктор Шевченко разъяснил основные положения проекта новой Конституции. Генеральный директор ТОО «Береке» Асан Оспанов рассказал о вопросах аграриев.",
      "2026-02-19",
    );
    expect(farmers?.speakers.map((p) => p.role)).toEqual([
      "депутат областного маслихата",
      "генеральный директор ТОО «Береке»",
    ]);
  });

  it("reads a town's veterans' council named with «қаласындағы»", () => {
    const [council] = draftsOf(
      "24 мамырда Семей қаласындағы ардагерлер кеңесінде Конституцияға енгізілетін өзгерістер туралы түсіндіру жұмысы жүргізілді. Жиында облыстық мәслихаттың депутаты Нұрлан Ахметов сөйледі.",
      "2022-05-25",
    );
    expect(council?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Семей қаласының ардагерлер кеңесі", "host"],
    ]);
  });

  it("reads a legal primer as a meeting at the university where it was", () => {
    const [primer] = draftsOf(
      "19 февраля в Карагандинском техническом университете имени Абылкаса Сагинова прошёл правовой ликбез по проекту новой Конституции. Лекцию для студентов прочитал доцент кафедры права Ерлан Тулегенов.",
      "2026-02-20",
    );
    expect(primer?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Карагандинский технический университет имени Абылкаса Сагинова", "host"],
    ]);
  });

  it("reads a bar association named in lower case after its town", () => {
    const [port] = draftsOf(
      "Dockers of the Aktau International Sea Trade Port met yesterday with a group of lawyers from the Mangystau regional bar association to discuss the draft new Constitution.",
      "2026-03-04",
    );
    expect(port?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Aktau International Sea Trade Port", "host"],
      ["Mangystau regional bar association", "participant"],
    ]);
  });

  it("reads a worker quoted before his name and verb as no speaker", () => {
    const [smelter] = draftsOf(
      'Workers of the Balkhash copper smelter met Mazhilis deputy Marat Syzdykov on Monday to discuss the draft Constitution. "The new text says clearly that work must be paid fairly," smelter foreman Yerlan Bekov told Kazinform after the meeting.',
      "2026-03-03",
    );
    expect(smelter?.speakers.map((p) => p.name)).toEqual(["Marat Syzdykov"]);
  });

  it("reads a chamber's branch named in eight words as the organiser", () => {
    const [branch] = draftsOf(
      "Көкшетау қаласында «Атамекен» ұлттық кәсіпкерлер палатасының Ақмола облыстық филиалы жаңа Конституция жобасы бойынша кәсіпкерлермен кездесу ұйымдастырды. Кездесуде облыстық соттың төрағасы Асқар Жұмабеков сөз сөйледі.",
      "2026-02-27",
    );
    expect(branch?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["«Атамекен» ұлттық кәсіпкерлер палатасының Ақмола облыстық филиалы", "host"],
    ]);
  });

  it("reads a school's number written after «№ » as no count of people", () => {
    const [school] = draftsOf(
      "В Экибастузе в школе-лицее № 22 состоялась встреча педагогов города с юристом Маратом Байжановым по проекту новой Конституции.",
      "2026-02-24",
    );
    expect(school?.audienceSize).toBeNull();
  });

  it("reads a scholar of religion's title", () => {
    const [mosque] = draftsOf(
      "2 наурызда Шымкент қаласының орталық мешітінде қала имамдарымен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде дінтанушы Мақсат Әлиев сөйледі.",
      "2026-03-03",
    );
    expect(mosque?.speakers.map((p) => [p.name, p.role])).toEqual([["Мақсат Әлиев", "дінтанушы"]]);
  });

  it("counts no people in a number of young families", () => {
    const [families] = draftsOf(
      "Түркістан қаласындағы «Отбасы» орталығында жас отбасылармен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық мәслихат депутаты Гүлжан Нұрмақова сөйледі. Жиынға 30 жас отбасы қатысты.",
      "2026-02-25",
    );
    expect(families?.audienceSize).toBeNull();
  });

  it("puts a first name in «-ей» and a longer surname in «-ом» back in the nominative", () => {
    const [mine] = draftsOf(
      "20 февраля на шахте «Анненская» прошла встреча горняков с депутатом Сената Сергеем Карплюком по проекту новой Конституции.",
      "2026-02-21",
    );
    expect(mine?.speakers.map((p) => p.name)).toEqual(["Сергей Карплюк"]);
    expect(nominative(["Николаем", "Ковальчуком"], "ru")).toEqual(["Николай", "Ковальчук"]);
  });
});
