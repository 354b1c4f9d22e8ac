// What the blind batches from the two-hundred-and-twentieth on caught (the
// twenty-seventh session, after extract-blind18), one general cause each:
// - 220th (a senator's day, a village and its school, a round table):
//   «… с коллективом завода, затем посетил … университет, где пообщался со
//   студентами» is two meetings (the university named where he went), and
//   «После этого сенатор провел прием граждан …» is in the same town; a
//   workplace named right after a meeting is that meeting's only when its staff
//   is named; «заведующая секретариатом» is her title (no «секретариат» is a
//   secretary), as «кафедрасының меңгерушісі».
// - 221st (compatriots online, a courtyard meeting, police officers, a town's
//   three plants): «На ГРЭС-2 энергетикам новые нормы разъяснил …» names a
//   power station (by its kind and number) and whom it was told, words between.
// - 222nd (a post with a «Спикеры:» list, a consul abroad, a district's plant
//   and hospital): «председатель районного филиала партии «AMANAT» Жанат
//   Есимова» — a party in a Russian speaker's title, before her name, held
//   neither meeting. (Left alone: farmers — «аграрийлермен», «шаруа» — are
//   no audience type; the set reads them as workers, residents or business by
//   what else the text says.)
// - 223rd (2022's amendments in three languages): «заседание молодежного
//   клуба» on the amendments is a meeting (format).
// - 224th (Kazakh in the Latin script, a perinatal centre, a mine): "an
//   outreach session on the draft" is outreach.
// - 225th (a processing plant, a town hall, women entrepreneurs, two
//   villages): «… Қарабұлақ ауылында ауыл тұрғындарымен, ал Балпық би
//   ауылында мұғалімдермен кездесулер өтті» opening the report is two meetings
//   (a first clause cut at its comma is no headline; a place of two words
//   after «ал»), the first of the kind the shared verb says.
// - 226th–227th (a school's round table, smelters, mothers; a district's day
//   in ticked items): "told about 200 smelters" counts them; «✅ В школе-гимназии
//   … прошел классный час для старшеклассников …» after two ticked meetings is
//   a third (senior pupils an audience, not in «Дом школьников» nor as «родители
//   школьников»), and «Всего в мероприятиях приняли участие более 300 человек»
//   is a total over them all, no one meeting's count.
// - 228th–230th (Constitution Day, a nuclear plant's referendum, a quiz, an
//   information tent — read right; a debate tournament, free legal advice, a
//   senator's day in Abai region): «Соңында … ауылында тұрғындармен кездесу
//   өтті» opening its sentence is "finally", a meeting of its own (as «Күн
//   соңында»), not the end of the one before («кездесу соңында»).
// - 231st–232nd (smelters, border guards, a flash mob, a service centre; a
//   meat plant, an akim's day): "Some 150 workers … heard a briefing on the
//   draft Constitution from Mazhilis deputy …" is a meeting, no press
//   briefing. (Left alone: "Two meetings …: with farmers in … and with
//   teachers … in …" stays one draft; "the Kostanay College of …" places no
//   town — a bare name inside a name is read as a town only where it is
//   said to be one, since «ТОО «Агрофирма Жамбыл»» is no Taraz.)
// - 233rd–234th (a mining plant and a village the same day, a judge at a
//   university, a regional akim's day): «Одан кейін облыс басшысы … ұжымымен
//   жүздесті» ("after that, the head of the region …") is the akim again, on
//   the day of the meeting before when nothing else dates it.
// - 235th (a copper smelter and a settlement, a senator's district): «3 марта
//   аким области встретился с жителями …» after a meeting with a deputy and the
//   akim goes on with the akim alone.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (nineteenth set)", () => {
  it("splits a visit's next stop after 'then', keeps 'after that' in the same town, and reads a head's title", () => {
    const day = draftsOf(
      "Депутат Сената Виктор Ли в среду провел ряд встреч по проекту новой Конституции. Утром он встретился с коллективом Карагандинского машиностроительного завода, затем посетил Карагандинский медицинский университет, где пообщался со студентами. После этого сенатор провел прием граждан в Доме дружбы.",
      "2026-03-05",
    );
    expect(day.map((d) => [d.district?.name, d.organizations.map((o) => o.name)])).toEqual([
      ["Karaganda", ["Карагандинский машиностроительный завод"]],
      ["Karaganda", ["Карагандинский медицинский университет"]],
      ["Karaganda", ["Дом дружбы"]],
    ]);
    const reception = draftsOf(
      "Депутат Сената в среду провел встречи по проекту новой Конституции в Караганде. Утром он встретился со студентами. После этого сенатор провел прием граждан в Доме дружбы.",
      "2026-03-05",
    );
    expect(reception.map((d) => d.title)).toEqual([
      "Утром он встретился со студентами.",
      "После этого сенатор провел прием граждан в Доме дружбы.",
    ]);
    const [table] = draftsOf(
      "Ассамблея народа Казахстана провела круглый стол, посвящённый проекту Конституции. Модерировала встречу заведующая секретариатом Гульнара Ахметова.",
      "2026-03-02",
    );
    expect(table?.speakers.map((p) => p.role)).toEqual(["заведующая секретариатом"]);
  });

  it("reads a power station by its kind and number, and whom it was told with words between", () => {
    const plants = draftsOf(
      "В Экибастузе встречи по проекту Конституции прошли сразу на трёх предприятиях. На разрезе «Богатырь» с горняками встретился аким города Нурлан Нуркенов. На ГРЭС-2 энергетикам новые нормы разъяснил депутат областного маслихата Сергей Попов. А на заводе «Кастинг» с металлургами побеседовала юрист Айжан Рахимова.",
      "2026-03-12",
    );
    expect(plants.map((d) => d.organizations.map((o) => o.name))).toEqual([
      ["Разрез «Богатырь»"],
      ["ГРЭС-2"],
      ["«Кастинг»"],
    ]);
  });

  it("reads a party in a speaker's title before her name as hers, not the meeting's host", () => {
    const [farm, hospital] = draftsOf(
      "В Шиели прошла встреча с работниками ТОО «Шиели-Агро» по проекту Конституции. О проекте рассказали аким района Бакытжан Нурманов и председатель районного филиала партии «AMANAT» Жанат Есимова. Затем в районной больнице члены группы побеседовали с медицинскими работниками.",
      "2026-03-02",
    );
    expect([farm, hospital].map((d) => d?.organizations.map((o) => o.name))).toEqual([
      ["ТОО «Шиели-Агро»"],
      ["Районная больница"],
    ]);
  });

  it("reads a club's sitting as a meeting and an outreach session as outreach", () => {
    const [club] = draftsOf(
      "В Кокшетау прошло заседание молодежного клуба на тему поправок в Конституцию. Молодым людям о предстоящем референдуме рассказал юрист Серик Байжанов.",
      "2022-05-26",
    );
    expect(club?.format).toBe("meeting");
    const [session] = draftsOf(
      "The regional maslikhat held an outreach session on the draft Constitution for staff of the regional perinatal centre in Kyzylorda on Thursday.",
      "2026-03-07",
    );
    expect(session?.date).toBe("2026-03-05");
  });

  it("splits two villages' meetings sharing a verb when they open the report", () => {
    const villages = draftsOf(
      "Жетісу облысы Ескелді ауданының Қарабұлақ ауылында ауыл тұрғындарымен, ал Балпық би ауылында мұғалімдермен кездесулер өтті. Кездесулерде аудандық мәслихат депутаты Ерлан Сатыбалдиев Конституция жобасын түсіндірді.",
      "2026-02-19",
    );
    expect(villages.map((d) => [d.format, d.audiences, d.speakers.length])).toEqual([
      ["meeting", ["residents"], 1],
      ["meeting", ["teachers"], 1],
    ]);
  });

  it("reads a ticked item after ticked meetings as one more, a total over them as none's, and smelters counted", () => {
    const day = draftsOf(
      "Разъяснительная работа по проекту новой Конституции в Аксуском районе: итоги дня\n✅ В селе Жансугуров аким района Асхат Бекболатов встретился с работниками районной больницы.\n✅ В Капальском сельском округе депутат районного маслихата Ерсин Дуйсенов провел встречу с животноводами.\n✅ В школе-гимназии имени Абая прошел классный час для старшеклассников с участием юриста Дины Абдрахмановой.\nВсего в мероприятиях приняли участие более 300 человек.",
      "2026-03-06",
    );
    expect(day.map((d) => [d.audiences, d.audienceSize])).toEqual([
      [["medical_workers"], null],
      [["labour_collective"], null],
      [["students"], null],
    ]);
    const [hall] = draftsOf(
      "В Доме школьников прошла встреча по проекту Конституции с жителями микрорайона. На встречу пришли пенсионеры и родители школьников.",
      "2026-03-05",
    );
    expect(hall?.audiences).not.toContain("students");
    const [plant] = draftsOf(
      "Kazchrome's Aktobe ferroalloy plant hosted a meeting on the draft Constitution on March 4. Mazhilis deputy Yekaterina Smyshlyayeva told about 200 smelters that the new Basic Law guarantees fair pay.",
      "2026-03-05",
    );
    expect(plant?.audienceSize).toBe(200);
  });

  it("reads «Соңында» opening a sentence as 'finally', not as the end of the meeting before", () => {
    const day = draftsOf(
      "Сенат депутаты 6 наурызда Абай облысында жұмыс сапарында болды. Алдымен ол Семей қаласындағы «Семей-Водоканал» МКК ұжымымен кездесіп, жаңа Конституция жобасын түсіндірді. Содан кейін депутат Шәкәрім университетінің студенттерімен жүздесті. Соңында Абай ауданының Қарауыл ауылында тұрғындармен кездесу өтті.",
      "2026-03-07",
    );
    expect(day.map((d) => [d.district?.name, d.audiences])).toEqual([
      ["Semey", ["labour_collective"]],
      ["Semey", ["students"]],
      ["Abai District", ["residents"]],
    ]);
  });

  it("reads workers who heard a briefing on the draft as a meeting, not a press briefing", () => {
    const [plant] = draftsOf(
      "SEMEY – Some 150 workers of the Semey meat processing plant heard a briefing on the draft Constitution on Thursday from Mazhilis deputy Aidarbek Khodzhanazarov.",
      "2026-03-06",
    );
    expect([plant?.format, plant?.date, plant?.audienceSize]).toEqual(["meeting", "2026-03-05", 150]);
  });

  it("has 'after that, the head of the region' meet on the same day as the akim", () => {
    const day = draftsOf(
      "Бүгін Түркістан облысының әкімі Нұралхан Көшеров Кентау қаласында болып, қала тұрғындарымен кездесті. Кездесуде әкім жаңа Конституция жобасының маңызына тоқталды. Одан кейін облыс басшысы Кентау трансформатор зауытының ұжымымен жүздесті.",
      "2026-03-02",
    );
    expect(day.map((d) => [d.date, d.datePrecision, d.speakers.map((p) => p.name)])).toEqual([
      ["2026-03-02", "day", ["Нұралхан Көшеров"]],
      ["2026-03-02", "day", ["Нұралхан Көшеров"]],
    ]);
  });

  it("goes on with the one the title names, not everyone who spoke before", () => {
    const [, settlement] = draftsOf(
      "Встреча с коллективом Жезказганского медеплавильного завода по проекту Конституции прошла 2 марта. Металлургам рассказали депутат Мажилиса Ерлан Стамбеков и аким Улытауской области Дастан Рыспеков. 3 марта аким области встретился с жителями поселка Кенгир.",
      "2026-03-03",
    );
    expect(settlement?.speakers.map((p) => p.name)).toEqual(["Дастан Рыспеков"]);
  });
});
