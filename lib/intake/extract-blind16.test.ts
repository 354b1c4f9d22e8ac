// What the blind batches from the hundred-and-seventy-first on caught (the
// twenty-sixth session), one general cause each:
// - 171st–172nd (a depot, a region's week, a week's post of dated lines): «2
//   марта — встреча с работниками …» / «3 марта — беседа со студентами …» are
//   two meetings, though no lead with a colon announces the list.
// - 173rd–174th (a rail plant, lawyers at a hospital, a youth forum): «ата Заң
//   жобасы» is the 2026 draft; "a group of lawyers visited the hospital" names
//   who came to speak, not the audience.
// - 175th–176th (a power plant, pensioners, rice growers): «На Экибастузской
//   ГРЭС-2 состоялась встреча энергетиков» counts no two energy workers.
// - 177th (parents, soldiers, a post with its speakers first, a metallurgical
//   plant): «Игорем Смирновым» is Igor («Игорь»); «Спикеры: …» titles nothing;
//   «Кәсіпорын ұжымымен Парламент Сенатының депутаты» is no part of the title.
// - 178th–179th (a university, a citizens' reception, two mines): «Сәтбаев
//   қаласында да осындай кездесу болды» is one more meeting in another town
//   (Kazakh counts a tally in the singular only after a number); «Жүздесуге
//   облыс әкімінің орынбасары» is no part of the title; an akim's reception of
//   citizens where he explained the draft is outreach.
// - 180th–181st (a page with a student's quote, a press office's miners' meeting,
//   an embassy, an online meeting, a town in a district): «– деді экскаватор
//   машинисі …» came to listen; "the new provisions on education and youth" are
//   no audience; "The Embassy of Kazakhstan in Turkey" is not Emba; «Целиноград
//   ауданында Қосшы қаласының тұрғындарымен» was in Kosshy.
// - 182nd–184th (relative days, the vote's day, an akim's sitting, a briefing,
//   precinct commissions): a member of the Constitutional Commission speaks of
//   2026's draft; an akim's sitting on the spring fieldwork that only reminds of
//   the outreach is none, nor is training precinct commissions in the voting.
// - 185th–188th (a plant's discussion with a lead about the draft's history, a
//   company's information session, two villages on two days): «жоба
//   жалпыхалықтық талқылауға 20 қаңтарда ұсынылды, содан бері … кездесу өтті»
//   dates no meeting; "an information session" is a meeting; «депутаты Қанат
//   Сейітқали Ақкөл ауылының …» is a name before a place; «В четверг аналогичная
//   встреча прошла в селе …» is one more meeting, with the audience of the one
//   before (as «осындай кездесу» and "a similar meeting").
// - 189th–192nd (2022's reports, Kazakh verbs of meeting): a report out before a
//   vote, whatever its words, is of that vote's campaign («Конституцияға
//   енгізілетін өзгерістер» are 2022's in any case); "Doctor of Law" is a title;
//   «жұмысшыларымен жолықты» met them; «қала тұрғындары бас қосты» gathered.
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (sixteenth set)", () => {
  it("reads a post's dated lines as one meeting each", () => {
    const drafts = draftsOf(
      "Неделя разъяснительной работы по проекту Конституции в Атырау\n\n✅ 2 марта — встреча с работниками АО «Эмбамунайгаз», спикер — депутат Мажилиса Аскар Шамшиев\n✅ 3 марта — беседа со студентами Атырауского университета нефти и газа, спикер — ректор Бауыржан Шахмов",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.date, d.audiences, hostsOf(d), d.speakers.map((s) => s.name)])).toEqual([
      ["2026-03-02", ["labour_collective"], ["АО «Эмбамунайгаз»"], ["Аскар Шамшиев"]],
      ["2026-03-03", ["students"], ["Атырауский университет нефти и газа"], ["Бауыржан Шахмов"]],
    ]);
  });

  it("dates the Kazakh draft Basic Law to the 2026 campaign, and leaves a visiting group out of the audience", () => {
    const [veterans] = draftsOf(
      "Маңғыстау облысы Бейнеу ауданында «AMANAT» партиясы аудандық филиалының төрағасы Ержан Өтебаев ардагерлермен кездесу өткізді. Кездесуде ата Заң жобасы талқыланды.",
      "2026-03-03",
    );
    expect([veterans?.campaign, veterans?.uncertain.includes("campaign")]).toEqual(["referendum-2026", false]);
    const [hospital] = draftsOf(
      "KARAGANDA. A group of lawyers visited the Shakhtinsk town hospital on Monday to explain the draft Constitution to medical staff. Around 45 doctors and nurses attended.",
      "2026-03-02",
    );
    expect(hospital?.audiences).toEqual(["medical_workers"]);
  });

  it("counts no audience in a power plant's number", () => {
    const [d] = draftsOf(
      "ЭКИБАСТУЗ. На Экибастузской ГРЭС-2 состоялась встреча энергетиков с членом Конституционной комиссии Еркином Абеновым. Во встрече участвовали 130 работников станции.",
      "2026-03-07",
    );
    expect(d?.audienceSize).toBe(130);
  });

  it("names Igor in the nominative, titles a post by its meeting, and leaves whom a senator met out of his title", () => {
    const [guard] = draftsOf(
      "В воинской части 5512 Национальной гвардии в Петропавловске прошла встреча военнослужащих с депутатом Мажилиса Игорем Смирновым по проекту новой Конституции.",
      "2026-03-05",
    );
    expect(guard?.speakers.map((s) => s.name)).toEqual(["Игорь Смирнов"]);
    const [post] = draftsOf(
      "Спикеры: аким города Кентау Мурат Ахметов, юрист Гульнара Сапарова.\nВчера в Кентау прошла встреча с работниками трансформаторного завода. Обсуждался проект новой Конституции.",
      "2026-03-03",
    );
    expect(post?.title).toBe("Вчера в Кентау прошла встреча с работниками трансформаторного завода.");
    const [plant] = draftsOf(
      "Өскемен қаласында «Үлбі металлургиялық зауыты» АҚ-да жаңа Конституция жобасы бойынша кездесу болды. Кәсіпорын ұжымымен Парламент Сенатының депутаты Ақылбек Күрішбаев кездесті.",
      "2026-03-02",
    );
    expect(plant?.speakers.map((s) => s.role)).toEqual(["Парламент Сенатының депутаты"]);
  });

  it("reads a similar meeting in another Kazakh town as one more, and a citizens' reception as outreach", () => {
    const drafts = draftsOf(
      "Жезқазған қаласында «Қазақмыс корпорациясы» ЖШС кеншілерімен жаңа Конституция жобасы бойынша жүздесу өтті. Жүздесуге облыс әкімінің орынбасары Жандос Әбішев қатысты.\nСәтбаев қаласында да осындай кездесу болды.",
      "2026-03-10",
    );
    expect(drafts.map((d) => d.district?.name)).toEqual(["Zhezkazgan", "Satpayev"]);
    expect(drafts[0]?.speakers.map((s) => s.role)).toEqual(["облыс әкімінің орынбасары"]);
    const reception = articleOf(
      "В Аксу Павлодарской области аким города Марат Жакупов провел прием граждан, на котором также разъяснил положения проекта новой Конституции. На прием пришли 25 человек.",
      "2026-03-13",
    );
    expect([reception.isOutreach, reception.drafts[0]?.audienceSize]).toEqual([true, 25]);
  });

  it("leaves a quoted excavator operator and a topic out of who spoke and who came", () => {
    const [miners] = draftsOf(
      "5 наурызда Екібастұз қаласында «Богатырь Көмір» ЖШС кеншілерімен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге Мәжіліс депутаты Ерлан Сайров қатысты.\n– Жоба жұмысшылардың мүддесін қорғайды, – деді экскаватор машинисі Нұрлан Қабдешев.",
      "2026-03-06",
    );
    expect(miners?.speakers.map((s) => s.name)).toEqual(["Ерлан Сайров"]);
    const [university] = draftsOf(
      "An explanatory meeting on the draft new Constitution was held at Kostanay Regional University on 4 March. Deputy akim of the region Yerlan Ibraimov told about 150 students and teachers about the new provisions on education and youth.",
      "2026-03-05",
    );
    expect(university?.audiences).toEqual(["students", "teachers"]);
  });

  it("places an embassy's meeting nowhere in Kazakhstan, and a town named in a district in the town", () => {
    const [embassy] = draftsOf(
      "The Embassy of Kazakhstan in Turkey held a meeting with Kazakh compatriots living in Istanbul to discuss the draft new Constitution.",
      "2026-03-04",
    );
    expect([embassy?.region, embassy?.locality]).toEqual([null, null]);
    const [kosshy] = draftsOf(
      "Ақмола облысының Целиноград ауданында Қосшы қаласының тұрғындарымен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-06",
    );
    expect(kosshy?.district?.name).toBe("Kosshy");
  });

  it("dates the Constitutional Commission to 2026, and reads no outreach in a sitting or a commissions' seminar", () => {
    const [commission] = draftsOf(
      "На прошлой неделе в Хромтау прошла встреча горняков Донского ГОКа с членом Конституционной комиссии Нурланом Бекмагамбетовым.",
      "2026-03-02",
    );
    expect(commission?.uncertain).not.toContain("campaign");
    const sitting = articleOf(
      "Аким Костанайской области Кумар Аксакалов провел совещание по вопросам подготовки к весенне-полевым работам. В совещании приняли участие руководители районов. Также аким напомнил о важности разъяснительной работы по проекту новой Конституции.",
      "2026-03-03",
    );
    expect(sitting.isOutreach).toBe(false);
    const seminar = articleOf(
      "Representatives of the Kostanay regional territorial commission on the referendum met with members of precinct commissions to discuss the voting procedure. About 200 precinct commission members attended the seminar.",
      "2026-03-06",
    );
    expect(seminar.isOutreach).toBe(false);
  });

  it("dates no meeting by the draft's submission, and reads an information session as a meeting", () => {
    const [plant] = draftsOf(
      "Семей қаласында «Семей инжиниринг» АҚ ұжымымен жаңа Конституция жобасын талқылау өтті.\n\nЖиынды облыс әкімінің орынбасары Әсет Мұхамеджанов ашты. Ол Конституция жобасы жалпыхалықтық талқылауға 20 қаңтарда ұсынылғанын, содан бері облыста 2 мыңнан астам кездесу өткенін айтты.",
      "2026-03-11",
    );
    expect([plant?.date, plant?.datePrecision]).toEqual(["2026-03-11", "on_or_before"]);
    const [session] = draftsOf(
      "Kazatomprom held an information session on the draft Constitution for employees of its subsidiaries in Kyzylorda region on 5 March. More than 1,200 employees took part in person and online.",
      "2026-03-06",
    );
    expect([session?.format, session?.date]).toEqual(["meeting", "2026-03-05"]);
  });

  it("reads a Kazakh name before a place, and a similar meeting on the next day with the same audience", () => {
    const [kk] = draftsOf(
      "Сәрсенбі күні облыстық мәслихат депутаты Қанат Сейітқали Талас ауданының Ақкөл ауылының тұрғындарымен кездесті. Жаңа Конституция жобасы талқыланды.",
      "2026-03-07",
    );
    expect(kk?.speakers.map((s) => s.name)).toEqual(["Қанат Сейітқали"]);
    const drafts = draftsOf(
      "В среду депутат областного маслихата Канат Сейткали встретился с жителями села Акколь Таласского района. В четверг аналогичная встреча прошла в селе Каскабулак Сарысуского района. Обсуждался проект новой Конституции.",
      "2026-03-07",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.audiences])).toEqual([
      ["Talas District", "2026-03-04", ["residents"]],
      ["Sarysu District", "2026-03-05", ["residents"]],
    ]);
  });

  it("reads a 2022 report's campaign, a doctor of law's title, and Kazakh words for meeting and gathering", () => {
    const [refinery] = draftsOf(
      "Атырау облысында Конституцияны түсіндіру мақсатында «Атырау мұнай өңдеу зауыты» ЖШС-да жиын өтті. Жиынға 150 мұнайшы қатысты.",
      "2022-05-30",
    );
    expect([refinery?.campaign, refinery?.uncertain.includes("campaign")]).toEqual(["referendum-2022", false]);
    const [undated] = draftsOf(
      "Атырау облысында Конституцияға енгізілетін өзгерістерді түсіндіру мақсатында «Атырау мұнай өңдеу зауыты» ЖШС-да жиын өтті.",
    );
    expect(undated?.campaign).toBe("referendum-2022");
    const [hospital] = draftsOf(
      "PETROPAVLOVSK. Members of the regional headquarters met with the staff of the district hospital in Bishkul. Doctor of Law Serik Zhakenov spoke about the proposed amendments to the Constitution.",
      "2022-06-01",
    );
    expect(hospital?.speakers.map((s) => s.role)).toEqual(["Doctor of Law"]);
    const [plant] = draftsOf(
      "Қостанай облысы Жітіқара ауданында Мәжіліс депутаты Сергей Пономарев «Жітіқара асбест» АҚ жұмысшыларымен жолықты. Депутат жаңа Конституция жобасының басты жаңалықтарымен таныстырды.",
      "2026-03-04",
    );
    expect(plant?.format).toBe("meeting");
    const [town] = draftsOf(
      "Кеше Арқалық қаласының мәдениет үйінде қала тұрғындары бас қосты. Жиында облыстық ішкі саясат басқармасының басшысы Асқар Ермеков жаңа Конституция жобасы бойынша баяндама жасады.",
      "2026-03-05",
    );
    expect(town?.audiences).toEqual(["residents"]);
  });
});
