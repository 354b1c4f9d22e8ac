// What the blind batches caught in the thirty-eighth session, one general
// cause each (the 383rd–412th are in extract-blind31.test.ts):
// - 413th (a locomotive depot's railwaymen, rice growers at a farm, a
//   regional university's students, a power station's workers): «с
//   коллективом локомотивного депо станции Аягоз» and «Ақтөбе локомотив
//   депосының ұжымымен» name the depot (a noun with no case ending, its
//   adjectives neuter; not when a company is named beside it, whose site it
//   is); «50-ге жуық күріш өсіруші» are counted; "Kostanay Regional University
//   named after Akhmet Baitursynov" keeps whom it is named after.
// - 414th (2022's veterans at a house of veterans, oil workers at a shift
//   camp, pensioners at a city library, miners in the Latin script): a
//   company's kind after its quoted name in the Latin script, «"Qazaqmys"
//   korporatsııasynyń … rýdnıginde», and a centre or university by its
//   capitalised name, «Jastar ortalyǵynda», «Qostanaı óńirlik
//   ýnıversıtetinde», are read as in the Cyrillic.
// - 415th (a regional hospital's medical workers, villagers at a house of
//   culture, border guards, young entrepreneurs' forum): «Организатором
//   выступила региональная палата предпринимателей «Атамекен»» is one
//   host, not it and «Атамекен» again; "servicemen of the Zharkent border
//   detachment" («в Жаркентском пограничном отряде», «Жаркент шекара
//   отрядында») names the unit whose soldiers were met, as a military unit's
//   number does.
// - 416th (a medical college's round table in an English report headed
//   "Aqtóbe: …", 2026's pensioners at a pensioners' house, a remote village,
//   a market's traders): an English report with a name in the Kazakh Latin
//   alphabet is English (language.test.ts); "traders of the Altyn Orda
//   market" are a market's, which hosts, and "Altyn Orda" no speaker.
// - 417th (petrochemical workers, fishermen in a settlement, a city
//   school's teachers, a debate tournament at an agrarian university):
//   "teachers of Taraz School-Gymnasium No. 7 named after Abai" keeps the
//   school's kind, number and namesake (not "Taraz School").
// - 418th (a group's three meetings in a district in a day, mothers of large
//   families at a family support centre, a webinar for rural teachers,
//   2022's residents at a district house of culture): «Сайрам ауданының Ақсу
//   ауылындағы» and a meeting of that report «Ақсу ауылындағы мектепте» are
//   in Sairam District's village, not the town of Aksu in Pavlodar region
//   (a village beside its district, or in a report placed in a region, is
//   one of its villages); «в центре поддержки семьи «Шаңырақ»» keeps its
//   quoted name.
// - 419th (a sea port's dockers, a university's lecturers at a round table,
//   an oil company's workers, a youth flash mob): «в Актауском
//   международном морском торговом порту» (a port, four adjectives) hosts and
//   «около 110 портовиков» are counted; «университеттің 80-ге жуық
//   оқытушысы» are counted; «Акция была организована городским отделом …
//   совместно с молодежным ресурсным центром» (the short participle; two
//   adjectives) names both organisers.
// - 420th (senators' two meetings in a day, an agricultural cooperative's
//   farmers, a polling day's turnout — no outreach — a debate tournament):
//   «"Ақтоған" ауыл шаруашылығы кооперативінде» names the cooperative, a
//   company.
// - 421st (a coal mine's miners, a youth debate at a youth resource centre,
//   women entrepreneurs, volunteers' campaign action): a headline's "ahead of
//   March 8" («накануне 8 Марта», «8 наурыз қарсаңында») is a day the meeting
//   was before, not its date; «Ақмолада» is Akmola region (Astana's name of
//   1994–1998 no more); «облыстық жастар саясаты мәселелері басқармасының
//   басшысы» keeps its whole title (a plural's possessive before a genitive is
//   a name's, not whom the speaker met); «Көкшетау қалалық жастар ресурстық
//   орталығында» keeps its town.
// - 422nd (a perinatal centre's medical staff, a house of veterans named as
//   an institution, an oil field's workers, a police department's staff):
//   «в Областном перинатальном центре Талдыкоргана» (a clinic named by what
//   it treats) hosts; «"Ардагерлер үйі" мекемесінде» (an institution, so
//   named) hosts.
// - 423rd–425th (a copper smelter, teachers at a palace of schoolchildren, a
//   transformer plant and a house of culture in a day, a chamber's branch; a
//   region group's week, a miners' interview, a veterans' council; an
//   announcement for farm producers, a deputy and students, 2022's two towns,
//   an online meeting): "Mazhilis deputies Ms. Irina Smirnova and Mr. Yerlan
//   Stamkulov" gives both the title, without the honorific; «Мәжіліс депутаты
//   Қожахметов Бауыржан Қ.Жұбанов атындағы … университетінің» keeps the
//   speaker out of the university's name (no full word before a namesake's
//   initials); «около 80 сельхозтоваропроизводителей» are counted.
// - 426th (a mining complex, an oil company's field workers, a house of
//   friendship, a regional hospital's nurses): «"Қазцинк" ЖШС Риддер тау-кен
//   байыту кешенінің қызметкерлерімен» names the complex, which hosts, as a
//   plant after its company does; "deputies meet workers of Zhaikmunai"
//   ending a headline takes no dateline after it into the company's name.
// - 427th (a pedagogical college, cotton growers of a company, a power
//   station's engineers, a concert before the vote): «прошел концерт …
//   Концерт собрал около 2 тысяч зрителей» is an event of another kind, not
//   a meeting (a meeting that ended with a concert stays one).
// - 428th (a refinery's workers, imams at a central mosque, young scientists'
//   round table): «облыстық дін істері басқармасының басшысы» keeps its
//   whole title («дін», too short, is no accusative); «Түркістан облыстық
//   орталық мешітінде» (a mosque, its imams' workplace) hosts; "More than
//   60 postgraduates and young researchers" are counted.
// - 429th (a fishing company's fishermen, police officers, families at a
//   district house of culture): "Officers of the Akmola regional police
//   department" name the department, whose staff met.
// - 430th (an oil company's workers, a steel works' metallurgists, Afghan war
//   veterans at a council of veterans): "steelworkers of Qarmet's Temirtau
//   steel works" name the company, as its workers or metallurgists do.
// - 431st–432nd (a coal mine of a company, a transport college, a special
//   boarding school; a railway station's workers told through one of them,
//   a society of people with disabilities, young farmers at an akimat):
//   «машинист тепловоза Бекзат Орынбасаров, который пришел на встречу»
//   came to listen, no speaker (nor «кездесуге келген машинист …»; "the
//   Minister, who attended, said …" still is one).
// - 433rd–434th (a university forum organised by a department, a public
//   service centre's visitors, Baikonur's residents; an asbestos company's
//   workers, a round table at the Assembly's branch, a regional hospital's
//   nurses, a march): «в Актюбинском областном филиале Ассамблеи народа
//   Казахстана прошел круглый стол» names the branch, which hosts it.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (thirty-second set)", () => {
  it("names a railway depot whose workers were met, unless a company is named as theirs", () => {
    const [russian] = draftsOf(
      "АЯГОЗ. 17 февраля депутат Мажилиса Ерлан Сапаров провел встречу по проекту новой Конституции с коллективом локомотивного депо станции Аягоз.",
      "2026-02-18",
    );
    const [kazakh] = draftsOf(
      "Бүгін Ақтөбе локомотив депосының ұжымымен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-02-26",
    );
    const [company] = draftsOf(
      "В локомотивном депо Кызылорды прошла встреча по проекту новой Конституции с работниками филиала АО «НК «Қазақстан темір жолы».",
      "2026-02-19",
    );
    expect(hostsOf(russian)).toEqual(["Локомотивное депо станции Аягоз"]);
    expect(hostsOf(kazakh)).toEqual(["Ақтөбе локомотив депосы"]);
    expect(hostsOf(company)).toEqual(["АО «Қазақстан темір жолы»"]);
  });

  it("counts rice growers and keeps a university's namesake in its name", () => {
    const [growers] = draftsOf(
      "Шиелі ауданындағы «Ақмая» шаруа қожалығында аудандық мәслихат депутаты Бақыт Жолдасов диқандармен кездесу өткізді. Кездесуге 50-ге жуық күріш өсіруші қатысты. Депутат жаңа Конституция жобасын түсіндірді.",
      "2026-02-20",
    );
    const [students] = draftsOf(
      "KOSTANAY, Feb. 23 — More than 200 students of Kostanay Regional University named after Akhmet Baitursynov attended an explanatory meeting on the draft Constitution on Monday.",
      "2026-02-24",
    );
    expect(growers?.audienceSize).toBe(50);
    expect(hostsOf(students)).toEqual(["Kostanay Regional University named after Akhmet Baitursynov"]);
  });

  it("reads a company, a centre and a university in the Latin script as in the Cyrillic", () => {
    const [company] = draftsOf(
      "Ulytaý oblysy Jezqazǵan qalasynda «Qazaqmys» korporatsııasynyń Soltústik rýdnıginde kenshilermen jańa Konstıtýtsııa jobasy boıynsha kezdesý ótti.",
      "2026-02-21",
    );
    const [centre] = draftsOf(
      "Keshe Almaty qalasyndaǵy Jastar ortalyǵynda jańa Konstıtýtsııa jobasy boıynsha kezdesý ótti. Oǵan 80 jas qatysty.",
      "2026-02-21",
    );
    const [university] = draftsOf(
      "Qostanaı, 3 naýryz. Qostanaı óńirlik ýnıversıtetinde jastarmen jańa Konstıtýsıa jobasy boıynsha kezdesý ótti.",
      "2026-03-04",
    );
    expect(hostsOf(company)).toEqual(["«Qazaqmys» korporatsııasy"]);
    expect(hostsOf(centre)).toEqual(["Jastar ortalyǵy"]);
    expect(hostsOf(university)).toEqual(["Qostanaı óńirlik ýnıversıteti"]);
  });

  it("reads a chamber named with its quoted name as one host, and a border detachment as a unit", () => {
    const [forum] = draftsOf(
      "9 марта в Шымкенте состоялся форум молодых предпринимателей, посвященный проекту новой Конституции. Организатором выступила региональная палата предпринимателей «Атамекен».",
      "2026-03-10",
    );
    const unit = (text: string) => hostsOf(draftsOf(text, "2026-03-06")[0]);
    expect(forum?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Региональная палата предпринимателей «Атамекен»", "host"],
    ]);
    expect(
      unit(
        "A meeting on the draft Constitution was held on March 5 for servicemen of the Zharkent border detachment. Senator Gulnar Ospanova told about 100 border guards about the new provisions.",
      ),
    ).toEqual(["Zharkent border detachment"]);
    expect(unit("5 марта в Жаркентском пограничном отряде прошла встреча по проекту новой Конституции.")).toEqual([
      "Жаркентский пограничный отряд",
    ]);
    expect(unit("5 наурызда Жаркент шекара отрядында жаңа Конституция жобасы бойынша кездесу өтті.")).toEqual([
      "Жаркент шекара отряды",
    ]);
  });

  it("reads a market whose traders were met as host, and its name as no speaker", () => {
    const [market] = draftsOf(
      "ALMATY, March 12. Members of the Almaty city information group held a meeting on the draft Constitution with traders of the Altyn Orda market on Thursday. Lawyer Yerlan Sultanov told some 70 traders about the new provisions.",
      "2026-03-13",
    );
    expect(market?.speakers.map((s) => s.name)).toEqual(["Yerlan Sultanov"]);
    expect(hostsOf(market)).toEqual(["Altyn Orda market"]);
  });

  it("keeps a school-gymnasium's kind, number and namesake", () => {
    const [school] = draftsOf(
      "TARAZ — Senator Beibit Isabayev met with teachers of Taraz School-Gymnasium No. 7 named after Abai on February 23 to discuss the draft of the new Constitution.",
      "2026-02-24",
    );
    expect(school?.organizations.map((o) => [o.name, o.kind])).toEqual([
      ["Taraz School-Gymnasium No. 7 named after Abai", "education"],
    ]);
  });

  it("places a village that shares a town's name elsewhere in its own district", () => {
    const near = (text: string) => draftsOf(text, "2026-02-27").map((d) => [d.region, d.district?.name]);
    expect(
      near("В селе Аксу Сайрамского района прошла встреча по проекту новой Конституции. На нее пришли 70 учителей."),
    ).toEqual([["KZ-61", "Sairam District"]]);
    expect(
      near(
        "26 ақпанда облыстық топ Сайрам ауданында екі кездесу өткізді. Алдымен Ақсу ауылындағы №15 мектепте 70 мұғаліммен жүздесті. Одан кейін «Сайрам агро» ЖШС-да 45 жұмысшыға жаңа Конституция жобасын түсіндірді.",
      ),
    ).toEqual([
      ["KZ-61", "Sairam District"],
      ["KZ-61", "Sairam District"],
    ]);
  });

  it("keeps a family support centre's quoted name", () => {
    const [centre] = draftsOf(
      "6 марта в центре поддержки семьи «Шаңырақ» города Костаная прошла встреча с многодетными матерями по проекту новой Конституции.",
      "2026-03-07",
    );
    expect(hostsOf(centre)).toEqual(["Центр поддержки семьи «Шаңырақ» города Костаная"]);
  });

  it("reads a sea port and its dockers, and lecturers counted in Kazakh", () => {
    const [port] = draftsOf(
      "АКТАУ, 22 февраля. Сегодня в Актауском международном морском торговом порту состоялась встреча по проекту новой Конституции. Около 110 портовиков узнали о новых положениях.",
      "2026-02-23",
    );
    const [lecturers] = draftsOf(
      "Қарағанды университетінде Конституция жобасы бойынша дөңгелек үстел өтті. Оған университеттің 80-ге жуық оқытушысы қатысты.",
      "2026-03-03",
    );
    expect(hostsOf(port)).toEqual(["Актауский международный морской торговый порт"]);
    expect([port?.audienceSize, port?.audiences]).toEqual([110, ["labour_collective"]]);
    expect(lecturers?.audienceSize).toBe(80);
  });

  it("reads who organised an action in the short participle, and a joint organiser of two adjectives", () => {
    const [action] = draftsOf(
      "11 марта в Степногорске прошла акция в поддержку участия в референдуме по Конституции. Акция была организована городским отделом внутренней политики совместно с молодежным ресурсным центром.",
      "2026-03-12",
    );
    expect(hostsOf(action)).toEqual(["Городской отдел внутренней политики", "Молодежный ресурсный центр"]);
  });

  it("names a cooperative by its quoted name in Kazakh", () => {
    const [farm] = draftsOf(
      "Меркі ауданындағы «Ақтоған» ауыл шаруашылығы кооперативінде аудандық ақпараттық топ мүшелері диқандармен жаңа Конституция жобасы бойынша жүздесті.",
      "2026-03-01",
    );
    expect(farm?.organizations.map((o) => [o.name, o.kind])).toEqual([
      ["«Ақтоған» ауыл шаруашылығы кооперативі", "enterprise"],
    ]);
  });

  it("takes no holiday the meeting was before for its date", () => {
    const [women] = draftsOf(
      "Kyzylorda: women entrepreneurs discuss Constitution ahead of March 8\n\nKYZYLORDA, March 6 — About 60 women entrepreneurs met on Friday with Mazhilis deputy Zhanar Tulegenova to discuss the draft new Constitution.",
      "2026-03-08",
    );
    const [kazakh] = draftsOf(
      "8 наурыз мерекесі қарсаңында кәсіпкер әйелдермен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-07",
    );
    expect(women?.date).toBe("2026-03-06");
    expect([kazakh?.date, kazakh?.datePrecision]).toEqual(["2026-03-07", "on_or_before"]);
  });

  it("reads «Ақмолада» as the region, a title with a plural's possessive whole, and a youth centre with its town", () => {
    const [youth] = draftsOf(
      "Ақмолада жастар Ата заң жобасын талқылады\n\n19 ақпанда Көкшетау қалалық жастар ресурстық орталығында пікірталас алаңы өтті. Жастармен облыстық жастар саясаты мәселелері басқармасының басшысы Айгерім Нұрланова кездесті.",
      "2026-02-20",
    );
    expect([youth?.region, youth?.district?.name]).toEqual(["KZ-11", "Kokshetau"]);
    expect(youth?.speakers.map((s) => s.role)).toEqual(["облыстық жастар саясаты мәселелері басқармасының басшысы"]);
    expect(hostsOf(youth)).toEqual(["Көкшетау қалалық жастар ресурстық орталығы"]);
  });

  it("names a perinatal centre and an institution so called", () => {
    const [clinic] = draftsOf(
      "27 февраля в Областном перинатальном центре Талдыкоргана прошла встреча с медицинским персоналом по проекту новой Конституции.",
      "2026-02-28",
    );
    const [house] = draftsOf(
      "1 наурызда Семей қаласындағы «Ардагерлер үйі» мекемесінде жаңа Конституция жобасы бойынша түсіндіру кездесуі өтті.",
      "2026-03-02",
    );
    expect(hostsOf(clinic)).toEqual(["Областной перинатальный центр Талдыкоргана"]);
    expect(hostsOf(house)).toEqual(["«Ардагерлер үйі» мекемесі"]);
  });

  it("reads a plural title before honorifics, and keeps a speaker out of a namesake", () => {
    const [visit] = draftsOf(
      "Mazhilis deputies Ms. Irina Smirnova and Mr. Yerlan Stamkulov met about 400 workers in Rudny on May 18 to explain the amendments to the Constitution.",
      "2022-05-20",
    );
    const [students] = draftsOf(
      "Ақтөбе. 23 ақпан. Мәжіліс депутаты Қожахметов Бауыржан Қ.Жұбанов атындағы Ақтөбе өңірлік университетінің студенттерімен жаңа Конституция жобасы бойынша кездесті.",
      "2026-02-24",
    );
    const [farmers] = draftsOf(
      "5 марта в Костанае прошла встреча около 80 сельхозтоваропроизводителей с членами информационной группы по проекту новой Конституции.",
      "2026-03-06",
    );
    expect(visit?.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Irina Smirnova", "Mazhilis deputy"],
      ["Yerlan Stamkulov", "Mazhilis deputy"],
    ]);
    expect(hostsOf(students)).toEqual(["Қ.Жұбанов атындағы Ақтөбе өңірлік университеті"]);
    expect(farmers?.audienceSize).toBe(80);
  });

  it("names a company's complex, and keeps a headline's company off the dateline", () => {
    const [complex] = draftsOf(
      "26 ақпанда «Қазцинк» ЖШС Риддер тау-кен байыту кешенінің қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-02-27",
    );
    const [field] = draftsOf(
      "Uralsk: deputies meet workers of Zhaikmunai\n\nURALSK, March 2 — Deputies of the regional maslikhat held a meeting on the draft Constitution with employees of Zhaikmunai LLP at the Chinarevskoye field on Monday.",
      "2026-03-03",
    );
    expect(hostsOf(complex)).toEqual(["Риддер тау-кен байыту кешені"]);
    expect(hostsOf(field)).toEqual(["Zhaikmunai LLP"]);
  });

  it("reads a concert as an event of another kind, not a meeting that ended with one", () => {
    const format = (text: string) => draftsOf(text, "2026-03-12")[0]?.format;
    expect(
      format(
        "11 марта в Семее прошел концерт, посвященный предстоящему референдуму по новой Конституции. Концерт собрал около 2 тысяч зрителей.",
      ),
    ).toBe("other");
    expect(
      format(
        "5 марта в Семее прошла встреча по проекту новой Конституции с жителями. Встреча завершилась концертом местных артистов.",
      ),
    ).toBe("meeting");
  });

  it("keeps a short word in a Kazakh title, names a central mosque, and counts young researchers", () => {
    const [imams] = draftsOf(
      "2 наурызда Түркістан облыстық орталық мешітінде облыс имамдарымен жаңа Конституция жобасы бойынша кездесу ұйымдастырылды. Кездесуге облыстық дін істері басқармасының басшысы Нұрлан Әбдірахманов қатысты.",
      "2026-03-03",
    );
    const [scientists] = draftsOf(
      "SHYMKENT, Feb. 28 — A round table for young scientists on the draft Constitution was held on Friday. More than 60 postgraduates and young researchers took part.",
      "2026-03-02",
    );
    expect(imams?.speakers.map((s) => s.role)).toEqual(["облыстық дін істері басқармасының басшысы"]);
    expect(hostsOf(imams)).toEqual(["Түркістан облыстық орталық мешіті"]);
    expect(scientists?.audienceSize).toBe(60);
  });

  it("names a police department whose officers met", () => {
    const [police] = draftsOf(
      "KOKSHETAU, Feb. 25 — Officers of the Akmola regional police department took part in an explanatory meeting on the draft Constitution on Wednesday.",
      "2026-02-26",
    );
    expect(police?.organizations.map((o) => [o.name, o.kind, o.role])).toEqual([
      ["Akmola regional police department", "public_body", "host"],
    ]);
  });

  it("names a company through its steelworkers", () => {
    const [steel] = draftsOf(
      "TEMIRTAU, March 6 — Senator Olga Bulavkina met with steelworkers of Qarmet's Temirtau steel works on Friday to explain the draft Constitution.",
      "2026-03-09",
    );
    expect(hostsOf(steel)).toEqual(["Qarmet"]);
  });

  it("takes someone said to have come to the meeting for no speaker", () => {
    const [station] = draftsOf(
      "«Главное — чтобы люди понимали, за что голосуют». Так считает машинист тепловоза Бекзат Орынбасаров, который пришел на встречу по проекту новой Конституции в Шалкаре. Перед железнодорожниками выступил юрист Айнур Жакупова.",
      "2026-02-20",
    );
    const [kazakh] = draftsOf(
      "Шалқар стансасында жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге келген машинист Бекзат Орынбасаров жобаны қолдайтынын айтты. Жиында заңгер Айнұр Жақыпова сөз сөйледі.",
      "2026-02-20",
    );
    expect(station?.speakers.map((s) => s.name)).toEqual(["Айнур Жакупова"]);
    expect(kazakh?.speakers.map((s) => s.name)).toEqual(["Айнұр Жақыпова"]);
  });

  it("names the Assembly's regional branch where a round table was held", () => {
    const [table] = draftsOf(
      "23 февраля в Актюбинском областном филиале Ассамблеи народа Казахстана прошел круглый стол «Права человека в новой Конституции».",
      "2026-02-24",
    );
    expect(hostsOf(table)).toEqual(["Актюбинский областной филиал Ассамблеи народа Казахстана"]);
  });
});
