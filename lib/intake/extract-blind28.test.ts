// What the blind batches caught in the thirty-fourth session, one general
// cause each (the 318th–334th are in extract-blind27.test.ts):
// - 335th (a locomotive depot of the national railway, nurses at a regional
//   hospital, police officers, oil veterans at a veterans' council, a debate
//   tournament, a zinc company's miners): «"ҚТЖ" ҰК» АҚ» written with its
//   quotes closed twice («ҚТЖ» ҰК» АҚ) names the company; "The Kostanay
//   regional hospital hosted …" is one hospital (not also "Regional
//   hospital"); "Among the judges were Mazhilis deputy A" gives A the
//   deputy's title (a copula ends the words before it).
// - 336th (the 2022 campaign's miners and a college's teachers; fishermen in
//   a village, pensioners at a quoted house, entrepreneurs at a chamber, a
//   district's veterans): «Павлодарского колледжа» in a headline is the
//   «Павлодарский высший колледж инновационных технологий» of the report,
//   one host; «Ата заң жобасы» after a quoted place is the draft, no project
//   of its («"Зейнеткерлер үйінде" Ата заң жобасы» was read as an
//   organisation).
// - 337th (a referendum's observers, no outreach; a Latin-script meeting
//   with railwaymen, a farm firm's page as HTML, a flash mob, a
//   school-gymnasium's teachers, a region's meetings in three districts):
//   «ТОО «Агрофирма «Родина»»» (a firm's kind in the outer quotes) names the
//   firm; a title in the Latin script after whom it was told to («Olarmen
//   oblystyq máslıhat depýtaty», «Ardagerlerge zańger») is the title alone,
//   as in Cyrillic, and «zańger» (a lawyer) is a title.
// - 338th (an embassy's compatriots, people with disabilities, an online
//   briefing, a mobile group in a railway settlement, clergy, a concert):
//   nothing new misread (a concert before the vote stays no outreach, as
//   the set reads Constitution Day's).
// - 339th (the 2022 campaign's miners and a district's youth; a round table
//   with its speakers listed, a college, twelve meetings in three districts'
//   villages): "KARAGANDA. February 23. Kazinform – … today" dates it by its
//   dateline (the place a sentence of its own); «Жамбыл, Қордай және Меркі
//   аудандарында» (Zhambyl, Taraz's old name, heading a list of districts)
//   places the meetings in no one district or town.
// - 340th (a hospital's page as HTML, a Telegram post from a coal mine, two
//   meetings in a day in two towns, an online meeting): nothing new misread.
//   (Left alone: «АО «Шубарколь комир»» names no region, nor does its hashtag.)
// - 341st (a background lead before the meeting, fishermen in Aral, a
//   chamber's branch, a university's students, pensioners in the Latin
//   script): "at the Semey branch of the Atameken Chamber of Entrepreneurs"
//   (and "The Atameken Chamber … hosted", "the regional chamber of
//   entrepreneurs Atameken") is Atameken, the host, as the set names it;
//   «zeınetkerler» (pensioners) are counted with veterans and «belsendi
//   uzaq ómir súrý ortalyǵynda» hosts, as in Cyrillic.
// - 342nd (a nationwide tally before one senator's meeting, a round table at
//   a museum organised by a department, an akimat's week as a bulleted
//   list): an item on a line of its own after one ending in «;» is no clause
//   cut from it — «• 3 марта – круглый стол …» naming no speaker is not
//   given the speaker of the item before. (Left alone: «облыстық
//   тарихи-өлкетану музейінде» under a department's «ұйымдастыруымен» —
//   the set names only the department, and a venue would read as a
//   participant.)
// - 343rd (an announced meeting at a university, a party's deputy with
//   medics, imams at a religious affairs department, miners with a photo
//   credit between paragraphs): «Шымкент қаласының дін істері
//   басқармасында» (and «в городском управлении по делам религий») is where
//   it was, which hosts it, as the other departments do.
// - 344th (IT specialists at a tech park, a railway station's staff,
//   volunteers with booklets, a senator's reception of citizens, a military
//   unit's soldiers): «120-дан астам IT-маман» counts 120 (a short prefix of
//   their field); «6505 әскери бөлімінде» is a unit's number, not 6505
//   soldiers; «"Alatau IT City" технопаркінде» (and «в технопарке …») names
//   the tech park where it was.
// - 345th–346th (the 2022 campaign's refinery and a village club; a union
//   leader's quote opening a report, a power station named after a man,
//   young families, Tengiz's camp, a medical college, herders): nothing new
//   misread. (Left alone: «облыстық отбасы және демография мәселелері
//   жөніндегі кеңестің мүшесі» keeps only «жөніндегі кеңестің мүшесі» — the
//   body's words before «және» read as another's; and «Костанайский
//   региональный университет» names the region, not its town.)
// - 347th (a ferroalloy plant, a mine of a company's coal department,
//   first-time voters): "first-time voters" («впервые голосующие», «алғаш
//   рет дауыс беретін») are youth.
// - 348th (a chamber's regional branch, a library's readers, the Friendship
//   House, a village school, rice growers): «"Атамекен" … палатасының
//   Жамбыл облыстық филиалында» (its region named) is the branch where it
//   was; "The S. Toraighyrov regional universal scientific library" names
//   its namesake, no speaker; "about 50 readers" are counted.
// - 349th–350th (oil workers, young scientists, cotton growers, an essay
//   contest; an explainer, a Latin-script voters' guide, an interview, a
//   region's tally): an article that only tallies the campaign's meetings (fifty or more)
//   («… 500-ден астам түсіндіру кездесуі өткізілді. Оларға 40 мыңнан астам
//   адам қатысты») reports no meeting (a time before a paragraph's first
//   word, "11:20⏎Встреча", no longer reads as a count of meetings).
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-eighth set)", () => {
  it("reads a national company whose quotes are closed twice", () => {
    const [depot] = draftsOf(
      "«ҚТЖ» ҰК» АҚ Петропавл локомотив пайдалану депосында жаңа Конституция жобасын түсіндіру мақсатында кездесу ұйымдастырылды. Кездесуге 120 теміржолшы қатысты.",
      "2026-02-18",
    );
    expect(depot?.organizations.map((o) => [o.name, o.role])).toEqual([["«ҚТЖ» ҰК АҚ", "host"]]);
  });

  it("reads a hospital named with its town as one hospital", () => {
    const [hospital] = draftsOf(
      "The Kostanay regional hospital hosted an explanatory meeting on the new draft Constitution on Monday. Senator Sergey Karplyuk spoke to about 90 nurses.",
      "2026-02-24",
    );
    expect(hospital?.organizations.map((o) => o.name)).toEqual(["Kostanay regional hospital"]);
  });

  it("reads the title after a copula, not the words before it", () => {
    const [debate] = draftsOf(
      "About 300 students of the university in Turkistan took part in a debate tournament on the draft Constitution on March 4. Among the judges were Mazhilis deputy Ardak Nazarov and the vice-rector Bolat Tasbolatov.",
      "2026-03-05",
    );
    expect(debate?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Ardak Nazarov", "Mazhilis deputy"],
      ["Bolat Tasbolatov", "vice-rector"],
    ]);
  });

  it("reads a college shortened in the headline as the one named in full", () => {
    const [college] = draftsOf(
      "Встреча с педагогами Павлодарского колледжа\n\nВ Павлодарском высшем колледже инновационных технологий 24 мая состоялась встреча преподавателей с членом областного штаба общенационального референдума Ольгой Ермаковой. В ней приняли участие 70 педагогов.",
      "2022-05-25",
    );
    expect(college?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Павлодарский высший колледж инновационных технологий", "host"],
    ]);
  });

  it("reads the draft Basic Law after a quoted place as no organisation's project", () => {
    const [home] = draftsOf(
      "Семей қаласындағы «Зейнеткерлер үйінде» Ата заң жобасы бойынша ақпараттық-түсіндіру жұмысы жүргізілді. Заңгер Ләззат Бекқожина тұрғындардың сұрақтарына жауап берді.",
      "2026-03-02",
    );
    expect(home?.organizations).toEqual([]);
  });

  it("reads a firm whose kind is in the outer quotes", () => {
    const [farm] = draftsOf(
      "В ТОО «Агрофирма «Родина»» Целиноградского района прошла встреча с механизаторами по проекту новой Конституции. Выступил депутат Мажилиса Юрий Ли.",
      "2026-03-03",
    );
    expect(farm?.organizations.map((o) => [o.name, o.role])).toEqual([["ТОО «Агрофирма «Родина»»", "host"]]);
  });

  it("reads a Latin-script title after whom it was told to as the title alone", () => {
    const [rail] = draftsOf(
      "Qostanaı qalasynda temirjolshylarmen jańa Konstıtýsıa jobasy boıynsha kezdesý ótti. Olarmen oblystyq máslıhat depýtaty Erlan Qasymov kezdesti. Ardagerlerge zańger Aıgúl Sársenova jobanyń negizgi erejelerin túsindirdi.",
      "2026-03-02",
    );
    expect(rail?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Erlan Qasymov", "oblystyq máslıhat depýtaty"],
      ["Aıgúl Sársenova", "zańger"],
    ]);
  });

  it("dates a report by a dateline whose place is a sentence of its own", () => {
    const [table] = draftsOf(
      "KARAGANDA. February 23. Kazinform – A round table on the draft Constitution took place at Karaganda Buketov University today. More than 150 students attended.",
      "2026-02-25",
    );
    expect([table?.date, table?.dateSource]).toEqual(["2026-02-23", "dateline"]);
  });

  it("places meetings in a list of districts headed by a town's old name in none of them", () => {
    const [villages] = draftsOf(
      "Members of the regional group held 12 meetings on the draft Constitution in villages of Zhambyl, Kordai and Merke districts last week. More than 1,500 residents took part.",
      "2026-03-03",
    );
    expect([villages?.region, villages?.district, villages?.locality]).toEqual(["KZ-31", null, null]);
  });

  it("reads the Atameken chamber by its own name, however the English writes it", () => {
    const texts = [
      "Senator Nurlan Beknazarov met businesspeople at the Semey branch of the Atameken Chamber of Entrepreneurs on Friday to explain the draft Constitution.",
      "The Atameken Chamber of Entrepreneurs of Semey hosted a meeting on the draft Constitution with 70 entrepreneurs.",
      "Senator Nurlan Beknazarov met 70 entrepreneurs at the regional chamber of entrepreneurs Atameken to discuss the draft Constitution.",
    ];
    expect(texts.map((t) => draftsOf(t, "2026-02-28")[0]?.organizations.map((o) => [o.name, o.role]))).toEqual([
      [["Atameken", "host"]],
      [["Atameken", "host"]],
      [["Atameken", "host"]],
    ]);
  });

  it("reads pensioners and a longevity centre in the Latin script", () => {
    const [centre] = draftsOf(
      "7 naýryzda Qyzylorda qalasyndaǵy belsendi uzaq ómir súrý ortalyǵynda zeınetkerlermen jańa Konstıtýsıa jobasy boıynsha kezdesý ótti. Jıynǵa 50 zeınetker qatysty.",
      "2026-03-08",
    );
    expect([centre?.audiences, centre?.organizations.map((o) => [o.name, o.role])]).toEqual([
      ["veterans"],
      [["Belsendi uzaq ómir súrý ortalyǵy", "host"]],
    ]);
  });

  it("gives an item of a bulleted list no speaker of the item before", () => {
    const drafts = draftsOf(
      "Акимат области сообщает о мероприятиях по разъяснению проекта Конституции:\n• 2 марта – встреча с работниками АО «ССГПО» в Рудном (докладчик – заместитель акима области Ержан Сулейменов, 180 участников);\n• 3 марта – круглый стол в Костанайском региональном университете имени А. Байтурсынова (около 120 студентов);\n• 4 марта – встреча с жителями села Затобольск (депутат областного маслихата Ольга Ветрова, 60 человек).",
      "2026-03-07",
    );
    expect(drafts.map((d) => d.speakers.map((p) => p.name))).toEqual([["Ержан Сулейменов"], [], ["Ольга Ветрова"]]);
  });

  it("reads a religious affairs department where the meeting was as its host", () => {
    const [imams] = draftsOf(
      "Шымкент қаласының дін істері басқармасында қала мешіттерінің имамдарымен жаңа Конституция жобасы бойынша кездесу болды. Жиынға 45 имам қатысты.",
      "2026-02-25",
    );
    expect(imams?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Шымкент қаласының дін істері басқармасы", "host"],
    ]);
  });

  it("counts specialists named with their field's prefix, not a military unit's number", () => {
    const [park] = draftsOf(
      "Алматыдағы «Alatau IT City» технопаркінде IT саласының мамандарымен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 120-дан астам IT-маман қатысты.",
      "2026-02-20",
    );
    const [unit] = draftsOf(
      "Қостанайдағы 6505 әскери бөлімінде сарбаздармен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 200 әскери қызметші қатысты.",
      "2026-03-05",
    );
    expect([park?.audienceSize, unit?.audienceSize]).toEqual([120, 200]);
    expect(park?.organizations.map((o) => [o.name, o.role])).toEqual([["«Alatau IT City» технопаркі", "host"]]);
  });

  it("reads first-time voters as youth", () => {
    const [voters] = draftsOf(
      "ASTANA — About 200 first-time voters gathered at the Palace of Schoolchildren in Astana on Friday for a meeting on the draft new Constitution.",
      "2026-03-07",
    );
    expect(voters?.audiences).toEqual(["youth"]);
  });

  it("reads a library's namesake as no speaker, and counts its readers", () => {
    const [library] = draftsOf(
      "PAVLODAR – The S. Toraighyrov regional universal scientific library hosted a lecture on the draft Constitution on Thursday. Professor Bakhyt Zhumabekova spoke to about 50 readers.",
      "2026-02-27",
    );
    expect([library?.speakers.map((p) => p.name), library?.audienceSize]).toEqual([["Bakhyt Zhumabekova"], 50]);
  });

  it("reads a quoted chamber's branch named with its region as the host", () => {
    const [branch] = draftsOf(
      "23 ақпанда Тараз қаласында «Атамекен» ұлттық кәсіпкерлер палатасының Жамбыл облыстық филиалында кәсіпкерлермен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 90 кәсіпкер қатысты.",
      "2026-02-24",
    );
    expect(branch?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["«Атамекен» ұлттық кәсіпкерлер палатасының Жамбыл облыстық филиалы", "host"],
    ]);
  });

  it("reads an article that only tallies the campaign's meetings as reporting none", () => {
    const tally = [
      "Облыстық ішкі саясат басқармасының мәліметінше, ақпан айынан бері облыста жаңа Конституция жобасы бойынша 500-ден астам түсіндіру кездесуі өткізілді. Оларға 40 мыңнан астам адам қатысты.",
      "Since February, more than 1,500 explanatory meetings on the draft Constitution have been held in Almaty region, the regional department said. Over 40,000 people attended them.",
    ];
    expect(tally.map((t) => draftsOf(t, "2026-03-03").length)).toEqual([0, 0]);
    const [one] = draftsOf(
      "Студентам рассказали о проекте Конституции\n\n5 марта 2026, 11:20\n\nВстреча депутата Мажилиса Ольги Гриценко со студентами университета прошла 4 марта.",
      "2026-03-05",
    );
    expect(one?.date).toBe("2026-03-04");
  });
});
