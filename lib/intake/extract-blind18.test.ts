// What the blind batches from the two-hundred-and-eighth on caught (the
// twenty-seventh session, after extract-blind17; the 220th on are in
// extract-blind19), one general cause each:
// - 208th (a week's round-up, a wire's dateline, veterans): a digest's
//   heading («Неделя в регионе: главное») titles no meeting — its meeting's
//   own sentence does, and its summary starts there; a town listed under two
//   spellings («Петропавловск», «Петропавл») counts once against a district
//   named with its kind; "KOSTANAY, Feb. 18 – …" is a dateline a title leaves out.
// - 209th (an announcement, a region's two districts, a school, 2022's power
//   engineers): «… энергетиктермен кездесу болды. «Екібастұз ГРЭС-1» ЖШС
//   ұжымымен жүздескен облыстық мәслихат депутаты …» names the meeting's
//   workplace (one meeting, not two), and the participle («жүздескен», as
//   «өткен жиынға») and a dative («командасына») are no part of a title;
//   «Сол күні … оқушыларымен де әңгіме өткізілді» is one more meeting.
// - 210th (a post with emoji lines, a report that opens with who came, a
//   senator's week): "In Zhezkazgan he met …, and in Satpayev he spoke with
//   teachers …" (as «…, и в Караганде …») is two meetings, as "while" was.
// - 211th (last week, the day before, city districts): «Өткен аптада …»
//   ("last week") opens a meeting, not a running total (as «соңғы айда» or «өткен
//   апта ішінде» would); "the Kulsary district" (Kulsary is a town) is the
//   town's district.
// - 212th (officials named by initials, a question-and-answer meeting,
//   railwaymen): «Жители села … задали депутату … более 20 вопросов» (and
//   "asked the deputy … questions") tells who came; «Ал облыстық мәслихат
//   депутаты …» ("and") is neither part of a title nor a maslikhat called «Ал»;
//   "named after M.Kh. Dulati" ends no sentence at the initials.
// - 213th (turnout, voting day, an opinion piece, a precinct seminar — none
//   outreach, rightly; a list of three towns; a motorcade): «Кездесулерге …
//   қатысты» after the list ("took part in the meetings"), as «Во встречах
//   приняли участие …» and "The meetings were attended by …", names who spoke
//   at each.
// - 214th (renamed towns: Konaev, Kapchagay; Zelenovsky district) read right.
// - 215th (a group's day in a district, a mothers' council, a concert-rally):
//   «… колледждің оқытушылары мен студенттерімен, сондай-ақ «Талғар жылу» МКК
//   ұжымымен кездесті» (as «…, а также с коллективом ТОО «…»») is two meetings,
//   each with its workplace (the college found though the verb is in the
//   other clause; МКК a company's form); «Кездесулерде …», «На встречах …»
//   ("at the meetings") name who spoke at each.
// - 216th (features that open with a quote, a district's tally then its
//   latest meeting): a quote «"…," says …» («…», — говорит …; «…», – дейді …)
//   titles no meeting; "held more than 40 explanatory meetings" («провели 45
//   встреч») is a running total (no title, no audience); «Серік Ахмет Ата Заң
//   жобасындағы …» is a name before what he explained; «… Сәрсенбай.\nОл Қорқыт
//   Ата атындағы … университетінде» — the university's name starts at neither
//   the last line's end nor the pronoun.
// - 217th (a whole page: menus, a caption, tags, related links): «руководитель
//   отдела … города Сатпаева Алия Карибаева» is Алия Карибаева (a town named
//   for someone is no surname after «города»).
// - 218th (district papers in Kazakh) read right.
// - 219th (wires, a debate tournament, a delegation's two days): "On the
//   second day, …" («на второй день», «екінші күні») is the day after the
//   meeting before; "The delegation was headed by …" speaks at each meeting.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (eighteenth set)", () => {
  it("reads a week's round-up by its meeting, and leaves an abbreviated month's dateline out of a title", () => {
    const [digest] = draftsOf(
      "Неделя в регионе: главное\n\nВ Петропавловске завершили ремонт моста через Ишим. Движение по нему открыто с понедельника.\n\nВ среду в Мамлютском районе прошла встреча с работниками сельхозпредприятия «Северное». Депутат областного маслихата Андрей Коваленко рассказал о проекте Конституции, который будет вынесен на референдум.\n\nХоккеисты «Кулагера» обыграли соперников со счётом 4:2.",
      "2026-03-07",
    );
    expect([digest?.title, digest?.district?.name, digest?.summary.startsWith("Депутат")]).toEqual([
      "В среду в Мамлютском районе прошла встреча с работниками сельхозпредприятия «Северное».",
      "Mamlyut District",
      true,
    ]);
    const [wire] = draftsOf(
      "KOSTANAY, Feb. 18 – Members of the information group on the draft Constitution met with miners in Rudny on Tuesday.",
      "2026-02-19",
    );
    expect(wire?.title).toBe(
      "Members of the information group on the draft Constitution met with miners in Rudny on Tuesday.",
    );
  });

  it("names a meeting's workplace after it, reads a Kazakh participle out of a title, and splits a talk the same day", () => {
    const [one, ...rest] = draftsOf(
      "Павлодар облысы Екібастұз қаласында Конституцияға өзгерістер енгізу жөніндегі референдумға дайындық аясында энергетиктермен кездесу болды. «Екібастұз ГРЭС-1» ЖШС ұжымымен жүздескен облыстық мәслихат депутаты Қайрат Мұсабеков түзетулердің мәнін түсіндірді.",
      "2022-05-25",
    );
    expect([rest.length, one?.organizations.map((o) => o.name), one?.speakers[0]?.role]).toEqual([
      0,
      ["«Екібастұз ГРЭС-1» ЖШС"],
      "облыстық мәслихат депутаты",
    ]);
    const [debate] = draftsOf(
      "Өскеменде жастар арасында Конституция туралы пікірсайыс өтті. Жеңімпаз атанған гуманитарлық колледждің командасына облыстық жастар саясаты басқармасының басшысы Ерлан Бекболатов кубок тапсырды.",
      "2026-03-06",
    );
    expect(debate?.speakers.map((p) => p.role)).toEqual(["облыстық жастар саясаты басқармасының басшысы"]);
    const school = draftsOf(
      "Сайрам ауданындағы №45 мектепте ұстаздармен кездесу өтті. Кездесуде аудандық білім бөлімінің басшысы Нұрлан Әбдіқадыров жаңа Конституция жобасын түсіндірді. Сол күні мектептің жоғары сынып оқушыларымен де әңгіме өткізілді.",
      "2026-02-26",
    );
    expect(school.map((d) => [d.audiences, d.format])).toEqual([
      [["teachers"], "meeting"],
      [["students"], "meeting"],
    ]);
  });

  it("splits two meetings one sentence joins with 'and in' another town", () => {
    const week = draftsOf(
      "Senator Nurlan Bekenov held a series of meetings on the draft Constitution in the Ulytau region this week. In Zhezkazgan he met with the employees of Kazakhmys Smelting LLP, and in Satpayev he spoke with teachers of the local college. In Karazhal, the senator met with residents.",
      "2026-02-28",
    );
    expect(week.map((d) => [d.district?.name, d.audiences])).toEqual([
      ["Zhezkazgan", ["labour_collective"]],
      ["Satpayev", ["teachers"]],
      ["Karazhal", ["residents"]],
    ]);
    const ru = draftsOf(
      "Депутат Мажилиса провел встречи по проекту Конституции. В Темиртау он встретился с металлургами, и в Караганде побеседовал со студентами.",
      "2026-03-02",
    );
    expect(ru.map((d) => d.district?.name)).toEqual(["Temirtau", "Karaganda"]);
  });

  it("reads 'last week' in Kazakh as when, not as a running total, and a town called a district", () => {
    const [parents] = draftsOf(
      "Өткен аптада Астана қаласының Байқоңыр ауданында орналасқан №65 мектеп-лицейде ата-аналармен кездесу ұйымдастырылды. Кездесуде қалалық мәслихат депутаты Ләззат Иманғалиева Конституция жобасын түсіндірді.",
      "2026-02-16",
    );
    expect([parents?.title.startsWith("Өткен аптада"), parents?.audiences]).toEqual([true, ["residents"]]);
    const [oil] = draftsOf(
      "The regional akim visited the Kulsary district of Atyrau region on March 9, where he met with oil workers and explained the changes in the draft Constitution.",
      "2026-03-10",
    );
    expect(oil?.district?.name).toBe("Zhylyoi District");
  });

  it("reads who asked with words between, «Ал» before a title, and initials with a digraph", () => {
    const [qa] = draftsOf(
      "Встреча прошла в формате «вопрос — ответ». Жители села Каменка Теректинского района задали депутату областного маслихата Сергею Иванову более 20 вопросов о новой Конституции.",
      "2026-03-03",
    );
    expect(qa?.audiences).toEqual(["residents"]);
    const [rail] = draftsOf(
      "Абай облысы Аягөз қаласында теміржолшылармен кездесу болды. Кездесуде бөлімше басшысы Серік Омаров сөз алды. Ал облыстық мәслихат депутаты Гүлмира Сұлтанова Конституция жобасының жаңа нормаларын түсіндірді.",
      "2026-03-03",
    );
    expect([rail?.speakers.at(-1)?.role, rail?.organizations]).toEqual(["облыстық мәслихат депутаты", []]);
    const [taraz] = draftsOf(
      "On February 28, a meeting on the draft Constitution with young people was held at the Taraz Regional University named after M.Kh. Dulati. About 250 students attended.",
      "2026-03-01",
    );
    expect(taraz?.title).toBe(
      "On February 28, a meeting on the draft Constitution with young people was held at the Taraz Regional University named after M.Kh. Dulati.",
    );
  });

  it("has who took part in 'the meetings' speak at each of them", () => {
    const towns = draftsOf(
      "Мұғалжар ауданында Ата Заң жобасын түсіндіру мақсатында үш ауылда кездесу өтті:\n• Қандыағаш қаласында – теміржолшылармен;\n• Ембі қаласында – мұғалімдермен;\n• Жем ауылында – ауыл тұрғындарымен.\nКездесулерге аудандық мәслихат хатшысы Серік Қуанышев қатысты.",
      "2026-02-22",
    );
    expect(towns.map((d) => d.speakers.map((p) => p.name))).toEqual([
      ["Серік Қуанышев"],
      ["Серік Қуанышев"],
      ["Серік Қуанышев"],
    ]);
  });

  it("splits a second named workplace after 'as well as' into a meeting of its own", () => {
    const kk = draftsOf(
      "Ақпараттық-түсіндіру тобы Конституция жобасы бойынша Талғар ауданында болды. Топ мүшелері Талғар қаласындағы №1 колледждің студенттерімен, сондай-ақ «Талғар жылу» МКК ұжымымен кездесті. Кездесулерде облыстық мәслихат депутаты Әсем Нұрланова сөз сөйледі.",
      "2026-02-25",
    );
    expect(kk.map((d) => [d.organizations.map((o) => [o.name, o.kind]), d.speakers.length])).toEqual([
      [[["№1 колледж", "education"]], 1],
      [[["«Талғар жылу» МКК", "enterprise"]], 1],
    ]);
    const ru = draftsOf(
      "Группа по проекту новой Конституции побывала в Талгарском районе. Члены группы встретились с педагогами средней школы №1 города Талгар, а также с коллективом ТОО «Талгар жылу». На встречах выступила депутат областного маслихата Асем Нурланова.",
      "2026-02-25",
    );
    expect(ru.map((d) => [d.title, d.audiences, d.speakers.length])).toEqual([
      ["Члены группы встретились с педагогами средней школы №1 города Талгар", ["teachers"], 1],
      ["С коллективом ТОО «Талгар жылу».", ["labour_collective"], 1],
    ]);
  });

  it("titles a feature by its meeting, not its opening quote or a tally, and reads names beside the Constitution's", () => {
    const [nurses] = draftsOf(
      '"The new Constitution puts people first," says Saule Mukanova, a nurse at the regional hospital in Kostanay.\nShe was among some 90 medical workers who attended a meeting on the draft Basic Law at the hospital on Wednesday.',
      "2026-03-05",
    );
    expect(nurses?.title).toBe(
      "She was among some 90 medical workers who attended a meeting on the draft Basic Law at the hospital on Wednesday.",
    );
    const [latest] = draftsOf(
      "Burabay district held more than 40 explanatory meetings on the draft Constitution in February. The latest took place on March 7 in the village of Zolotoborka, where the district akim met with residents.",
      "2026-03-10",
    );
    expect(latest?.title).toBe(
      "The latest took place on March 7 in the village of Zolotoborka, where the district akim met with residents.",
    );
    const [students] = draftsOf(
      "«Жаңа Конституция – жастардың болашағы», – дейді студент Аружан Сәрсенбай.\nОл Қорқыт Ата атындағы Қызылорда университетінде өткен кездесуге қатысқан 300-ден астам студенттің бірі. Кездесуде облыс әкімінің орынбасары Серік Ахмет Ата Заң жобасын түсіндірді.",
      "2026-02-28",
    );
    expect([
      students?.title.startsWith("Ол "),
      students?.speakers.map((p) => p.name),
      students?.organizations.map((o) => o.name),
    ]).toEqual([true, ["Серік Ахмет"], ["Қорқыт Ата атындағы Қызылорда университеті"]]);
  });

  it("reads a town named for someone after «города» as the town, not a surname", () => {
    const [mine] = draftsOf(
      "3 марта на руднике «Жаман-Айбат» состоялась встреча с горняками, посвящённая проекту новой Конституции. Перед работниками выступила руководитель отдела внутренней политики города Сатпаева Алия Карибаева.",
      "2026-03-04",
    );
    expect(mine?.speakers.map((p) => p.name)).toEqual(["Алия Карибаева"]);
  });

  it("dates 'the second day' from the first, and has a delegation's head speak at each meeting", () => {
    const days = draftsOf(
      "A delegation of the headquarters of public support for the draft Constitution visited Kyzylorda region on Feb. 16-17. On the first day, the delegation met with oil workers in Kyzylorda. On the second day, its members talked with residents of the village of Shieli. The delegation was headed by Mazhilis deputy Aidos Sarym.",
      "2026-02-18",
    );
    expect(days.map((d) => [d.date, d.speakers.map((p) => p.name)])).toEqual([
      ["2026-02-16", ["Aidos Sarym"]],
      ["2026-02-17", ["Aidos Sarym"]],
    ]);
  });
});
