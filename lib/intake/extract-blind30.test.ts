// What the blind batches caught in the thirty-sixth session, one general
// cause each (the 351st–363rd are in extract-blind29.test.ts):
// - 364th (a petrochemical plant's workers, a sea port's dockers, a drama
//   theatre's actors, a district's rice farmers, 2022's pensioners at a
//   veterans' council): «в драматическом театре имени Абая» is the drama
//   theatre named after Abai, its kind part of its name (so «в региональной
//   филармонии имени Жамбыла»); «Кездесуге 80-ге жуық портшы қатысты» counts
//   80 who came, whatever people its one word names («12 мектеп», schools,
//   are not people).
// - 365th (a refinery's workers, a city hospital's doctors, a mining college,
//   pensioners at a centre of active longevity, coal miners at an open pit):
//   "Miners of the Bogatyr open pit" (a pit or a quarry in lower case, as a
//   mine or a plant) is where they work, which hosts.
// - 366th (a machine-building plant, a party's youth wing at a university, a
//   power station, entrepreneurs at a chamber's regional branch, 2022's
//   railway workers): «… палатасының өңірлік филиалында» (regional, as
//   «облыстық») hosts; "The youth wing of the AMANAT party, Zhastar Rukhy,
//   held …" is the party's, which hosts, as its branches do; "Lawyer Saule
//   Zhakenova told …" gives her role in lower case, as English writes it
//   (a "Senator" before a name keeps its capital).
// - 367th (a polyclinic in the Latin script, a district's farmers at a house
//   of culture, a conference at a university, mothers of large families, an
//   election commission's preparations — no outreach): «Oral qalalyq №3
//   emhanasynda» (a polyclinic by its number in the Latin script) hosts, and
//   «medısına qyzmetkerleri», «dárigerler men meıirbıkeler» are medical
//   workers, as in the Cyrillic script.
// - 368th (a zinc company's mining complex, a village school's teachers,
//   cotton growers in a village, a regional police department, oil workers
//   at a palace of culture): «№1 жалпы білім беретін мектебінде» (the «п» of
//   «мектеп» voiced before its ending) hosts; «в Департаменте полиции
//   Акмолинской области состоялась встреча» (a state body by its name, where
//   it was) hosts; «Аудандық мәслихат хатшысы …», «Мектеп директоры …» give
//   the role in lower case; «сөзді қалалық мәслихат депутаты Х-қа берді» (gave
//   the floor to) is no part of the role.
// - 369th (a copper smelter, a sugar plant, a power station's company, women
//   at a town's house of culture, law students at a national university):
//   «… мәдениет үйінде әйелдер кеңесінің ұйымдастыруымен» names the women's
//   council that organised it (its words after where it was are its name,
//   though in lower case), not a bare «Кеңесі».
// - 370th–371st (villagers, oil workers at a field camp, a regional hospital,
//   the Assembly's members at the Friendship House, a university's debate;
//   a steel company, a chrysotile company, a medical college, a party youth
//   wing's branch, an information point at a railway station):
//   "Steelworkers of Qarmet JSC" are the company's staff, and the company is
//   "Qarmet JSC"; "An information point … opened" is an event of the kind
//   "other", as an information tent is. (Left alone: the passengers it spoke
//   to are not read as its audience — the set's leaflet actions count those
//   who handed them out — so the station's workforce is.)
// - 372nd–373rd (a refinery, a medical university's lecturers, a town's
//   veterans, farm heads in a rural district, a flash mob; a titanium
//   combine, a university's students, fishermen in a village, trade union
//   activists, a chromium plant): «Жамбыл облыстық кәсіподақтар
//   орталығында» (a trade unions' centre, as a veterans' council) hosts, a
//   trade union; "Members of the Constitutional Commission X and Y met …"
//   gives each the role in lower case. (Left alone: «в Медицинском
//   университете Семей» loses its undeclined town; "at the Baikonur town
//   veterans' council" is no host, as "at the city veterans' council" an
//   akimat held a meeting at is not.)
// - 374th–375th (a mobile group's three villages, three deputies' meetings in
//   a day, a district akim's two meetings; a Telegram post from a chromium
//   combine, Afghan war veterans, a law students' legal clinic): a post's
//   «Қатысушылар саны: 120-дан астам» is more than 120, an estimate;
//   «Присутствовали 35 воинов-интернационалистов» counts 35. (Left alone:
//   "both deputies met residents" names no speakers of its own.)
// - 376th–377th (a copper smelter's company, an oil field's contractors, a
//   regional chamber, a transformer plant, a children's hospital; a mine of a
//   steel company's coal department, a border detachment, a bazaar's
//   traders): «на шахте «Шахтинская» угольного департамента АО «Qarmet»» is
//   the mine and the company, never «… угольного департамента АО» (a Russian
//   form before a quoted name is that name's); «"Жаркент" шекара отрядында»
//   (a border detachment, a state body) hosts; "Chief physician …" opening a
//   sentence is written in lower case. (Left alone: Aksai, a district's
//   centre named unlike its district, is in no reference, so the headline's
//   Uralsk places the meeting.)
// - 378th–379th (a desalination plant's company, a humanitarian college, a
//   copper mine, young specialists at a youth centre; a university's
//   lecturers, a microdistrict's residents at a school, a regional women's
//   council, a meat plant): "teachers of Shokan Ualikhanov university" (a
//   university named after him, in a headline) names no speaker. (Left alone:
//   «Жастар орталығында» with its case ending inside the quotes is not found.)
// - 380th (a water company, a mining and processing combine, imams at a
//   mosque, a medical college's students): "at the Khoja Akhmet Yassawi
//   mosque" (its imams' place, in lower case as a plant is) hosts, of the
//   kind "other" as «мешіті» is.
// - 381st (a bearing plant, grain farmers at a farm, a seminar for rural
//   akims): «облыс әкімдігінің ұйымдастыруымен» names a state body (its «к»
//   voiced before the ending, «әкімдігі», as «әкімдік» is one).
// - 382nd (a ferroalloy plant, oil workers at a house of culture, Afghan war
//   veterans): "at the regional branch of the Union of Afghanistan Veterans"
//   (an association's branch, as the Assembly's) hosts.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (thirtieth set)", () => {
  it("names a theatre or a concert hall with its kind, in the nominative", () => {
    const [theatre, hall] = [
      "2 марта в драматическом театре имени Абая в Семее прошла встреча актёров с членом разъяснительной группы Маратом Оспановым по проекту новой Конституции.",
      "2 марта в областной филармонии имени Жамбыла в Таразе прошла встреча музыкантов с членом разъяснительной группы Маратом Оспановым по проекту новой Конституции.",
    ].map((text) => draftsOf(text, "2026-03-03")[0]);
    expect(theatre?.organizations.map((o) => o.name)).toEqual(["Драматический театр имени Абая"]);
    expect(hall?.organizations.map((o) => o.name)).toEqual(["Областная филармония имени Жамбыла"]);
  });

  it("counts who came by the one word before the Kazakh verb, not schools", () => {
    const [dockers, schools] = ["Кездесуге 80-ге жуық портшы қатысты.", "Кездесуге 12 мектеп қатысты."].map(
      (count) =>
        draftsOf(
          `24 ақпанда Ақтау теңіз портында жаңа Конституция жобасы бойынша кездесу өтті. Облыстық мәслихат депутаты Асқар Жұмабаев еңбек құқықтары туралы айтты. ${count}`,
          "2026-02-25",
        )[0],
    );
    expect([dockers?.audienceSize, dockers?.audienceEstimate]).toEqual([80, true]);
    expect(schools?.audienceSize).toBeNull();
  });

  it("reads a pit or a quarry as a workplace, which hosts", () => {
    const [pit] = draftsOf(
      "Miners of the Bogatyr open pit in Ekibastuz met regional maslikhat deputy Kairat Dzhaksybekov on March 9 to discuss the draft Constitution.",
      "2026-03-10",
    );
    expect(pit?.organizations.filter((o) => o.role === "host").map((o) => o.name)).toEqual(["Bogatyr open pit"]);
  });

  it("reads a chamber's regional branch in Kazakh as where it was", () => {
    const [chamber] = draftsOf(
      "Түркістан қаласында «Атамекен» ұлттық кәсіпкерлер палатасының өңірлік филиалында кәсіпкерлермен жаңа Конституция жобасы бойынша дөңгелек үстел өтті.",
      "2026-03-07",
    );
    expect(chamber?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["«Атамекен» ұлттық кәсіпкерлер палатасының өңірлік филиалы", "host"],
    ]);
  });

  it("reads a party's youth wing as the party, which hosts", () => {
    const [debate] = draftsOf(
      "The youth wing of the AMANAT party, Zhastar Rukhy, held a meeting for students of Atyrau University on February 25 to discuss the draft Constitution.",
      "2026-02-26",
    );
    expect(debate?.organizations.find((o) => o.name === "AMANAT")?.role).toBe("host");
  });

  it("writes an English role that opened its sentence in lower case", () => {
    const [meeting] = draftsOf(
      "On May 27 members of the regional information group met railway workers in Aktobe. Lawyer Saule Zhakenova told them about the amendments to the Constitution put to the referendum.",
      "2022-05-30",
    );
    expect(meeting?.speakers.map((p) => p.role)).toEqual(["lawyer"]);
  });

  it("reads a numbered polyclinic and its medical workers in the Latin script", () => {
    const [clinic] = draftsOf(
      "26 aqpanda Oral qalalyq №3 emhanasynda jańa Konstıtýsıa jobasy boıynsha túsindirý kezdesýi boldy. Dárigerler men meıirbıkelerge oblystyq máslıhattyń depýtaty Aıgúl Nurmanova ata zańnyń normalaryn túsindirdi. Kezdesýge 50-ge jýyq medısına qyzmetkeri qatysty.",
      "2026-02-27",
    );
    expect(clinic?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([["№3 emhana", "host", "other"]]);
    expect(clinic?.audiences).toEqual(["medical_workers"]);
  });

  it("reads a numbered school whose «п» is voiced before its ending", () => {
    const [school] = draftsOf(
      "Топар кентінің №1 жалпы білім беретін мектебінде ұстаздармен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 40 мұғалім қатысты.",
      "2026-02-24",
    );
    expect(school?.organizations.map((o) => [o.name, o.role])).toEqual([["№1 жалпы білім беретін мектеп", "host"]]);
  });

  it("reads a state body by its name where the meeting was as its host", () => {
    const [police] = draftsOf(
      "4 марта в Департаменте полиции Акмолинской области состоялась встреча личного состава с адвокатом Канатом Жумабековым по проекту новой Конституции.",
      "2026-03-05",
    );
    expect(police?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Департамент полиции Акмолинской области", "host", "public_body"],
    ]);
  });

  it("writes a Kazakh role that opened its sentence in lower case, without the floor given", () => {
    const [meeting] = draftsOf(
      "Сәтбаев қаласындағы №5 мектепте жаңа Конституция жобасы бойынша кездесу өтті. Мектеп директоры Райхан Оспанова жиынды ашып, сөзді қалалық мәслихат депутаты Ғалым Жақсылықовқа берді. Аудандық мәслихат хатшысы Бауыржан Қасымов ата заң нормаларын түсіндірді.",
      "2026-03-04",
    );
    expect(meeting?.speakers.map((p) => p.role)).toEqual([
      "мектеп директоры",
      "қалалық мәслихат депутаты",
      "аудандық мәслихат хатшысы",
    ]);
  });

  it("names a body in lower case that organised it after where it was", () => {
    const [women] = draftsOf(
      "Қонаев қаласының мәдениет үйінде әйелдер кеңесінің ұйымдастыруымен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 120 әйел қатысты.",
      "2026-03-06",
    );
    expect(women?.organizations.map((o) => [o.name, o.role])).toEqual([["Әйелдер кеңесі", "host"]]);
  });

  it("reads steelworkers as a company's staff, and an information point as an event", () => {
    const [steel] = draftsOf(
      "Steelworkers of Qarmet JSC gathered in Temirtau on Tuesday to hear Senator Nurlan Bekenov explain the draft Constitution.",
      "2026-02-18",
    );
    expect(steel?.organizations.map((o) => o.name)).toEqual(["Qarmet JSC"]);
    const [point] = draftsOf(
      "An information point on the March 15 referendum on the new Constitution opened in the centre of Petropavl on Friday.",
      "2026-03-14",
    );
    expect(point?.format).toBe("other");
  });

  it("reads a regional trade unions' centre where it was as its host", () => {
    const [unions] = draftsOf(
      "Жамбыл облыстық кәсіподақтар орталығында кәсіподақ белсенділерімен жаңа Конституция жобасы бойынша кездесу өтті. Кәсіподақтар орталығының төрағасы Марат Бекжанов еңбек құқықтарына қатысты нормаларды түсіндірді.",
      "2026-03-05",
    );
    expect(unions?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Жамбыл облыстық кәсіподақтар орталығы", "host", "trade_union"],
    ]);
    expect(unions?.speakers.map((p) => p.role)).toEqual(["кәсіподақтар орталығының төрағасы"]);
  });

  it("writes each role of a plural title opening the sentence in lower case", () => {
    const [students] = draftsOf(
      "Members of the Constitutional Commission Yerlan Aukenov and Sholpan Kassymova met students of Nazarbayev University in Astana on February 21 to discuss the draft Constitution.",
      "2026-02-23",
    );
    expect(students?.speakers.map((p) => p.role)).toEqual([
      "member of the Constitutional Commission",
      "member of the Constitutional Commission",
    ]);
  });

  it("reads a post's participant count with its Kazakh 'more than', and counts soldiers", () => {
    const [post] = draftsOf(
      "📍 Хромтау қаласы\n📅 25 ақпан\n\nДөң тау-кен байыту комбинатында кеншілермен жаңа Конституция жобасы бойынша кездесу өтті.\n\n👥 Қатысушылар саны: 120-дан астам",
      "2026-02-26",
    );
    expect([post?.audienceSize, post?.audienceEstimate]).toEqual([120, true]);
    const [veterans] = draftsOf(
      "Встреча с ветеранами войны в Афганистане по проекту новой Конституции прошла 2 марта в Таразе. Присутствовали 35 воинов-интернационалистов.",
      "2026-03-03",
    );
    expect(veterans?.audienceSize).toBe(35);
  });

  it("gives a Russian legal form before a quoted name to that name, not to the words before it", () => {
    const [mine] = draftsOf(
      "20 февраля на шахте «Шахтинская» угольного департамента АО «Qarmet» прошла встреча горняков по проекту новой Конституции.",
      "2026-02-21",
    );
    expect(mine?.organizations.map((o) => [o.name, o.role])).toEqual([
      ["Шахта «Шахтинская»", "host"],
      ["АО «Qarmet»", "participant"],
    ]);
  });

  it("reads a quoted border detachment as a state body that hosts", () => {
    const [border] = draftsOf(
      "Жетісу облысындағы «Жаркент» шекара отрядында әскери қызметшілермен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге 60 шекарашы қатысты.",
      "2026-02-25",
    );
    expect(border?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["«Жаркент» шекара отряды", "host", "public_body"],
    ]);
  });

  it("writes a chief physician's role that opened its sentence in lower case", () => {
    const [hospital] = draftsOf(
      "A meeting on the draft Constitution was held on March 5 at the Pavlodar regional children's hospital. Chief physician Zhanar Baitursynova spoke about the right to health care.",
      "2026-03-06",
    );
    expect(hospital?.speakers.map((p) => p.role)).toEqual(["chief physician"]);
  });

  it("reads a name before 'university' as its namesake, no speaker", () => {
    const [lecturers] = draftsOf(
      "Kokshetau: teachers of Shokan Ualikhanov university meet judge\n\nLecturers of Kokshetau University met Constitutional Court judge Bakyt Nurmukhanov on February 19 to discuss the draft Constitution.",
      "2026-02-20",
    );
    expect(lecturers?.speakers.map((p) => p.name)).toEqual(["Bakyt Nurmukhanov"]);
  });

  it("reads a mosque in English as where its imams met", () => {
    const [imams] = draftsOf(
      "Imams of mosques in Turkistan region met officials on March 1 at the Khoja Akhmet Yassawi mosque to discuss the draft Constitution.",
      "2026-03-02",
    );
    expect(imams?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Khoja Akhmet Yassawi mosque", "host", "other"],
    ]);
  });

  it("reads an akimat in Kazakh with its voiced «г» as a state body", () => {
    const [seminar] = draftsOf(
      "4 наурызда Қонаев қаласында облыс әкімдігінің ұйымдастыруымен жаңа Конституция жобасы бойынша семинар өтті.",
      "2026-03-05",
    );
    expect(seminar?.organizations.map((o) => [o.name, o.kind])).toEqual([["Облыс әкімдігі", "public_body"]]);
  });

  it("reads an association's regional branch in English as where it was", () => {
    const [veterans] = draftsOf(
      "Veterans of the war in Afghanistan met a deputy at the regional branch of the Union of Afghanistan Veterans in Taldykorgan on March 2 to discuss the draft Constitution.",
      "2026-03-03",
    );
    expect(veterans?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Regional branch of the Union of Afghanistan Veterans", "host", "ngo"],
    ]);
  });
});
