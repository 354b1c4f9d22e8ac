// Reports of a visit with several meetings, told one after another: the next
// meeting is introduced in another town ("the next day in Kandyagash") even
// with the same kind of audience; a plant where one meeting was held hosts
// none of the others; a page's breadcrumb and headline are no meetings.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

const drafts = draftsOf;
const hosts = hostsOf;

describe("a visit's meetings", () => {
  it("starts a meeting introduced in another town, and keeps the first one's plant as its host only", () => {
    const ds = drafts(
      "Ақтөбе облысында түсіндіру жұмыстары жалғасуда\n\n12 ақпанда Хромтау қаласында «Дөң тау-кен байыту комбинаты» кеншілерімен жаңа Конституция жобасы бойынша кездесу өтті. Оған 300-ден астам кенші қатысты.\n\nКелесі күні Мұғалжар ауданының Қандыағаш қаласында теміржолшылармен жиын болды. Оған 120 адам қатысты.",
      "2026-02-21",
    );
    expect(ds.map((d) => [d.date, d.district?.name, d.audienceSize])).toEqual([
      ["2026-02-12", "Khromtau District", 300],
      ["2026-02-13", "Mugalzhar District", 120],
    ]);
    expect(ds.map(hosts)).toEqual([["«Дөң тау-кен байыту комбинаты»"], []]);
  });

  it("takes a Russian institute by its adjectives as the host of its meeting", () => {
    const ds = drafts(
      "В понедельник в Аксу депутат Мажилиса Игорь Смирнов встретился с коллективом ферросплавного завода по проекту новой Конституции.\n\nВо вторник в Экибастузе прошла встреча со студентами Экибастузского инженерно-технического института.",
      "2026-02-21",
    );
    expect(ds.map(hosts)).toEqual([[], ["Экибастузский инженерно-технический институт"]]);
  });

  it("reads one meeting under a breadcrumb, a headline and a date line", () => {
    const ds = drafts(
      "Басты бет / Аймақтар\n\nЕкібастұзда энергетиктермен кездесу өтті\n\n15:20, 26 ақпан 2026\n\nЕкібастұз қаласындағы «Екібастұз ГРЭС-1» ЖШС-де жаңа Конституция жобасы бойынша кездесу ұйымдастырылды. Жиынға 200-ге жуық қызметкер қатысты.",
    );
    expect(ds.map((d) => [d.date, d.audienceSize, hosts(d)])).toEqual([
      ["2026-02-26", 200, ["«Екібастұз ГРЭС-1» ЖШС"]],
    ]);
  });

  it("places meetings in several regions each in its own region, even with the same audience", () => {
    const ds = drafts(
      "ASTANA – Deputies held meetings on the draft new Constitution this week.\n\nIn Karaganda, deputy Yerlan Zhakupov met with residents on February 24. In Petropavl, deputy Natalya Dementyeva met with residents on February 25.",
      "2026-02-27",
    );
    expect(ds.map((d) => [d.region, d.date, d.speakers.map((s) => s.name)])).toEqual([
      ["KZ-35", "2026-02-24", ["Yerlan Zhakupov"]],
      ["KZ-59", "2026-02-25", ["Natalya Dementyeva"]],
    ]);
  });

  it("counts ethnocultural associations as an audience", () => {
    const [d] = drafts(
      "13 февраля в Доме дружбы Уральска прошла встреча с представителями этнокультурных объединений по проекту новой Конституции. Присутствовали около 90 человек.",
    );
    expect(d?.audiences).toEqual(["other"]);
  });
});

describe("what a long report adds around its meeting", () => {
  it("places the meeting by its own words, not by an earlier meeting told as background", () => {
    const [d] = drafts(
      "Жезқазған, 26 ақпан. Бүгін Жезқазған мыс қорыту зауытында жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 350-ге жуық металлург қатысты.\n\nАйта кетейік, бұған дейін, 24 ақпанда, Сәтбаев қаласында кеншілермен осындай кездесу болған еді.",
    );
    expect([d?.region, d?.district?.name, d?.date]).toEqual(["KZ-62", "Zhezkazgan", "2026-02-26"]);
  });

  it("takes no quoted name for a person, and no company's legal form for part of its plant's name", () => {
    const [ru] = drafts(
      "В Таразе прошёл форум по проекту новой Конституции. Модератором выступил председатель молодёжного крыла «Жастар Рухы» партии «AMANAT» Даурен Ахметов. Участвовали 600 человек.",
    );
    expect(ru?.speakers.map((s) => s.name)).toEqual(["Даурен Ахметов"]);
    const [kk] = drafts(
      "Бүгін «Қазақмыс корпорациясы» ЖШС-ның Жезқазған мыс қорыту зауытында жаңа Конституция жобасы бойынша кездесу өтті.",
    );
    expect(kk && hosts(kk)).toEqual(["Жезқазған мыс қорыту зауыты"]);
  });

  it("takes the mine whose miners were met as host", () => {
    const [d] = drafts(
      "Senators met with about 400 miners of the Bogatyr open-pit mine in Ekibastuz on Tuesday to explain the draft new Constitution.",
      "2026-02-19",
    );
    expect(d && hosts(d)).toEqual(["Bogatyr open-pit mine"]);
  });
});

describe("one more stop of the same visit", () => {
  it("dates and places a stop told with 'also' and no day or town of its own like the one before, with the same visitor", () => {
    const ds = drafts(
      "Deputy visits Aktobe\n\nMazhilis deputy Aliya Sarsenova met with teachers in Aktobe on Monday to discuss the draft new Constitution. About 130 teachers attended.\n\nThe deputy also visited the Aktobe Ferroalloy Plant, where she talked to some 90 smelters.",
      "2026-02-25",
    );
    expect(ds.map((d) => [d.date, d.district?.name, d.speakers.map((s) => s.name)])).toEqual([
      ["2026-02-23", "Aktobe", ["Aliya Sarsenova"]],
      ["2026-02-23", "Aktobe", ["Aliya Sarsenova"]],
    ]);
  });

  it("keeps a stop with a day of its own on that day, and a meeting told 'in addition' apart", () => {
    const [, second] = drafts(
      "Mazhilis deputy Aliya Sarsenova met with teachers in Aktobe on Monday to discuss the draft new Constitution. About 130 teachers attended.\n\nThe deputy also visited the Aktobe Ferroalloy Plant on Tuesday, where she talked to some 90 smelters.",
      "2026-02-25",
    );
    expect(second?.date).toBe("2026-02-24");
  });
});

describe("people who are places", () => {
  it("takes no village or street named after someone for a speaker", () => {
    const [ru] = drafts(
      "Депутат Мажилиса Ермек Нуров провёл встречи с жителями сёл Бауыржан Момышулы и Кызылжар по проекту новой Конституции. Пришли 200 человек.",
      "2026-03-02",
    );
    expect(ru?.speakers.map((s) => [s.name, s.role])).toEqual([["Ермек Нуров", "депутат Мажилиса"]]);
    const [kk] = drafts(
      "Бүгін Бауыржан Момышұлы ауылында жаңа Конституция жобасы бойынша кездесу өтті. Оған аудан әкімі Серік Алиев қатысты.",
      "2026-03-02",
    );
    expect(kk?.speakers.map((s) => [s.name, s.role])).toEqual([["Серік Алиев", "аудан әкімі"]]);
  });

  it("reads a role through «им.» and initials, with its adjective, and without «Оған»", () => {
    const [ru] = drafts(
      "В Таразе прошла встреча по проекту новой Конституции. Выступили общественный деятель Жанна Омарова и профессор университета им. М.Х. Дулати Бахыт Ерланов.",
      "2026-03-02",
    );
    expect(ru?.speakers.map((s) => s.role)).toEqual(["общественный деятель", "профессор университета им. М.Х. Дулати"]);
    const [kk] = drafts(
      "Ақтауда жастармен жаңа Конституция жобасы бойынша дөңгелек үстел өтті. Оған облыс әкімінің орынбасары Ардақ Сейітов қатысты.",
      "2026-03-02",
    );
    expect(kk?.speakers.map((s) => s.role)).toEqual(["облыс әкімінің орынбасары"]);
  });

  it("reads a Latin-script forum, its numbered school, its teachers and titles after «Forýmdy»/«Forýmǵa»", () => {
    const [forum] = drafts(
      "Keshe Kentaý qalasynda jastar forýmy ótti, taqyryby – jańa Konstıtýsıa. Forýmdy qalalyq fılıal tóraǵasy Nurlan Ábdirov ashty. Forýmǵa Májilis depýtaty Erlan Saırov qatysty.",
      "2026-02-27",
    );
    expect([forum?.format, forum?.speakers.map((s) => s.role)]).toEqual([
      "forum",
      ["qalalyq fılıal tóraǵasy", "Májilis depýtaty"],
    ]);
    const [school] = drafts(
      "Búgin Ekibastuz qalasyndaǵy №4 mektep-gımnazıada muǵalimdermen jańa Konstıtýsıa jobasy boıynsha kezdesý ótti. Jıynǵa 120-dan astam ustaz qatysty.",
      "2026-02-25",
    );
    expect([hosts(school), school?.audienceSize]).toEqual([["№4 mektep-gımnazıa"], 120]);
  });

  it("reads titles in Kazakh's 2021 Latin alphabet", () => {
    const [d] = drafts(
      "Búgin Aral qalasynda Ata zañ jobasy boiynşa kezdesu ötti. Kezdesuge audan äkimi Ğalymjan Serikov pen Mäjilis deputaty Äigerim Nurova qatysty.",
      "2026-03-02",
    );
    expect(d?.speakers.map((s) => s.role)).toEqual(["audan äkimi", "Mäjilis deputaty"]);
  });
});

describe("reports of several meetings, told the agency's way", () => {
  it("starts a meeting where a deputy 'spoke on <date> to' an audience, with its numbered school", () => {
    const ds = drafts(
      "Deputies explained the draft new Constitution in the south.\n\nIn Kyzylorda, deputy Aidos Sarym met about 150 railway workers on February 20.\n\nIn Taraz, deputy Ekaterina Smyshlyaeva spoke on February 21 to over 80 teachers of school No. 3.",
      "2026-02-23",
    );
    expect(ds.map((d) => [d.district?.name, d.date, d.audienceSize, hosts(d)])).toEqual([
      ["Kyzylorda", "2026-02-20", 150, []],
      ["Taraz", "2026-02-21", 80, ["School No. 3"]],
    ]);
  });

  it("ends a Kazakh role at the finite verb before it, and dates an announced meeting by its day, not as a page stamp", () => {
    const [kk] = drafts(
      "Жаңаөзен қаласында мұнайшылармен жаңа Конституция жобасы бойынша кездесу ұйымдастырылды, оған облыстық мәслихаттың депутаты Қайрат Өтепов қатысты.",
      "2026-02-27",
    );
    expect(kk?.speakers.map((s) => s.role)).toEqual(["облыстық мәслихаттың депутаты"]);
    const [ru] = drafts(
      "10 марта в 15:00 в актовом зале акимата Костанайского района состоится встреча жителей по проекту новой Конституции.",
      "2026-03-05",
    );
    expect([ru?.date, ru?.datePrecision, hosts(ru)]).toEqual(["2026-03-10", "day", ["Акимат Костанайского района"]]);
  });
});

describe("one meeting, said once more", () => {
  it("starts no second meeting at the company a mine belongs to, and reads 'the town of Abai' as its district", () => {
    const kk = drafts(
      "Бүгін Қарағанды облысы Абай қаласындағы «Ленин» шахтасында Мәжіліс депутаты кеншілермен жаңа Конституция жобасы бойынша кездесті. Шахта «Qarmet» АҚ құрамына кіреді. Кездесуге 250-ге жуық кенші қатысты.",
      "2026-02-26",
    );
    expect(kk.map((d) => [d.audienceSize, hosts(d)])).toEqual([[250, ["«Ленин» шахтасы"]]]);
    const [en] = drafts(
      "A Mazhilis deputy met about 250 miners of the Lenin mine in the town of Abai, Karaganda region, on February 26 to discuss the draft new Constitution.",
      "2026-03-01",
    );
    expect([en?.region, en?.district?.name]).toEqual(["KZ-35", "Abai District"]);
  });
});
