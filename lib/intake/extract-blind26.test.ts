// What the blind batches caught in the thirty-second session, one general
// cause each (the 301st–304th are in extract-blind25.test.ts):
// - 305th (a petrochemical plant, a village of Saryagash District, the
//   Assembly's house in Kostanay, a school's teachers in Kurmangazy District,
//   lawyers at a market): a quoted sentence ("… with their own eyes," said
//   plant director …) names no organisation; a free legal clinic is a
//   meeting; market vendors are business people, and counted. (Left alone: "the Atyrau regional bar association",
//   written in lower case, is found as no organisation.)
// - 306th (a district's hospital and farm, a zinc miner's mine, a university
//   in Kokshetau, an announced meeting, a power station): «с работниками
//   сельхозпредприятия «Агрофирма Мынбаево»» names a company, the host.
// - 307th (a steel maker's metallurgists, the referendum commission, two
//   meetings in Shymkent in a day, a mining company in the Latin script, an
//   online meeting with NGOs): nothing new misread.
// - 308th (a post's list of a day's meetings in Aksu, an interview, the
//   results, a veterans' council, rice growers): a list whose first item
//   counts the meetings («🔹 … провели серию встреч») leads the items after
//   it; a plant where someone spoke, the next sentence saying who listened
//   («Его слушали около 250 металлургов»), is where a meeting was; «В
//   городском Совете ветеранов», capitalised; «колледж имени Жаяу Мусы»
//   keeps its namesake's second name; "the party's Kyzylorda branch" is
//   not where its members met rice growers in the Zhalagash district. The
//   set's kk-185 now annotates the youth resource centre where its dialogue
//   was held as the host, as the set's other such centres are.
// - 309th (a copper smelter, a youth forum in Oral, a district hospital, a
//   refinery's day of questions, a town's elders and business people): a
//   plant in a sentence that says who took part ("with about 300 oil workers
//   taking part") is where the event was; «Форум организовало управление по
//   делам молодежи области совместно с …» names its organiser (the region
//   bare); «Аудандық ауруханада өткен жиынға …» (capitalised) is the hospital
//   where the meeting just told was, no meeting of its own — which also
//   finds the set's kk-27 hospital, now annotated as its host, as the set's
//   other hospitals are. (Left alone: "The refinery's trade union organized
//   the event" is found as no organisation; «ЖШС мыс қорыту зауыты» hosts,
//   the company before it a participant.)
// - 310th (the 2024 nuclear vote, a Constitution Day gathering, a coal mine,
//   a public council's village tour, railwaymen in the Latin script): the
//   Constitution's anniversary («Ата заңның 30 жылдығы») is no referendum,
//   as its Day is not; «"Qazaqstan temir joly" UK AQ» is a company, as «ҰК
//   АҚ» is.
// - 311th (a microdistrict's meeting with its speakers listed, a town hall
//   meeting at a House of Culture, a district's two days, an online
//   broadcast, a meat plant): «Екі кездесуде де облыстық мәслихат депутаты
//   …» spoke at both meetings, his title without the particle "too" (so does
//   whoever "At each stop, …" names).
// - 312th (a university in Turkistan, a power grid company, a perinatal
//   centre, a party branch's meeting, a round table at a library): «на
//   площадке областной универсальной научной библиотеки» is where it was,
//   which hosts it.
// - 313th (mothers of large families, a farm company, a university's law
//   club, Aral's fishermen, a copper smelter): «"Арал тұз" АҚ және "Камбала
//   балық" ЖШС қызметкерлері … тыңдады» after «… балықшылармен кездесу
//   өтті» names whose staff the meeting just told was with, no second one.
// - 314th (a news page on Zhitikara's farmers, parents at a village school, a
//   museum-reserve's staff, two oil companies on two days, a forum): «…
//   встретился с коллективом АО «…», а 1 марта – с сотрудниками ТОО «…»» is
//   another day's meeting, with the same speaker; "the Issyk State
//   Historical and Cultural Museum-Reserve" is an organisation; «білім
//   бөлімінің әдіскері» a title.
// - 315th (a power station's energy workers, two villages of Talgar
//   District, a coal mine, a district centre's elders, a flash mob): nothing
//   new misread. (Left alone: «ауыл ақсақалдарымен» names no audience type.)
// - 316th (an open lesson at a school-gymnasium, two deputies' plant and
//   university, a chromium plant, a village's residents, a leaflet action):
//   «№3 мектеп-гимназияда … ашық сабақ өтті» is where the lesson was, which
//   hosts it; «Сабақты қалалық соттың судьясы …» is a judge, not "the
//   lesson's". (Left alone: «аудандық мәслихат депутаттары» who attended
//   beside a deputy akim read as officials in the audience.)
// - 317th (an oil company's workers, a medical university, a school-lyceum's
//   teachers, a nuclear research centre, a motorcade): «автокеруен», a
//   motorcade, is an event (a rally), as «автопробег» is. (Left alone:
//   «сотрудники Национального ядерного центра» name no organisation.)
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-sixth set)", () => {
  it("reads no organisation in a quoted sentence before who said it", () => {
    const [plant] = draftsOf(
      'Workers of the Pavlodar Petrochemical Plant met on March 4 with regional deputies to discuss the draft Constitution. "People want to see the text with their own eyes," said plant director Dauren Abilov.',
      "2026-03-05",
    );
    expect(plant?.organizations.map((o) => o.name)).toEqual(["Pavlodar Petrochemical Plant"]);
  });

  it("reads market vendors as business people, and counts them", () => {
    const [market] = draftsOf(
      "Lawyers held a free legal clinic on May 30 at the central market of Atyrau, explaining the constitutional amendments put to the June 5 referendum. About 40 market vendors came with their questions.",
      "2022-05-31",
    );
    expect([market?.format, market?.audiences, market?.audienceSize]).toEqual(["meeting", ["business"], 40]);
  });

  it("reads a farm company named after «сельхозпредприятие» as the host", () => {
    const [farm] = draftsOf(
      "6 марта в селе Мынбаев Жамбылского района с работниками сельхозпредприятия «Агрофирма Мынбаево» встретилась член рабочей группы Динара Сагинтаева и рассказала о проекте новой Конституции.",
      "2026-03-07",
    );
    expect(farm?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Сельхозпредприятие «Агрофирма Мынбаево»", "host", "enterprise"],
    ]);
  });

  it("reads a post's list of meetings led by an item that counts them", () => {
    const drafts = draftsOf(
      [
        "🔹 Сегодня члены областной рабочей группы провели серию встреч в Аксу.",
        "🔹 На Аксуском заводе ферросплавов о новой Конституции рассказал депутат Мажилиса Ерлан Саиров. Его слушали около 250 металлургов.",
        "🔹 В городском Совете ветеранов с пенсионерами встретилась депутат областного маслихата Людмила Ким.",
        "🔹 В колледже имени Жаяу Мусы со студентами побеседовал юрист Арман Жакупов.",
      ].join("\n"),
      "2026-03-07",
    );
    expect(drafts.map((d) => [hostsOf(d), d.audienceSize, d.speakers.map((p) => p.name)])).toEqual([
      [["Аксуский завод ферросплавов"], 250, ["Ерлан Саиров"]],
      [["Городской совет ветеранов"], null, ["Людмила Ким"]],
      [["Колледж имени Жаяу Мусы"], null, ["Арман Жакупов"]],
    ]);
  });

  it("reads a town in a party branch's name as not where its members met", () => {
    const [farmers] = draftsOf(
      "Members of the Nur Otan party's Kyzylorda branch met with rice growers in the Zhalagash district on Thursday to explain the constitutional amendments put to the June 5 referendum.",
      "2022-05-20",
    );
    expect([farmers?.region, farmers?.district?.name]).toEqual(["KZ-43", "Zhalagash District"]);
  });

  it("reads a plant where people took part, a bare region in an organiser's name, a hospital where the meeting was", () => {
    const [refinery] = draftsOf(
      'A "Day of Questions" was held at the Atyrau Refinery on March 4, with about 300 oil workers taking part. Lawyers answered questions about the draft Constitution put to the March 15 referendum.',
      "2026-03-05",
    );
    const [forum] = draftsOf(
      "Вчера в Уральске прошел молодежный форум по проекту новой Конституции. Форум организовало управление по делам молодежи области совместно с аграрным университетом.",
      "2026-03-12",
    );
    const meetings = draftsOf(
      "Щучинск қаласында медицина қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Аудандық ауруханада өткен жиынға 70-ке жуық дәрігер мен мейірбике қатысты.",
      "2026-03-13",
    );
    expect([hostsOf(refinery), hostsOf(forum), meetings.map(hostsOf)]).toEqual([
      ["Atyrau Refinery"],
      ["Управление по делам молодежи области"],
      [["Аудандық аурухана"]],
    ]);
  });

  it("reads a Constitution Day gathering marking its anniversary as no outreach", () => {
    const result = articleOf(
      "Ақтау қаласында Конституция күніне орай салтанатты жиын өтті. Жиында Ата заңның 30 жылдығы аталып өтті, үздік заңгерлер марапатталды.",
      "2025-08-29",
    );
    expect(result.isOutreach).toBe(false);
  });

  it("reads a national company's Latin-script legal form", () => {
    const [rail] = draftsOf(
      "Qaraǵandy qalasyndaǵy «Qazaqstan temir joly» UK AQ fılıalynda temirjolshylarmen Konstıtýsıa jobasy boıynsha kezdesý ótti.",
      "2026-03-14",
    );
    expect(hostsOf(rail)).toEqual(["«Qazaqstan temir joly» UK AQ"]);
  });

  it("reads whoever spoke at both meetings as each one's speaker", () => {
    const drafts = draftsOf(
      "27 ақпанда Бейнеу ауылында тұрғындармен Конституция жобасы бойынша кездесу өтті. 28 ақпанда Боранқұл кентінде «Бейнеу-Шымкент газ құбыры» ЖШС қызметкерлерімен жиын болды. Екі кездесуде де облыстық мәслихат депутаты Самат Жиенбаев сөз сөйледі.",
      "2026-03-02",
    );
    expect(drafts.map((d) => d.speakers.map((p) => `${p.name} (${p.role})`))).toEqual([
      ["Самат Жиенбаев (облыстық мәслихат депутаты)"],
      ["Самат Жиенбаев (облыстық мәслихат депутаты)"],
    ]);
  });

  it("reads a library «на площадке» which a round table was held at as its host", () => {
    const [table] = draftsOf(
      "В Актобе на площадке областной универсальной научной библиотеки состоялся круглый стол о поправках в Конституцию.",
      "2022-05-26",
    );
    expect(hostsOf(table)).toEqual(["Областная универсальная научная библиотека"]);
  });

  it("reads the staff of two companies named after a meeting as that meeting's", () => {
    const drafts = draftsOf(
      "Кеше Арал қаласында балықшылармен кездесу өтті. «Арал тұз» АҚ және «Камбала балық» ЖШС қызметкерлері аудан әкімінің орынбасары Мұрат Бекеновтің Ата заң жобасы туралы баяндамасын тыңдады.",
      "2026-03-06",
    );
    expect(drafts.map(hostsOf)).toEqual([["«Арал тұз» АҚ"]]);
  });

  it("reads another day's clause as a meeting of its own, with the same speaker", () => {
    const drafts = draftsOf(
      "В Атырау прошли встречи по проекту новой Конституции. 28 февраля депутат Мажилиса Ерлан Жаксыбаев встретился с коллективом АО «Эмбамунайгаз», а 1 марта – с сотрудниками ТОО «Атырауский нефтеперерабатывающий завод».",
      "2026-03-02",
    );
    expect(drafts.map((d) => [d.date, hostsOf(d), d.speakers.map((p) => p.name)])).toEqual([
      ["2026-02-28", ["АО «Эмбамунайгаз»"], ["Ерлан Жаксыбаев"]],
      ["2026-03-01", ["ТОО «Атырауский нефтеперерабатывающий завод»"], ["Ерлан Жаксыбаев"]],
    ]);
  });

  it("reads a museum-reserve as an organisation and a methodologist's title", () => {
    const [museum] = draftsOf(
      "A meeting on the draft Constitution was held on March 11 with employees of the Issyk State Historical and Cultural Museum-Reserve.",
      "2026-03-12",
    );
    const [school] = draftsOf(
      "Сайрам ауданындағы №15 мектепте ата-аналармен Конституция жобасы бойынша кездесу өтті. Кездесуде аудандық білім бөлімінің әдіскері Зарина Оспанова сөз алды.",
      "2026-03-05",
    );
    expect([hostsOf(museum), school?.speakers.map((p) => p.role)]).toEqual([
      ["Issyk State Historical and Cultural Museum-Reserve"],
      ["аудандық білім бөлімінің әдіскері"],
    ]);
  });

  it("reads a school where an open lesson was held as its host, and who gave it", () => {
    const [lesson] = draftsOf(
      "Рудный қаласындағы №3 мектеп-гимназияда жоғары сынып оқушыларымен жаңа Конституция жобасы туралы ашық сабақ өтті. Сабақты қалалық соттың судьясы Марат Жұмабаев жүргізді.",
      "2026-03-06",
    );
    expect([hostsOf(lesson), lesson?.speakers.map((p) => p.role)]).toEqual([
      ["№3 мектеп-гимназия"],
      ["қалалық соттың судьясы"],
    ]);
  });

  it("reads a motorcade as a rally", () => {
    const [motorcade] = draftsOf(
      "Жамбыл облысы Қордай ауданында «Қордай – тұтас ел» атты автокеруен өтті. Шараның мақсаты – 5 маусымдағы республикалық референдумға тұрғындардың белсенді қатысуын қамтамасыз ету.",
      "2022-06-03",
    );
    expect([motorcade?.format, motorcade?.district?.name]).toEqual(["rally", "Kordai District"]);
  });
});
