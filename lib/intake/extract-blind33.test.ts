// What the blind batches caught in the thirty-ninth session, one general
// cause each (the 413th–435th are in extract-blind32.test.ts):
// - 436th–437th (a copper smelter's workers, a power station's, a regional
//   hospital's nurses, librarians at a regional library, villagers at a
//   house of culture, entrepreneurs at a chamber, the deaf at their society,
//   an oil refinery's workers): a society of blind or deaf people, with its
//   branch or not («в Костанайском областном филиале Казахского общества
//   слепых», «Қазақ соқырлар қоғамының … филиалында», "the Akmola regional
//   branch of the Kazakh Society of the Deaf") hosts the meeting its members
//   came to, and they are an audience of people with disabilities; «около 40
//   незрячих и слабовидящих людей» are counted.
// - 438th (a city water utility's workers, an aluminium smelter's, fishermen
//   in a settlement, a medical university's students): «в Медицинском
//   университете Караганды» keeps the town it is named for («Медицинский
//   университет Караганды», «… Семей», «… Астана»).
// - 439th (imams at a university, teachers at their union's committee,
//   miners at a corporation's mine, young people online): a trade union's
//   body by its level and trade («в областном комитете профсоюза работников
//   образования», «облыстық білім қызметкерлері кәсіподағында», "at the
//   regional trade union of healthcare workers") hosts what was held there;
//   «работников образования» (or «здравоохранения») are teachers (medical
//   workers), not a labour collective; "visited the Kazakhmys Corporation's
//   Annensky mine" makes the company the host, as "at Qarmet's … works" does.
// - 440th–441st (young families at a family centre, 2022's miners at an
//   open-pit mine, a refinery's workers, a city clinic's doctors, ethnic
//   associations at a House of Friendship, a college's open dialogue, an oil
//   field's workers, people with disabilities at a rehabilitation centre):
//   "at PetroKazakhstan Oil Products, the operator of the Shymkent refinery"
//   and "met with Tengizchevroil employees" name the company that hosts;
//   «Диалогқа облыстық … басқармасының басшысы» is no part of the title; the
//   Tengiz field is in Zhylyoi District, and «АТЫРАУ. 1 марта» is a dateline
//   (where the correspondent sits), which a field named in the text outweighs.
// - 442nd (a group's meetings in three districts in a day, a memorandum with
//   a chamber, test-site veterans at a house of veterans, oil workers at a
//   company): «Іле ауданының … кентінде тұрғындармен, Қарасай ауданындағы
//   Қаскелең қаласында мұғалімдермен, ал Талғар ауданында фермерлермен
//   кездесулер өтті» is three meetings, not two.
// - 443rd (a group's three districts in a day in Russian, a college's
//   student debate, border guards at an outpost, mothers of large families):
//   «…с работниками ТОО «Кордай-Агро», в Меркенском районе — с учителями …,
//   а в Шуском районе — с жителями …» (the verb left out, a dash in its
//   place) is three meetings; "a student debate" is a contest, not a meeting.
// - 444th (Baikonur's residents, a plant's young specialists, a seminar for
//   chairs of flat owners' associations, a press briefing — no outreach):
//   «в акимате города Кокшетау состоялся семинар» is held at the akimat,
//   which hosts it; «75 председателей ОСИ» are counted; «"…" ЖШС-ның жас
//   мамандарымен» are the company's workforce as well as young people.
// - 445th (2022's cotton growers at a farm, students with the regional
//   ombudsman, an open-pit mine's miners, pensioners at a house of veterans —
//   a venue, as the set has it): «"Жетісай мақта" шаруашылығында» names the
//   farm that hosts; «с уполномоченным по правам человека …» is a role in the
//   nominative, «уполномоченный …».
// - 446th (a mining combine's workers last Friday, students "last week's
//   Tuesday", pensioners at a community centre, volunteers' leaflets):
//   «Өткен аптаның сейсенбісінде» (and «во вторник на прошлой неделе», "on
//   Tuesday last week") is that day of the week before the publication's;
//   «в прошлый вторник» is read as «во вторник» is (the weekdays now in
//   weekdays.ts).
// - 447th (miners at a corporation's mine, a public council's visiting
//   session at a sugar plant, an agrofirm's farmers, fishermen at a fish
//   plant): «общественный совет Жамбылской области провел выездное
//   заседание на сахарном заводе «Тараз-Кант»» makes both hosts (a meeting
//   held at a workplace is with its workforce, whoever organised it);
//   "the Agrofirm Dievskoye" and "the Dievskoye agrofirm" name the farm.
// - 448th (entrepreneurs at a chamber's branch, cadets at a police academy,
//   returnees at an adaptation centre, a school's class hour): «в
//   Карагандинской академии МВД имени Баримбека Бейсенова» names the academy
//   and «около 200 курсантов» are counted (a cadet is no year of study,
//   «курс»); «№44 мектеп-гимназияда … сынып сағаты өтті» (a class hour, as
//   an open lesson) names the school that hosts.
// - 449th (a district's three meetings counted off, a youth forum, an online
//   meeting with rural teachers, a medical college's round table):
//   «Алғашқысы Щучинск қаласында …, екіншісі Макинск қаласында …, үшіншісі
//   Степняк қаласында … өтті» is three meetings, each at its own place (the
//   clauses of a list now in list-cuts.ts and clause-lists.ts).
// - 450th (ethnic associations at a House of Friendship, rescuers at an
//   emergencies department, a technical university's round table, villagers
//   under a city): «в Департаменте по чрезвычайным ситуациям Павлодарской
//   области» keeps its name whole; «Атырау қаласына қарасты Амангелді
//   ауылдық округінің» is a village under Atyrau, not Amangeldy District of
//   Kostanay region.
// - 451st (2022's sugar plant workers, NGOs at a civic initiatives centre, a
//   women's council before March 8, shepherds at a farm): «в Центре
//   поддержки гражданских инициатив Западно-Казахстанской области» (with
//   its region) and "The Pavlodar regional women's council held a meeting"
//   name the host.
// - 452nd (a railway branch's staff, Afghan war veterans at their union's
//   branch, a bazaar's traders, a district youth forum): «в областном
//   филиале Союза ветеранов Афганистана» hosts, as the Assembly's branch does.
// - 453rd (a smelter's collective under its company, farm workers in a
//   village, Qarmet's steelworkers, elders at a house of veterans): «"Ардагерлер
//   үйі" КММ-де» (a state institution's form, КММ) names it.
// - 454th–457th (a transformer plant, a power station, a ferroalloys plant, a
//   women's council, a university's dialogue, a coal mine, cotton growers, a
//   school-lyceum, a disability association, a port, an agrarian university,
//   a chamber, an oil field, a medical university, a college): «с членами
//   совета ветеранов» in a headline and «члены городского совета ветеранов
//   Жезказгана» below are one council, not two.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (thirty-third set)", () => {
  it("reads a society of blind or deaf people as the host, and its members as people with disabilities", () => {
    const [russian] = draftsOf(
      "Костанай, 3 марта. В Костанайском областном филиале Казахского общества слепых прошла встреча, посвященная проекту новой Конституции. С членами общества встретилась депутат областного маслихата Ирина Белова. На встречу пришли около 40 незрячих и слабовидящих людей.",
      "2026-03-04",
    );
    const [kazakh] = draftsOf(
      "Қостанай, 3 наурыз. Қазақ соқырлар қоғамының Қостанай облыстық филиалында жаңа Конституция жобасына арналған кездесу өтті. Қоғам мүшелерімен облыстық мәслихат депутаты Ирина Белова кездесті. Кездесуге көру қабілеті нашар 40-қа жуық адам қатысты.",
      "2026-03-04",
    );
    const [english] = draftsOf(
      "KOKSHETAU, Feb 28 — Members of the Akmola regional branch of the Kazakh Society of the Deaf met on Saturday with maslikhat deputy Gaukhar Temirbekova, who explained the main provisions of the draft Constitution with the help of a sign language interpreter. About 35 people attended the meeting at the society's office.",
      "2026-03-02",
    );
    const [bare] = draftsOf(
      "В Таразе с членами общества глухих встретился депутат Мажилиса Ерлан Абишев. Он рассказал о проекте новой Конституции.",
      "2026-03-05",
    );
    expect(hostsOf(russian)).toEqual(["Костанайский областной филиал Казахского общества слепых"]);
    expect(hostsOf(kazakh)).toEqual(["Қазақ соқырлар қоғамының Қостанай облыстық филиалы"]);
    expect(hostsOf(english)).toEqual(["Akmola regional branch of the Kazakh Society of the Deaf"]);
    expect(hostsOf(bare)).toEqual(["Общество глухих"]);
    expect([russian, kazakh, english, bare].map((d) => d?.audiences)).toEqual([
      ["other"],
      ["other"],
      ["other"],
      ["other"],
    ]);
    expect(russian?.audienceSize).toBe(40);
  });

  it("keeps the town a medical university is named for", () => {
    const host = (text: string) => hostsOf(draftsOf(text, "2026-03-06")[0]);
    expect(
      host(
        "5 марта в Медицинском университете Караганды прошла встреча студентов с депутатом Сената Ольгой Булавкиной по проекту новой Конституции.",
      ),
    ).toEqual(["Медицинский университет Караганды"]);
    expect(
      host("Студенты Медицинского университета Семей встретились с депутатом Мажилиса по проекту новой Конституции."),
    ).toEqual(["Медицинский университет Семей"]);
  });

  it("reads a trade union's body where a meeting was held, and a sector's workers as that sector", () => {
    const [russian] = draftsOf(
      "2 марта в областном комитете профсоюза работников образования состоялась встреча, посвященная проекту новой Конституции. С педагогами встретилась депутат Мажилиса Екатерина Смышляева.",
      "2026-03-03",
    );
    const [kazakh] = draftsOf(
      "2 наурызда облыстық білім қызметкерлері кәсіподағында жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-03",
    );
    const [english] = draftsOf(
      "The meeting on the draft Constitution was held at the regional trade union of healthcare workers on March 2.",
      "2026-03-03",
    );
    const [health] = draftsOf(
      "В Павлодаре с работниками здравоохранения обсудили проект новой Конституции. Встреча прошла 2 марта в областной больнице.",
      "2026-03-03",
    );
    expect(hostsOf(russian)).toEqual(["Областной комитет профсоюза работников образования"]);
    expect(hostsOf(kazakh)).toEqual(["Облыстық білім қызметкерлері кәсіподағы"]);
    expect(hostsOf(english)).toEqual(["Regional trade union of healthcare workers"]);
    expect(russian?.organizations[0]?.kind).toBe("trade_union");
    expect(russian?.audiences).toEqual(["teachers"]);
    expect(health?.audiences).toEqual(["medical_workers"]);
  });

  it("makes the company the host of a visit to its mine named with its possessive", () => {
    const [visit] = draftsOf(
      "ZHEZKAZGAN, March 6 — Members of a regional explanatory group visited the Kazakhmys Corporation's Annensky mine on Friday. Senator Bakytzhan Zhumagulov talked to about 120 miners about the draft Constitution.",
      "2026-03-07",
    );
    expect(hostsOf(visit)).toEqual(["Kazakhmys Corporation"]);
  });

  it("names a company by its apposition or its brand before its staff", () => {
    const [apposition] = draftsOf(
      "SHYMKENT, March 10 — A meeting on the draft Constitution took place on Tuesday at PetroKazakhstan Oil Products, the operator of the Shymkent refinery. Mazhilis deputy Bakhytzhan Ertayev spoke to around 170 employees.",
      "2026-03-11",
    );
    const [brand] = draftsOf(
      "ATYRAU, March 1 — An explanatory group met with Tengizchevroil employees at the Tengiz field on Sunday to discuss the draft Constitution.",
      "2026-03-02",
    );
    const [town] = draftsOf(
      "ATYRAU, March 1 — Senator Ivan Petrov met with Atyrau workers on Sunday to discuss the draft Constitution.",
      "2026-03-02",
    );
    expect(hostsOf(apposition)).toEqual(["PetroKazakhstan Oil Products"]);
    expect(hostsOf(brand)).toEqual(["Tengizchevroil"]);
    expect(brand?.district?.name).toBe("Zhylyoi District");
    expect(hostsOf(town)).toEqual([]);
    expect(
      hostsOf(
        draftsOf(
          "ASTANA, March 1 — Senator Ivan Petrov met with IT workers on Sunday to discuss the draft Constitution.",
          "2026-03-02",
        )[0],
      ),
    ).toEqual([]);
  });

  it("reads a field named in the text over a dateline with its date, and no event word in a Kazakh title", () => {
    const [field] = draftsOf(
      "АТЫРАУ. 1 марта на месторождении Тенгиз прошла встреча с нефтяниками по проекту новой Конституции.",
      "2026-03-02",
    );
    const [dialogue] = draftsOf(
      "21 ақпанда Тараз агротехникалық колледжінде студенттермен жаңа Конституция жобасы бойынша ашық диалог өтті. Диалогқа облыстық жастар саясаты басқармасының басшысы Алмас Төлеуов қатысты.",
      "2026-02-22",
    );
    expect(field?.district?.name).toBe("Zhylyoi District");
    expect(dialogue?.speakers.map((s) => s.role)).toEqual(["облыстық жастар саясаты басқармасының басшысы"]);
  });

  it("reads a Kazakh list of with-whom clauses at their places as a meeting each", () => {
    const drafts = draftsOf(
      "Қонаев, 25 ақпан. Жаңа Конституция жобасын түсіндіру жөніндегі облыстық топ бүгін үш ауданда болды. Іле ауданының Өтеген батыр кентінде тұрғындармен, Қарасай ауданындағы Қаскелең қаласында мұғалімдермен, ал Талғар ауданында фермерлермен кездесулер өтті.",
      "2026-02-26",
    );
    expect(drafts.map((d) => [d.district?.name, d.audiences])).toEqual([
      ["Ile District", ["residents"]],
      ["Karasai District", ["teachers"]],
      ["Talgar District", ["labour_collective"]],
    ]);
  });

  it("reads a Russian list whose verb is left out, a dash in its place, as a meeting each", () => {
    const drafts = draftsOf(
      "Тараз. 20 февраля члены областной группы по проекту новой Конституции побывали в трех районах. В Кордайском районе они встретились с работниками ТОО «Кордай-Агро», в Меркенском районе — с учителями средней школы имени Абая, а в Шуском районе — с жителями села Толе би.",
      "2026-02-21",
    );
    const [debate] = draftsOf(
      "TALDYKORGAN, Feb 23 — The Zhetysu Higher Polytechnic College hosted a student debate on the draft Constitution on Monday. Four teams of second-year students argued over the new provisions on the Kurultai. The debate was judged by lawyer Saule Bekova and Zhetysu University lecturer Ruslan Temirov. Some 120 students watched.",
      "2026-02-24",
    );
    expect(drafts.map((d) => [d.district?.name, d.audiences, hostsOf(d)])).toEqual([
      ["Kordai District", ["labour_collective"], ["ТОО «Кордай-Агро»"]],
      ["Merke District", ["teachers"], ["Школа имени Абая"]],
      ["Shu District", ["residents"], []],
    ]);
    expect(debate?.format).toBe("other");
  });

  it("reads a seminar held at an akimat as the akimat's, and a company's young specialists as its workforce", () => {
    const [seminar] = draftsOf(
      "2 марта в акимате города Кокшетау состоялся семинар для председателей объединений собственников имущества, посвященный проекту новой Конституции. В семинаре приняли участие 75 председателей ОСИ.",
      "2026-03-03",
    );
    const [young] = draftsOf(
      "Павлодар, 22 ақпан. «Павлодар мұнай-химия зауыты» ЖШС-ның жас мамандарымен жаңа Конституция жобасы бойынша кездесу ұйымдастырылды. Жиынға 60 жас маман қатысты.",
      "2026-02-23",
    );
    expect(hostsOf(seminar)).toEqual(["Акимат города Кокшетау"]);
    expect(seminar?.audienceSize).toBe(75);
    expect(young?.audiences).toEqual(["labour_collective", "youth"]);
  });

  it("reads a quoted farm by its kind, and an ombudsman's title in the nominative", () => {
    const [farm] = draftsOf(
      "Мақтаарал ауданы, 17 мамыр. Аудандағы «Жетісай мақта» шаруашылығында диқандармен Конституцияға өзгерістер енгізу туралы референдумға арналған кездесу болды.",
      "2022-05-18",
    );
    const [students] = draftsOf(
      "27 февраля в Жетысуском университете имени Ильяса Жансугурова прошла встреча студентов с уполномоченным по правам человека в области Жетісу Айгерим Тулегеновой. Она рассказала о главе проекта новой Конституции, посвященной правам человека.",
      "2026-02-28",
    );
    expect(farm?.organizations.map((o) => [o.name, o.kind])).toEqual([["«Жетісай мақта» шаруашылығы", "enterprise"]]);
    expect(students?.speakers.map((s) => s.role)).toEqual(["уполномоченный по правам человека в области Жетісу"]);
  });

  it("reads a weekday of last week against the week before the publication's", () => {
    // (Published on Wednesday, February 25: last week's Tuesday is the 17th, "last Tuesday" the 24th.)
    const dateOf = (text: string) => draftsOf(text, "2026-02-25")[0]?.date;
    expect(
      dateOf(
        "Өткен аптаның сейсенбісінде Қ.Жұбанов атындағы Ақтөбе өңірлік университетінде студенттермен жаңа Конституция жобасы бойынша кездесу өтті.",
      ),
    ).toBe("2026-02-17");
    expect(dateOf("Во вторник на прошлой неделе в школе №5 прошла встреча по проекту новой Конституции.")).toBe(
      "2026-02-17",
    );
    expect(dateOf("On Tuesday last week, residents met a deputy to discuss the draft Constitution.")).toBe(
      "2026-02-17",
    );
    expect(dateOf("В прошлый вторник в школе №5 прошла встреча по проекту новой Конституции.")).toBe("2026-02-24");
  });

  it("makes both the organiser and the workplace where it was held hosts, and names an agrofirm", () => {
    const [session] = draftsOf(
      "26 февраля общественный совет Жамбылской области провел выездное заседание на сахарном заводе «Тараз-Кант», посвященное проекту новой Конституции. Члены совета и работники предприятия обсудили положения проекта.",
      "2026-02-27",
    );
    const farm = (text: string) => hostsOf(draftsOf(text, "2026-03-04")[0]);
    expect(hostsOf(session)).toEqual(["«Тараз-Кант»", "Общественный совет Жамбылской области"]);
    expect(
      farm(
        "KOSTANAY, March 3 — Farmers and machine operators of the Agrofirm Dievskoye in Kostanay district met on Tuesday with a regional maslikhat deputy to discuss the draft Constitution.",
      ),
    ).toEqual(["Agrofirm Dievskoye"]);
    expect(
      farm("KOSTANAY, March 3 — Farmers of the Dievskoye agrofirm met a deputy to discuss the draft Constitution."),
    ).toEqual(["Dievskoye agrofirm"]);
  });

  it("names a police academy and counts its cadets, and a school where a class hour was held", () => {
    const [academy] = draftsOf(
      "23 февраля в Карагандинской академии МВД имени Баримбека Бейсенова для курсантов прошла лекция, посвященная проекту новой Конституции. Присутствовали около 200 курсантов.",
      "2026-02-24",
    );
    const [lesson] = draftsOf(
      "11 наурызда Өскемен қаласындағы №44 мектеп-гимназияда жоғары сынып оқушыларымен жаңа Конституция жобасына арналған сынып сағаты өтті.",
      "2026-03-12",
    );
    expect(hostsOf(academy)).toEqual(["Карагандинская академия МВД имени Баримбека Бейсенова"]);
    expect(academy?.audienceSize).toBe(200);
    expect(hostsOf(lesson)).toEqual(["№44 мектеп-гимназия"]);
  });

  it("reads the meetings a report counts off, each at its own place, as a meeting each", () => {
    const drafts = draftsOf(
      "Көкшетау, 15 ақпан. Облыста өткен аптада жаңа Конституция жобасы бойынша үш кездесу болды. Алғашқысы Щучинск қаласындағы мәдениет үйінде, екіншісі Макинск қаласындағы мектепте, үшіншісі Степняк қаласындағы клубта өтті.",
      "2026-02-16",
    );
    expect(drafts.map((d) => d.district?.name)).toEqual([
      "Burabay District",
      "Bulandy District",
      "Birzhan Sal District",
    ]);
  });

  it("keeps a department «по …» whole, and reads a village under a town of another region as the town's", () => {
    const [rescuers] = draftsOf(
      "2 марта в Департаменте по чрезвычайным ситуациям Павлодарской области прошла встреча личного состава с депутатом областного маслихата Андреем Сидоровым. Он рассказал спасателям о проекте новой Конституции.",
      "2026-03-03",
    );
    const [village] = draftsOf(
      "Атырауда «Амангелді» ауылының тұрғындарымен кездесу өтті\n\n10 наурызда Атырау қаласына қарасты Амангелді ауылдық округінің мәдениет үйінде тұрғындармен жаңа Конституция жобасы бойынша кездесу болды.",
      "2026-03-11",
    );
    expect(hostsOf(rescuers)).toEqual(["Департамент по чрезвычайным ситуациям Павлодарской области"]);
    expect([village?.region, village?.district?.name]).toEqual(["KZ-23", "Atyrau"]);
  });

  it("names a civic initiatives centre with its region, and a women's council that held a meeting", () => {
    const [centre] = draftsOf(
      "24 февраля в Центре поддержки гражданских инициатив Западно-Казахстанской области состоялся круглый стол с участием представителей неправительственных организаций по проекту новой Конституции.",
      "2026-02-25",
    );
    const [council] = draftsOf(
      "PAVLODAR, March 6 — The Pavlodar regional women's council held a meeting on the draft Constitution on Friday. Mazhilis deputy Irina Smirnova spoke to around 80 women.",
      "2026-03-07",
    );
    expect(hostsOf(centre)).toEqual(["Центр поддержки гражданских инициатив Западно-Казахстанской области"]);
    expect(hostsOf(council)).toEqual(["Pavlodar regional women's council"]);
  });

  it("reads an association's branch where it was held as the host", () => {
    const [veterans] = draftsOf(
      "27 февраля в областном филиале Союза ветеранов Афганистана состоялась встреча, посвященная проекту новой Конституции. С ветеранами встретился заместитель акима области Нурлыбек Налибаев.",
      "2026-02-28",
    );
    expect(hostsOf(veterans)).toEqual(["Областной филиал Союза ветеранов Афганистана"]);
  });

  it("reads a Kazakh state institution's form after its quoted name", () => {
    const [elders] = draftsOf(
      "11 наурызда Қызылорда қаласындағы «Ардагерлер үйі» КММ-де жаңа Конституция жобасы бойынша кездесу болды. Жиынға 60 ардагер қатысты.",
      "2026-03-12",
    );
    expect(elders?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["«Ардагерлер үйі» КММ", "host", "public_body"],
    ]);
  });

  it("reads a council named shortly in a headline and in full below as one", () => {
    const [veterans] = draftsOf(
      "В Жезказгане встретились с членами совета ветеранов\n\n26 февраля члены городского совета ветеранов Жезказгана встретились с депутатом Сената Нурлыбеком Нуржановым. Он разъяснил ветеранам положения проекта новой Конституции.",
      "2026-02-27",
    );
    expect(veterans?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Городской совет ветеранов Жезказгана", "host"],
    ]);
  });
});
