// What the blind batches caught in the thirty-seventh session, one general
// cause each (the 364th–382nd are in extract-blind30.test.ts):
// - 383rd (a refinery's workers, a district's residents at a house of
//   culture, a mining combine's miners, 2022's pensioners at a library, a
//   city library's pensioners): «"Дөң" кен байыту комбинатының
//   қызметкерлерімен» names the combine (a short word, «кен», in its name);
//   «в центральной городской библиотеке Семея» (central, as a level) hosts.
// - 384th (a sugar factory, a university's students, a regional hospital's
//   medical workers, 2022's port workers, an oil company's workers): "Deputy
//   … explained the draft Constitution to 80 employees of …" tells of a
//   meeting (a speech before an audience, as «разъяснил работникам»; not
//   "explained … to journalists"); "associate professor of …" keeps its
//   kind; «құқықтанушы» (a jurist) is a role.
// - 385th (an online meeting for rural teachers, a ferroalloy plant's
//   metallurgists, a chamber's dialogue platform, a university in the Latin
//   script, a senator with veterans): «в палате предпринимателей
//   Западно-Казахстанской области» (with no level before it) hosts;
//   «… ферроқорытпа зауытының металлургтерімен» (its people in the plural,
//   met with) names the plant.
// - 386th–388th (a locomotive depot, a copper mine, a house of veterans, 2022's
//   coal miners, a motor rally; a city hospital's doctors, a region's tally
//   and one village, a regional hospital, a college debate tournament; a
//   remote village, a power station, a youth centre in the Latin script, 2022's
//   mining company): «организованный областным филиалом партии AMANAT» (the
//   party's name unquoted) is the party's, one host; «АО «ССГПО»» after
//   «АО «Соколовско-Сарбайское горно-обогатительное производственное
//   объединение»» is that company by its initials; «… университета имени И.
//   Жансугурова Алия Мамырова» ends the university's name at its namesake's
//   surname; a headline's bare «ТЭЦ» is the report's «Талдыкорганская ТЭЦ»;
//   «Жастар орталығында» (a centre by its capitalised name) hosts. (Left
//   alone: the Latin script's «Jastar ortalyǵynda» is not found; «в
//   ардагерлер үйінде», a house of veterans, names no host, as a house of
//   culture does not.)
// - 389th–390th (a zinc company's mining complex, a locomotive depot's
//   railwaymen, mothers of large families at a family centre, 2022's
//   phosphate workers, a debate tournament; a referendum commission's turnout
//   — no outreach — a group's three meetings in a day, a power station, a
//   college students' visit to the Constitutional Court): «Павлодар
//   қаласында» in the lead places a meeting with «"Павлодар мұнай-химия
//   зауыты" ЖШС» in the town, not the district named like it; «Барлық
//   кездесуде … сөз сөйледі» (at every meeting, in the singular) names a
//   speaker at each.
// - 391st–392nd (a titanium-magnesium plant, a chamber's regional branch,
//   rice growers in a rural district, a college's flash mob; a school-lyceum's
//   teachers, a city hospital, an oil company's regional branch, a grain
//   elevator): «около 70 рисоводов» (rice growers, as "rice growers" in
//   English) are counted and are a labour collective; "Director of the
//   school-lyceum …" opening a sentence is written in lower case.
// - 393rd–394th (a machine-building plant's workers with a quote and a
//   photo credit, a senator with young people at a youth resource centre; a
//   youth forum announced in the 2021 Latin script, a smelter's meeting
//   postponed, police veterans at a police department, villagers at a
//   school): "… gathered at the local school on Thursday for a meeting. The
//   akim … spoke to about 60 villagers, most of them livestock farmers." is
//   one meeting (a speech right after a meeting is told is at it, whoever it
//   names); «5 nauryzda … forumy ötedi» (will be held, in the Latin scripts)
//   is dated the day it will be.
// - 395th (two deputies in a town's school-gymnasium, a commission's members
//   at a university, fishermen in a settlement, coal miners at a mine):
//   «встреча депутатов Мажилиса А и Б» (the plural title in the genitive)
//   is each one's role; "the university's vice-provost Daniyar Kairbekov" has
//   a role.
// - 396th–398th (a copper mine's miners, Afghan war veterans at a house of
//   veterans, young farmers at an agrarian college; a newspaper's HTML page,
//   a Telegram post with labelled speakers; a roundup of three regions'
//   meetings): "members of the regional group visited the Shu district, where
//   they held a meeting …" names no speaker of the meeting before ("they" is
//   the group this meeting names).
// - 399th (the Assembly's ethnocultural associations at a House of
//   Friendship, people with disabilities at a public association, a metro's
//   staff, bus drivers): "organised by the regional branch of the Assembly
//   of People of Kazakhstan" names the organiser, which hosts; «"Жігер"
//   мүгедектігі бар адамдар қоғамдық бірлестігінде» (four words of its kind
//   between the quoted name and «бірлестігі») hosts.
// - 400th (a regional hospital's staff, shepherds in a rural district, a
//   village's residents, cotton growers of a cooperative): a headline's
//   «областной больницы» is the report's «Кокшетауская многопрофильная
//   областная больница» (a level and the kind ending the full name), one
//   host; «главным специалистом …» is «главный специалист …»; "cotton
//   growers of the Zhetisay agricultural cooperative" are its people, and it
//   hosts.
// - 401st–403rd (steelworkers, a sanatorium's staff, a university's round
//   table; 2022's oil refinery, teachers of a town's schools, a youth forum;
//   a city district's residents at a school, pensioners at a house of
//   veterans, farmers in a village): «Республикалық … тобының мүшесі»
//   opening a sentence is written in lower case; "Almaty's Nauryzbay
//   district" in a headline names no speaker (a possessive is no given name).
// - 404th (a bar association's free consultations, a national park's staff,
//   border guards): "Lawyers Vladimir Petrenko and …" opening a sentence
//   gives each "lawyer" in lower case (and «Депутаты Мажилиса А и Б» each
//   «депутат Мажилиса»); «"Бурабай" ұлттық паркінің қызметкерлерімен» names
//   the national park, which hosts.
// - 405th–407th (a transformer plant's chief engineer, a youth flash mob, a
//   copper smelter; a ferroalloy plant that is a company's branch,
//   librarians at a regional library, oil workers of an oil field's company):
//   «Ы. Алтынсарин атындағы облыстық әмбебап ғылыми кітапханада» (a library
//   named for someone, its level in lower case) hosts, as a library does.
// - 408th (an oil company's workers at its cultural centre, a village school's
//   teachers, a mining and chemical combine): «Абай атындағы
//   мектеп-гимназияда» (a school-gymnasium named for someone) hosts.
// - 409th–410th (a microdistrict's residents at a school-gymnasium, a copper
//   concentrator, nurses at a regional hospital, fishermen, pensioners at a
//   centre for active longevity): "at the Ridder city centre for active
//   longevity" (in lower case, as «в центре активного долголетия») hosts.
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (thirty-first set)", () => {
  it("names a combine with a short word in its name, and a central library", () => {
    const [combine] = draftsOf(
      "Ақтөбе облысы Хромтау ауданында «Дөң» кен байыту комбинатының қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Оған аудандық мәслихат депутаты Ерлан Қасымов қатысты.",
      "2026-03-03",
    );
    const [library] = draftsOf(
      "9 марта в центральной городской библиотеке Семея прошла встреча пенсионеров с юристом Дауреном Сагиндыковым по проекту новой Конституции.",
      "2026-03-10",
    );
    expect(hostsOf(combine)).toEqual(["«Дөң» кен байыту комбинаты"]);
    expect(hostsOf(library)).toEqual(["Центральная городская библиотека"]);
  });

  it("reads a draft explained to workers as a meeting, not one explained to journalists", () => {
    const told = (to: string) =>
      articleOf(`Deputy Bakhyt Ospanov explained the draft Constitution to ${to} on March 1.`, "2026-03-02");
    const workers = told("80 employees of the Taraz sugar factory");
    expect(workers.isOutreach).toBe(true);
    expect(workers.drafts[0]?.audienceSize).toBe(80);
    expect(told("about 40 local journalists").isOutreach).toBe(false);
  });

  it("keeps an associate professor's kind and reads a jurist as a role", () => {
    const [english] = draftsOf(
      "TARAZ, March 1. Regional maslikhat deputy Bakhyt Ospanov and associate professor of the Dulaty University Marat Tleubergenov met 80 employees of the Taraz sugar factory to discuss the draft Constitution.",
      "2026-03-02",
    );
    const [kazakh] = draftsOf(
      "Түркістан қаласындағы облыстық көпбейінді ауруханада жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде құқықтанушы Гүлжан Әбдірахманова дәрігерлердің сұрақтарына жауап берді.",
      "2026-02-25",
    );
    expect(english?.speakers.map((s) => s.role)).toEqual([
      "Regional maslikhat deputy",
      "associate professor of the Dulaty University",
    ]);
    expect(kazakh?.speakers.map((s) => s.role)).toEqual(["құқықтанушы"]);
  });

  it("names a region's chamber of entrepreneurs and a plant whose metallurgists were met", () => {
    const [chamber] = draftsOf(
      "11 марта в палате предпринимателей Западно-Казахстанской области прошла встреча, посвященная проекту новой Конституции. Выступил политолог Бауыржан Абилов.",
      "2026-03-12",
    );
    const [plant] = draftsOf(
      "Павлодар облысы Ақсу қаласындағы ферроқорытпа зауытының металлургтерімен Ата заң жобасы бойынша кездесу ұйымдастырылды. Кездесуге облыстық мәслихат депутаты Дәурен Смағұлов қатысты.",
      "2026-03-06",
    );
    expect(hostsOf(chamber)).toEqual(["Палата предпринимателей Западно-Казахстанской области"]);
    expect(hostsOf(plant)).toEqual(["Ақсу ферроқорытпа зауыты"]);
  });

  it("reads a party's branch by the party's unquoted name, and a company by its initials", () => {
    const [rally] = draftsOf(
      "14 марта в Атырау состоялась встреча по проекту новой Конституции, организованная областным филиалом партии AMANAT. Выступил депутат Марат Оспанов.",
      "2026-03-15",
    );
    const [company] = draftsOf(
      "Встреча с трудовым коллективом АО «Соколовско-Сарбайское горно-обогатительное производственное объединение»\n\n26 мая в Рудном состоялась встреча с трудовым коллективом АО «ССГПО». Юрист Асхат Калиев рассказал о поправках в Конституцию.",
      "2022-05-27",
    );
    expect(rally?.organizations.map((o) => [o.name, o.role])).toEqual([["AMANAT", "host"]]);
    expect(company?.organizations.map((o) => o.name)).toEqual([
      "АО «Соколовско-Сарбайское горно-обогатительное производственное объединение»",
    ]);
  });

  it("names a power station in full, a university up to its namesake's surname, and a youth centre", () => {
    const [station] = draftsOf(
      "В Талдыкоргане прошла встреча с работниками ТЭЦ\n\n3 марта на Талдыкорганской ТЭЦ прошла встреча энергетиков с разъяснительной группой. О проекте новой Конституции рассказала преподаватель Жетысуского университета имени И. Жансугурова Алия Мамырова.",
      "2026-03-04",
    );
    const [centre] = draftsOf(
      "Талдықорған қаласындағы Жастар орталығында жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 80-ге жуық жас қатысты.",
      "2026-03-10",
    );
    expect(station?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Талдыкорганская ТЭЦ", "host"],
      ["Жетысуский университет имени И. Жансугурова", "participant"],
    ]);
    expect(hostsOf(centre)).toEqual(["Жастар орталығы"]);
  });

  it("places a meeting with a company named like a town and district in the town the lead names", () => {
    const drafts = draftsOf(
      "2 наурызда облыстық топ Павлодар қаласында жаңа Конституция жобасы бойынша үш кездесу өткізді. Алдымен топ мүшелері «Павлодар мұнай-химия зауыты» ЖШС қызметкерлерімен жүздесті. Кездесуге 120 адам қатысты. Одан кейін топ Павлодар педагогикалық университетінің студенттерімен кездесті. Күн соңында облыстық ардагерлер кеңесінде 40 ардагермен жиын өтті. Барлық кездесуде облыстық мәслихат депутаты Бауыржан Қасенов сөз сөйледі.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.district?.name, d.speakers.map((s) => s.name)])).toEqual([
      ["Pavlodar", ["Бауыржан Қасенов"]],
      ["Pavlodar", ["Бауыржан Қасенов"]],
      ["Pavlodar", ["Бауыржан Қасенов"]],
    ]);
  });

  it("counts rice growers as a labour collective, and writes an opening director in lower case", () => {
    const [rice] = draftsOf(
      "6 марта в селе Тасбогет прошла встреча с членами разъяснительной группы по проекту новой Конституции. Пришли около 70 рисоводов.",
      "2026-03-07",
    );
    const [school] = draftsOf(
      "SEMEY, March 10. A meeting on the draft of the new Constitution for teachers took place at school-lyceum No. 5. Director of the school-lyceum Maira Dosmaganbetova thanked the deputy.",
      "2026-03-11",
    );
    expect([rice?.audienceSize, rice?.audiences]).toEqual([70, ["labour_collective"]]);
    expect(school?.speakers.map((s) => s.role)).toEqual(["director of the school-lyceum"]);
  });

  it("reads a speech told right after a meeting as that meeting's, and a Latin-script announcement's day", () => {
    const village = draftsOf(
      "ABAI REGION, Feb. 27. Residents of the village of Kainar in Abai district gathered at the local school on Thursday for a meeting on the draft new Constitution. Abai district akim Nurlan Tokenov and lawyer Aliya Mukasheva spoke to about 60 villagers, most of them livestock farmers.",
      "2026-02-28",
    );
    const [forum] = draftsOf(
      "Türkistan oblysynda jastar forumy ötedi\n\nTürkistan qalasynda 5 nauryzda jaña Konstitusia jobasyna arnalğan oblystyq jastar forumy ötedi. Forumğa 500-den astam jas qatysady dep kütilude.",
      "2026-03-01",
    );
    expect(village.map((d) => [d.date, d.audienceSize, d.speakers.length])).toEqual([["2026-02-26", 60, 2]]);
    expect([forum?.date, forum?.datePrecision]).toEqual(["2026-03-05", "day"]);
  });

  it("gives a plural title in the genitive to each name it lists, and reads a vice-provost", () => {
    const [town] = draftsOf(
      "В городе Косшы 28 февраля состоялась встреча депутатов Мажилиса Айдоса Сарыма и Екатерины Смышляевой с жителями по проекту новой Конституции.",
      "2026-03-02",
    );
    const [campus] = draftsOf(
      "ASTANA, March 4. The discussion of the new Constitution, moderated by the university's vice-provost Daniyar Kairbekov, drew 200 students of Nazarbayev University.",
      "2026-03-05",
    );
    expect(town?.speakers.map((s) => s.role)).toEqual(["депутат Мажилиса", "депутат Мажилиса"]);
    expect(campus?.speakers.map((s) => s.role)).toEqual(["vice-provost"]);
  });

  it("reads 'they' after a group a meeting names as that group, not the speaker before", () => {
    const drafts = draftsOf(
      "ASTANA – Explanatory meetings on the draft new Constitution continued in the regions over the weekend.\n\nIn North Kazakhstan region, senator Sergei Karplyuk met teachers of Petropavl schools on Sunday at the regional pedagogical college. More than 100 teachers took part.\n\nIn Zhambyl region, members of the regional group visited the Shu district, where they held a meeting with sugar beet growers in the village of Tole bi. The meeting was attended by 70 farmers.",
      "2026-03-10",
    );
    expect(drafts.map((d) => d.speakers.map((s) => s.name))).toEqual([["Sergei Karplyuk"], []]);
  });

  it("reads the Assembly's branch that organised a meeting, and an association by a long kind", () => {
    const [assembly] = draftsOf(
      "PAVLODAR, March 2. Heads of ethnocultural associations met at the regional House of Friendship to discuss the draft new Constitution. The meeting was organised by the regional branch of the Assembly of People of Kazakhstan.",
      "2026-03-03",
    );
    const [association] = draftsOf(
      "10 наурызда Орал қаласындағы «Жігер» мүгедектігі бар адамдар қоғамдық бірлестігінде жаңа Конституция жобасы бойынша кездесу болды. Оған 35 адам қатысты.",
      "2026-03-11",
    );
    expect(hostsOf(assembly)).toEqual(["Regional branch of the Assembly of People of Kazakhstan"]);
    expect(hostsOf(association)).toEqual(["«Жігер» мүгедектігі бар адамдар қоғамдық бірлестігі"]);
  });

  it("reads a headline's hospital by its level as the one named in full, and growers' cooperative", () => {
    const [hospital] = draftsOf(
      "В Кокшетау прошла встреча с сотрудниками областной больницы\n\n3 марта в актовом зале Кокшетауской многопрофильной областной больницы состоялась встреча медицинского персонала с главным специалистом управления здравоохранения Асылханом Жумабаевым по проекту новой Конституции.",
      "2026-03-04",
    );
    const [cooperative] = draftsOf(
      "MAKTAARAL, March 11. Members of the district group met cotton growers of the Zhetisay agricultural cooperative to discuss the draft new Constitution.",
      "2026-03-12",
    );
    expect(hospital?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Кокшетауская многопрофильная областная больница", "host"],
    ]);
    expect(hospital?.speakers.map((s) => s.role)).toEqual(["главный специалист управления здравоохранения"]);
    expect(hostsOf(cooperative)).toEqual(["Zhetisay agricultural cooperative"]);
  });

  it("writes an opening republican title in lower case, and reads no speaker in a town's possessive", () => {
    const [refinery] = draftsOf(
      "23 мамырда «Атырау мұнай өңдеу зауыты» ЖШС ұжымымен кездесу өтті. Республикалық ақпараттық-түсіндіру тобының мүшесі Ерлан Барлыбаев Конституцияға енгізілетін өзгерістерді түсіндірді.",
      "2022-05-24",
    );
    const [district] = draftsOf(
      "Meeting with residents of Almaty's Nauryzbay district\n\nALMATY, March 12. Residents of Nauryzbay district met city maslikhat deputy Askar Baimukhanov at school No. 205 to discuss the draft new Constitution.",
      "2026-03-13",
    );
    expect(refinery?.speakers.map((s) => s.role)).toEqual(["республикалық ақпараттық-түсіндіру тобының мүшесі"]);
    expect(district?.speakers.map((s) => s.name)).toEqual(["Askar Baimukhanov"]);
  });

  it("writes an opening plural title in lower case for each name, and reads a national park", () => {
    const [lawyers] = draftsOf(
      "KOSTANAY, March 4. Lawyers Vladimir Petrenko and Dinara Zhaksylykova answered questions on the draft new Constitution from 45 residents.",
      "2026-03-05",
    );
    const [park] = draftsOf(
      "3 наурызда Бурабай ауданының Щучинск қаласында «Бурабай» ұлттық паркінің қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуде облыстық мәслихат депутаты Ғалым Нұрпейісов сөз сөйледі.",
      "2026-03-04",
    );
    expect(lawyers?.speakers.map((s) => s.role)).toEqual(["lawyer", "lawyer"]);
    expect(hostsOf(park)).toEqual(["«Бурабай» ұлттық паркі"]);
  });

  it("names a library named for someone, its level in lower case", () => {
    const [library] = draftsOf(
      "9 наурызда Ы. Алтынсарин атындағы облыстық әмбебап ғылыми кітапханада жаңа Конституция жобасы бойынша кітапханашылармен кездесу өтті. Жиынға 50-ге жуық кітапханашы қатысты.",
      "2026-03-10",
    );
    expect(library?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Ы. Алтынсарин атындағы облыстық әмбебап ғылыми кітапхана", "host", "other"],
    ]);
  });

  it("names a school-gymnasium named for someone", () => {
    const [school] = draftsOf(
      "3 наурызда Созақ ауданының Шолаққорған ауылындағы Абай атындағы мектеп-гимназияда жаңа Конституция жобасы бойынша ұстаздармен кездесу өтті.",
      "2026-03-04",
    );
    expect(hostsOf(school)).toEqual(["Абай атындағы мектеп-гимназия"]);
  });

  it("names an English centre for active longevity where pensioners met", () => {
    const [centre] = draftsOf(
      "RIDDER, March 8. About 70 pensioners gathered at the Ridder city centre for active longevity on Sunday for a meeting on the draft new Constitution with regional maslikhat deputy Irina Volkova.",
      "2026-03-09",
    );
    expect(hostsOf(centre)).toEqual(["Ridder city centre for active longevity"]);
  });
});
