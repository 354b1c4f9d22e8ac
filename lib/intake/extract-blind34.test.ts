// What the blind batches caught in the fortieth session, one general cause
// each (the 436th–458th are in extract-blind33.test.ts):
// - 459th–461st (a college's students, parents at a village school,
//   fishermen at a cooperative, a perinatal centre's doctors, a chamber's
//   entrepreneurs, a locomotive depot, pensioners, a youth centre's round
//   table, 2022's budget workers, a plant, a university, a school-lyceum):
//   wire style leaves out "on" — "met Tuesday", "gathered Saturday" — and
//   the day is still the meeting's.
// - 462nd (miners at a Qarmet mine, fishermen in a settlement, imams, tax
//   officers): «Перед горняками выступил депутат … маслихата» makes the
//   maslikhat no workforce (the mine's company hosts); «в Департаменте
//   государственных доходов по Акмолинской области» keeps its whole name;
//   "The regional department for religious affairs held …" hosts.
// - 463rd–464th (oil workers, farmers at a cooperative, volunteers, nurses,
//   power workers, pensioners of a programme, a medical academy, village
//   akims at a seminar): village akims («ауыл әкімдері», «сельские акимы»,
//   "rural akims") are officials, and are counted.
// - 465th–466th (power station workers "yesterday", imams, young people of
//   Kulsary, entrepreneurs "the day before", herders at a farm, Qarmet's
//   steelworkers, ethnocultural associations' round table, an open lesson):
//   «приняли участие представители этнокультурных объединений, член
//   Ассамблеи … Ольга Ким» (and "Members of the regional explanatory group,
//   Mazhilis deputy …") — the plural opening the list is who took part, not
//   the next name's title.
// - 467th–469th (a copper smelter, pensioners at a longevity centre, an oil
//   consortium's staff, a youth dialogue, 2022's farmers, students, coal
//   miners and a women's council, a chrome mine, a zinc works, a medical
//   college's hearing, a disability society): «в офисе компании North
//   Caspian Operating Company» (a company in Latin letters in a Cyrillic
//   text) hosts; «облыстық жұмыспен қамту және әлеуметтік бағдарламалар
//   басқармасының басшысы» is one title («және» after no title or name joins
//   the body's own name); «Представитель компании …» opening a sentence is
//   a title in lower case.
// - 470th (residents at a microdistrict's school, farmers in a village under
//   a town, a light rail's staff, a party youth wing's activists): «председатель
//   совета общественного согласия микрорайона Галина Сергеева» is a speaker,
//   not a microdistrict named Galina; «40 шаруа», «егіншілермен» are farmers,
//   a labour collective, and counted (not «шаруа қожалығы», a farm).
// - 471st (a district roundup's phosphate workers, copper miners with a
//   tunneller quoted, rice growers, school directors at a city department):
//   «мектеп директорларымен … кеңес өтті» (a conference, «кеңес», held) tells
//   who came, and «Петропавл қалалық білім бөлімінде» keeps its town; «– деді
//   проходчик Болат Исаев» is a worker quoted, no speaker.
// - 472nd–473rd (IT specialists at a tech park, a sugar plant, market
//   traders, people with disabilities at a rehabilitation centre, a debate
//   club's session, a power station, a seaport, police officers): "Traders at
//   the Shymkent Central Market" name the market that hosts; «Отырысқа
//   Павлодар облыстық мәслихатының депутаты» (to the session) is no part of
//   a body's name.
// - 474th–475th (oil shift workers, test-site veterans, kindergarten
//   teachers, writers at a library, bus drivers, returnees at an adaptation
//   centre, an electrolysis plant, cotton growers): "at kindergarten No. 12"
//   and a city's bus park by its number («№1 автобус паркінде», «в
//   автобусном парке №3», "bus park No. 1") host; «в Мангистауском
//   областном центре адаптации и интеграции кандасов» names the centre, with
//   its region.
// - 476th (a university's teaching staff, miners at a Qarmet mine, a
//   titanium plant, villagers at a rural club): a university's lecturers on
//   their own («профессор-оқытушылар құрамымен», «200-ден астам оқытушы»)
//   are teachers; beside its students, only the students are counted a type.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (thirty-fourth set)", () => {
  it("reads a weekday written straight after the verb, wire style", () => {
    const [met] = draftsOf(
      "ALMATY, June 1 — Teachers of School-Lyceum No. 165 in Almaty's Nauryzbay district met Tuesday with lawyer Saule Ibraimova, who explained the proposed amendments to the Constitution. About 70 teachers took part.",
      "2022-06-02",
    );
    const [gathered] = draftsOf(
      "KOSTANAY, March 15 — Farmers from Karabalyk District gathered Saturday at the Bereke agricultural cooperative for a meeting on the draft Constitution with Senator Sergey Karplyuk. Around 55 farmers took part.",
      "2026-03-16",
    );
    expect(met?.date).toBe("2022-05-31");
    expect(gathered?.date).toBe("2026-03-14");
    // ("the city akimat said Thursday": when it was told, not when it was held.)
    const [said] = draftsOf(
      "ASTANA — Teachers of School No. 5 met Mazhilis deputy Aidar Bekov to discuss the draft Constitution, the city akimat said Thursday. About 60 teachers took part.",
      "2026-03-06",
    );
    expect(said?.date).toBe("2026-03-06");
    expect(said?.datePrecision).not.toBe("day");
  });

  it("does not take a speaker's body after the audience for the workforce met", () => {
    const [d] = draftsOf(
      "6 марта на шахте имени Кузембаева угольного департамента АО «Qarmet» прошла разъяснительная встреча по проекту новой Конституции. Перед горняками выступил депутат Карагандинского областного маслихата Руслан Ахметжанов. Во встрече приняли участие свыше 130 шахтеров.",
      "2026-03-10",
    );
    expect(hostsOf(d)).toEqual(["АО «Qarmet»"]);
  });

  it("keeps a state department's name whole when its region follows «по»", () => {
    const [d] = draftsOf(
      "12 марта в Департаменте государственных доходов по Акмолинской области прошла встреча, посвященная проекту Конституции. С коллективом встретился сенатор Нурлан Бекназаров. Присутствовали около 80 сотрудников департамента.",
      "2026-03-13",
    );
    expect(hostsOf(d)).toEqual(["Департамент государственных доходов по Акмолинской области"]);
  });

  it("makes a department in lower case that held the meeting its host", () => {
    const [d] = draftsOf(
      "TURKISTAN, March 11 — The regional department for religious affairs held an explanatory meeting on the draft Constitution for imams of mosques in the Turkistan region on Tuesday. About 60 imams attended.",
      "2026-03-12",
    );
    expect(hostsOf(d)).toEqual(["Regional department for religious affairs"]);
    expect(d?.organizations.find((o) => o.role === "host")?.kind).toBe("public_body");
  });

  it("reads village akims as officials and counts them", () => {
    const drafts = [
      draftsOf(
        "26 ақпанда Ақмола облыстық әкімдігінде ауыл әкімдеріне арналған семинар-кеңес өтті. Семинарда жаңа Конституция жобасын облыс әкімінің бірінші орынбасары Ғалымжан Нұрқатов түсіндірді. Семинарға облыстың 17 ауданынан 230 ауыл әкімі қатысты.",
        "2026-02-27",
      )[0],
      draftsOf(
        "26 февраля в акимате Акмолинской области прошел семинар для сельских акимов. Проект новой Конституции разъяснил первый заместитель акима области Галымжан Нуркатов. В семинаре приняли участие 230 сельских акимов.",
        "2026-02-27",
      )[0],
      draftsOf(
        "KOKSHETAU, Feb 26 — A seminar for rural akims on the draft Constitution was held at the Akmola regional akimat on Thursday. First deputy governor Galymzhan Nurkatov spoke. Some 230 rural akims attended.",
        "2026-02-27",
      )[0],
    ];
    expect(drafts.map((d) => d?.audiences)).toEqual([["officials"], ["officials"], ["officials"]]);
    expect(drafts.map((d) => d?.audienceSize)).toEqual([230, 230, 230]);
  });

  it("does not give the plural opening a list of participants to the next name as a title", () => {
    const [russian] = draftsOf(
      "6 марта в Доме дружбы Кызылорды прошел круглый стол «Новая Конституция – единство народа Казахстана». В нем приняли участие представители этнокультурных объединений области, член Ассамблеи народа Казахстана Ольга Ким и заместитель председателя Ассамблеи народа Казахстана области Бахытжан Абдрахманов. Всего собралось около 50 человек.",
      "2026-03-10",
    );
    const [english] = draftsOf(
      "Members of the regional explanatory group, Mazhilis deputy Aidar Bekov and lawyer Dana Sultanova, met residents of Kosshy on Monday to discuss the draft Constitution.",
      "2026-03-03",
    );
    expect(russian?.speakers.map((s) => s.role)).toEqual([
      "член Ассамблеи народа Казахстана",
      "заместитель председателя Ассамблеи народа Казахстана области",
    ]);
    expect(english?.speakers.map((s) => s.role)).toEqual(["Mazhilis deputy", "lawyer"]);
  });

  it("names a company written in Latin letters in a Cyrillic text where it was held", () => {
    const host = (text: string) => hostsOf(draftsOf(text, "2026-03-14")[0]);
    expect(
      host(
        "12 марта в офисе компании North Caspian Operating Company в Атырау состоялась встреча с сотрудниками предприятия по проекту новой Конституции. Во встрече приняли участие порядка 120 сотрудников.",
      ),
    ).toEqual(["North Caspian Operating Company"]);
    expect(
      host(
        "12 наурызда Tengizchevroil компаниясында жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 80 қызметкер қатысты.",
      ),
    ).toEqual(["Tengizchevroil"]);
    const [speaker] = draftsOf(
      "12 марта в селе Жана-Талап прошла встреча по проекту Конституции. Представитель компании Tengizchevroil Иван Петров рассказал о проекте жителям села.",
      "2026-03-14",
    );
    expect(hostsOf(speaker)).toEqual([]);
    expect(speaker?.speakers.map((s) => s.role)).toEqual(["представитель компании Tengizchevroil"]);
  });

  it("keeps a Kazakh body's name joined by «және» in its head's title", () => {
    const [d] = draftsOf(
      "20 ақпанда Қарағанды облыстық мүгедектер қоғамында мүмкіндігі шектеулі жандармен Конституция жобасы бойынша кездесу ұйымдастырылды. Кездесуде облыстық жұмыспен қамту және әлеуметтік бағдарламалар басқармасының басшысы Айнұр Жұмабекова сөйледі. Жиынға 60 адам қатысты.",
      "2026-02-23",
    );
    expect(d?.speakers.map((s) => s.role)).toEqual([
      "облыстық жұмыспен қамту және әлеуметтік бағдарламалар басқармасының басшысы",
    ]);
  });

  it("reads the head of a microdistrict's council named after a longer title as a speaker", () => {
    const [d] = draftsOf(
      "28 февраля в школе № 32 микрорайона Самал города Уральска прошла встреча с жителями. О проекте новой Конституции рассказали депутат городского маслихата Нурлыбек Утегенов и председатель совета общественного согласия микрорайона Галина Сергеева. На встречу пришли более 70 жителей.",
      "2026-03-02",
    );
    expect(d?.speakers.map((s) => s.name)).toEqual(["Нурлыбек Утегенов", "Галина Сергеева"]);
  });

  it("reads Kazakh crop farmers and peasants as a labour collective, and counts them", () => {
    const [d] = draftsOf(
      "Павлодар облысының Ақсу қаласына қарасты Калқаман ауылында 3 наурызда егіншілермен жаңа Конституция жобасы бойынша кездесу болды. Оған Ақсу қаласы әкімінің орынбасары Дәурен Смағұлов қатысып, жер мәселесіне қатысты сұрақтарға жауап берді. Кездесуге 40 шаруа қатысты.",
      "2026-03-04",
    );
    expect([d?.audiences, d?.audienceSize]).toEqual([["labour_collective"], 40]);
    const [gathered] = draftsOf(
      "3 наурызда ауылда шаруалармен жаңа Конституция жобасы бойынша кездесу болды. Оған 40-тан астам шаруа жиналды.",
      "2026-03-04",
    );
    expect(gathered?.audienceSize).toBe(40);
    const [farms] = draftsOf(
      "3 наурызда ауданның 40 шаруа қожалығының басшыларымен жаңа Конституция жобасы бойынша кездесу болды.",
      "2026-03-04",
    );
    expect(farms?.audienceSize).toBeNull();
  });

  it("reads who came to a Kazakh conference («кеңес өтті»), and no quoted worker as a speaker", () => {
    const [conference] = draftsOf(
      "11 наурызда Петропавл қалалық білім бөлімінде мектеп директорларымен жаңа Конституция жобасы бойынша кеңес өтті. Кеңесте бөлім басшысы Айгүл Сейітова сөз сөйледі. Кеңеске 40 мектеп директоры қатысты.",
      "2026-03-12",
    );
    expect(conference?.audiences).toEqual(["teachers"]);
    // (The town before «қалалық» is the department's: «Петропавл қалалық білім бөлімі».)
    expect(hostsOf(conference)).toEqual(["Петропавл қалалық білім бөлімі"]);
    const [mine] = draftsOf(
      "9 наурызда «Қазақмыс» корпорациясының Жомарт кенішінде кеншілермен жаңа Конституция жобасы бойынша кездесу болды. Кеншілерге заңгер Әсем Құрманова жобаның мазмұнын түсіндірді.\n\n«Еңбек құқығы Конституцияда нақты жазылғаны біз үшін маңызды», – деді проходчик Болат Исаев.",
      "2026-03-10",
    );
    expect(mine?.speakers.map((s) => s.name)).toEqual(["Әсем Құрманова"]);
  });

  it("names a market by its capitalised name, and no session in a body's name", () => {
    const [market] = draftsOf(
      "SHYMKENT, March 14 — Traders at the Shymkent Central Market met Saturday with members of the city explanatory group, including Mazhilis deputy Nurzhan Ashimbetov. He told around 70 vendors about property rights under the draft Constitution.",
      "2026-03-16",
    );
    expect(hostsOf(market)).toEqual(["Shymkent Central Market"]);
    const [club] = draftsOf(
      "17 ақпанда Торайғыров университетінде студенттермен жаңа Конституция жобасы бойынша пікірталас клубының отырысы өтті. Отырысқа Павлодар облыстық мәслихатының депутаты Марат Қабдолов қатысты. Жиынға 180 студент жиналды.",
      "2026-02-18",
    );
    expect(club?.organizations.map((o) => o.name).filter((n) => /Отырыс/u.test(n))).toEqual([]);
  });

  it("names a numbered kindergarten and a numbered bus park as hosts", () => {
    const host = (text: string) => hostsOf(draftsOf(text, "2026-03-20")[0]);
    expect(
      host(
        'TALDYKORGAN, March 19 — Kindergarten teachers of Taldykorgan met on Wednesday at kindergarten No. 12 "Baldauren" with regional maslikhat deputy Saule Abenova to discuss the draft Constitution. Some 50 teachers attended.',
      ),
    ).toEqual(["Kindergarten No. 12"]);
    expect(
      host(
        "25 ақпанда Қарағанды қаласындағы №1 автобус паркінде жүргізушілермен жаңа Конституция жобасы бойынша кездесу болды. Жиынға 130 жүргізуші қатысты.",
      ),
    ).toEqual(["№1 автобус паркі"]);
    expect(
      host(
        "25 февраля в автобусном парке №3 Караганды прошла встреча с водителями по проекту Конституции. Выступил депутат Нурлан Абилов.",
      ),
    ).toEqual(["Автобусный парк №3"]);
    expect(
      host(
        "KARAGANDA, Feb 25 — Drivers of bus park No. 1 met on Wednesday with city maslikhat deputy Nurlan Abilov to discuss the draft Constitution.",
      ),
    ).toEqual(["Bus park No. 1"]);
  });

  it("names a centre for returning Kazakhs with its region", () => {
    const [d] = draftsOf(
      "26 февраля в Мангистауском областном центре адаптации и интеграции кандасов прошла встреча, посвященная проекту новой Конституции. С кандасами встретился руководитель областного управления Нурбол Сагынов. На встречу пришли 60 человек.",
      "2026-02-27",
    );
    expect(hostsOf(d)).toEqual(["Мангистауский областной центр адаптации и интеграции кандасов"]);
  });

  it("reads lecturers on their own as teachers, and beside students as students only", () => {
    const [alone] = draftsOf(
      "2 наурызда Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университетінде профессор-оқытушылар құрамымен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде Конституциялық соттың судьясы Ерлан Жиенбаев баяндама жасады. Жиынға 200-ден астам оқытушы қатысты.",
      "2026-03-03",
    );
    const [beside] = draftsOf(
      "PAVLODAR, March 2 — Students and lecturers of Toraighyrov University met Mazhilis deputy Aidar Bekov on Monday to discuss the draft Constitution. Around 200 people took part.",
      "2026-03-03",
    );
    const [young] = draftsOf(
      "2 марта в Карагандинском университете прошла встреча молодых преподавателей с депутатом Сената Ольгой Булавкиной по проекту новой Конституции.",
      "2026-03-03",
    );
    expect([alone?.audiences, beside?.audiences, young?.audiences]).toEqual([["teachers"], ["students"], ["youth"]]);
  });

  it("takes no sentence opener into a Kazakh depot's name (one list of openers for every Kazakh name)", () => {
    const [d] = draftsOf(
      "3 наурызда Шу стансасында жаңа Конституция жобасы бойынша екі кездесу өтті. Сондай-ақ Шу локомотив депосында теміржолшылармен кездесу болды. Оған 60 теміржолшы қатысты.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Шу локомотив депосы"]);
  });
});
