// What the blind batches from the forty-eighth on caught (the seventeenth
// session), one general cause each:
// - 48th: a stop where someone "joined" the speakers («к спикерам
//   присоединился аким») has the speakers of the stop before too; an appeal to
//   the public ("calling on residents … to take part") names no one who came;
//   a workforce and people words in Latin-script Kazakh («1 500-den astam adam
//   eńbek etedi», «200-ge jýyq energetık»).
// - 49th: Constitution Day's concerts are no outreach; a youth centre where
//   they met («Жастар орталығында») names no youth, "150 young people" («молодых
//   людей») does; "Honoured Teacher of Kazakhstan" is a distinction, not a name.
// - 50th (named questions from the floor): whoever asked a question came, and
//   is no speaker; "The Kostenko mine" names no one; "90 small and medium
//   business owners" («шағын және орта бизнес өкілі») are who came.
// - 51st: a structured post («🗓 5 марта», «🎤 Спикеры:») tells of a meeting
//   on its labelled day; fishermen are a workforce, and their cooperative
//   ("fishermen of the Kambash fishing cooperative") is the host.
// - 52nd: a school named after someone with lower-case words before its kind
//   («… атындағы орта мектепте»), and no town in the locative in a namesake
//   («Атырауда Х. Досмұхамедов атындағы …»); a microdistrict «Молодежный» is a
//   place, not youth.
// - 53rd: "members of the Turan district women's council" were met, so the
//   council hosts; «Организатором встречи выступило управление образования
//   … области» names its organiser in full.
// - 54th: a running total since a day («1 наурыздан бері … 120-дан астам
//   кездесу») gives neither the meeting's day nor its count; «Мажилиса Еркин»
//   is no name and hides none («депутатом Мажилиса Еркином Абилем» → Еркин
//   Абиль, a surname on a soft sign in the instrumental).
// - 55th: "Sixty-four students"; whoever the lead says went on the working trip
//   («жұмыс сапарымен барды») speaks at each of its meetings; «Горняки
//   Сатпаева» in a headline names no one.
// - 56th: lawyers, advocates and notaries as an audience of no type of its own
//   (as the set reads them); «Департамент юстиции … области провел круглый
//   стол» hosts it.
// - 58th (the 2022 amendments): «Кеншілермен облыстық мәслихат депутаты …»
//   names no «Кеншілермен облыстық мәслихаты»: a word in the instrumental is
//   no body's place.
// - 59th (longer reports): «Сенбі күні» is a weekday; a quoted body in a
//   speaker's title is hers, not the host; «Қордай ауданының жастар ресурстық
//   орталығында» hosts; «ГРЭС-2» and «Экибастузская ГРЭС-2» are one plant.
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (sixth set)", () => {
  it("gives a stop where someone joined the speakers the speakers of the stop before", () => {
    const drafts = draftsOf(
      "Члены областной группы 4 марта провели две встречи по разъяснению проекта новой Конституции.\n\nВ Рудном они встретились с работниками АО «ССГПО». Перед горняками выступил депутат Сената Ерлан Жакупов.\n\nЗатем группа побывала в Лисаковске, где провела встречу с коллективом ТОО «Лисаковский завод строительных материалов». Здесь к спикерам присоединился аким города Айдар Тулеуов.",
      "2026-03-05",
    );
    expect(drafts.map((d) => d.speakers.map((p) => p.name))).toEqual([
      ["Ерлан Жакупов"],
      ["Ерлан Жакупов", "Айдар Тулеуов"],
    ]);
  });

  it("reads no audience in an appeal to the public", () => {
    const [en] = draftsOf(
      "A round table on the draft Constitution was held in Turkistan on Thursday with some 60 representatives of non-governmental organisations. Participants adopted a resolution calling on residents of the region to take part in the referendum.",
      "2026-03-06",
    );
    expect(en?.audiences).toEqual(["other"]);
    const [kk] = draftsOf(
      "Таразда «Қазфосфат» ЖШС ұжымымен жаңа Конституция жобасы бойынша кездесу өтті. Кездесу соңында спикерлер облыс тұрғындарын референдумға белсене қатысуға шақырды.",
      "2026-03-06",
    );
    expect(kk?.audiences).toEqual(["labour_collective"]);
  });

  it("counts who came, not the workforce, in Latin-script Kazakh", () => {
    const [d] = draftsOf(
      "Ekibastuz, 5 naýryz. «Ekibastuz GRES-1» JShS-da oblystyq topnyń músheleri jańa Konstıtýsıa jobasy boıynsha stansa ujymymen kezdesti. Kezdesýge 200-ge jýyq energetık qatysty. Stansada 1 500-den astam adam eńbek etedi.",
      "2026-03-05",
    );
    expect([d?.audienceSize, d?.audienceEstimate]).toEqual([200, true]);
  });

  it("reads Constitution Day's celebrations as no outreach event", () => {
    const result = articleOf(
      "30 августа в Актобе прошли праздничные мероприятия, посвященные Дню Конституции Республики Казахстан. На площади состоялся концерт с участием творческих коллективов области, его посетили около 5 тысяч горожан. Аким области вручил награды 25 жителям региона.",
      "2025-08-31",
    );
    expect([result.isOutreach, result.drafts]).toEqual([false, []]);
  });

  it("takes a youth centre for where they met, and young people for who came", () => {
    const audiencesOf = (text: string) => draftsOf(text, "2026-03-05").map((d) => d.audiences);
    expect(
      audiencesOf(
        "Шымкенттегі Жастар орталығында қалалық топ мәдениет саласының қызметкерлерімен жаңа Конституция жобасы бойынша кездесті.",
      ),
    ).toEqual([["labour_collective"]]);
    expect(
      audiencesOf(
        "В субботу около 150 молодых людей приняли участие во флешмобе в поддержку проекта новой Конституции.",
      ),
    ).toEqual([["youth"]]);
  });

  it("reads an honorary title before a name as no name of its own", () => {
    const [d] = draftsOf(
      "TALDYKORGAN, March 8 — More than 3,000 people rallied in Taldykorgan on Saturday in support of the draft Constitution. Deputy akim of the region Nurlan Kassymov and Honoured Teacher of Kazakhstan Raushan Abdikarimova addressed the crowd.",
      "2026-03-08",
    );
    expect(d?.speakers.map((p) => p.name)).toEqual(["Nurlan Kassymov", "Raushan Abdikarimova"]);
  });

  it("reads those who asked questions as no speakers, in every language", () => {
    const speakersOf = (text: string, day: string) => draftsOf(text, day).map((d) => d.speakers.map((p) => p.name));
    expect(
      speakersOf(
        "Вчера в депо станции Атырау прошла встреча по проекту новой Конституции. Перед коллективом выступила депутат маслихата Асель Нургалиева. Машинист тепловоза Серик Жолдасов спросил, сохранятся ли льготы.",
        "2026-03-06",
      ),
    ).toEqual([["Асель Нургалиева"]]);
    expect(
      speakersOf(
        "KARAGANDA, March 4 – Senator Yerlan Baizhanov met around 230 miners on Wednesday to explain the draft of the new Constitution. Shift foreman Vladimir Petrenko asked whether the draft kept early retirement. Roadway driver Azamat Nurbekov wanted to know more. The Kostenko mine is one of the largest in the region.",
        "2026-03-04",
      ),
    ).toEqual([["Yerlan Baizhanov"]]);
    expect(
      speakersOf(
        "Талдықорғанда кәсіпкерлермен жаңа Конституция жобасы бойынша кездесу өтті. Мәжіліс депутаты Айдос Сарыбаев нормаларды түсіндірді. Кәсіпкер Гүлжан Мәдиева салық жүктемесі туралы сұрақ қойды.",
        "2026-03-04",
      ),
    ).toEqual([["Айдос Сарыбаев"]]);
  });

  it("counts who came across two joined words before them", () => {
    const sizeOf = (text: string) => draftsOf(text, "2026-03-04").map((d) => d.audienceSize);
    expect(
      sizeOf(
        "Талдықорғанда жаңа Конституция жобасы бойынша кездесу өтті. Оған 90-нан астам шағын және орта бизнес өкілі қатысты.",
      ),
    ).toEqual([90]);
    expect(
      sizeOf("In Taldykorgan, 90 small and medium business owners met a senator to discuss the draft Constitution."),
    ).toEqual([90]);
  });

  it("reads a structured post's labelled day and its listed speakers as a meeting", () => {
    const [d] = draftsOf(
      "Информационная группа в Кордайском районе\n\n📍 Жамбылская область, Кордайский район\n🗓 4 марта\n👥 Участники: около 180 жителей села\n🎤 Спикеры:\n— Ерлан Абдикаримов, депутат областного маслихата.\n\n#НоваяКонституция #Референдум2026",
      "2026-03-05",
    );
    expect([d?.date, d?.dateSource, d?.format, d?.audienceSize]).toEqual([
      "2026-03-04",
      "inferred_year",
      "meeting",
      180,
    ]);
  });

  it("takes fishermen for a workforce and their cooperative for the host", () => {
    const [d] = draftsOf(
      "ARAL — Members of the district information group met fishermen of the Kambash fishing cooperative on Monday to explain the draft of the new Constitution. Some 45 fishermen took part.",
      "2026-03-03",
    );
    expect([d?.audiences, hostsOf(d)]).toEqual([["labour_collective"], ["Kambash fishing cooperative"]]);
  });

  it("reads a Kazakh school named after someone, without the town it is in", () => {
    const hosts = (text: string) => draftsOf(text, "2026-03-04").map(hostsOf);
    expect(
      hosts(
        "Махамбет ауданындағы Махамбет Өтемісұлы атындағы орта мектепте кеше жаңа Конституция жобасы бойынша ұстаздармен кездесу өтті.",
      ),
    ).toEqual([["Махамбет Өтемісұлы атындағы орта мектеп"]]);
    expect(
      hosts(
        "Атырауда Х. Досмұхамедов атындағы Атырау университетінде кеше жаңа Конституция жобасы бойынша студенттермен кездесу өтті.",
      ),
    ).toEqual([["Х. Досмұхамедов атындағы Атырау университеті"]]);
  });

  it("takes a microdistrict named «Молодежный» for a place, not for youth", () => {
    const [d] = draftsOf(
      "Астана, 5 марта. Прошла встреча по проекту новой Конституции с жителями микрорайонов Молодежный и Жилгородок. Пришли 120 жителей.",
      "2026-03-05",
    );
    expect(d?.audiences).toEqual(["residents"]);
  });

  it("takes a women's council whose members were met, and a department said to organise, for hosts", () => {
    const [en] = draftsOf(
      "SHYMKENT – About a hundred members of the Turan district women's council gathered on Tuesday to discuss the draft of the new Constitution with Mazhilis deputy Dinara Shukizhanova.",
      "2026-03-05",
    );
    expect(hostsOf(en)).toEqual(["Turan district women's council"]);
    const [ru] = draftsOf(
      "Вчера в онлайн-формате состоялась встреча депутата Сената с педагогами Алматинской области по проекту новой Конституции. Организатором встречи выступило управление образования Алматинской области.",
      "2026-03-04",
    );
    expect(hostsOf(ru)).toEqual(["Управление образования Алматинской области"]);
  });

  it("takes neither the day nor the count of a running total since a day", () => {
    const [d] = draftsOf(
      "Қарағанды облысында 1 наурыздан бері жаңа Конституция жобасы бойынша 120-дан астам кездесу өткізілді, оларға 15 мыңнан астам адам қатысты. Кеше Теміртаудағы «Qarmet» АҚ-да кезекті кездесу болды. Кездесуге 180-ге жуық жұмысшы қатысты.",
      "2026-03-05",
    );
    expect([d?.date, d?.audienceSize]).toEqual(["2026-03-04", 180]);
  });

  it("reads a name after a body's name that ends like a surname, in the instrumental", () => {
    const [d] = draftsOf(
      "10 марта в университете состоится встреча студентов с депутатом Мажилиса Еркином Абилем по проекту новой Конституции.",
      "2026-03-06",
    );
    expect(d?.speakers.map((p) => p.name)).toEqual(["Еркин Абиль"]);
  });

  it("counts a compound number written in words", () => {
    const [d] = draftsOf(
      "PETROPAVL, March 7 – Sixty-four students took part on Saturday in a debate tournament on the draft of the new Constitution.",
      "2026-03-07",
    );
    expect([d?.audienceSize, d?.audienceEstimate]).toEqual([64, false]);
  });

  it("has whoever went on the working trip speak at each of its meetings", () => {
    const drafts = draftsOf(
      "Сенат депутаты Нұрлан Бекенов 4 наурызда Түркістан облысына жұмыс сапарымен барды.\n\nАлдымен ол Кентау қаласындағы трансформатор зауытының ұжымымен жаңа Конституция жобасы бойынша кездесті. Кездесуге 150-ге жуық жұмысшы қатысты.\n\nОдан кейін сенатор Түркістан қаласындағы университеттің студенттерімен жүздесті. Жиынға 400-ден астам студент жиналды.",
      "2026-03-05",
    );
    expect(drafts.map((d) => d.speakers.map((p) => p.name))).toEqual([["Нұрлан Бекенов"], ["Нұрлан Бекенов"]]);
  });

  it("reads a headline's plural people before a town as no name", () => {
    const [d] = draftsOf(
      "Горняки Сатпаева обсудили проект новой Конституции\n\nСатпаев, 3 марта. На шахте прошла встреча с горняками. Выступил депутат Мажилиса Бекжан Тулеубаев.",
      "2026-03-03",
    );
    expect(d?.speakers.map((p) => p.name)).toEqual(["Бекжан Тулеубаев"]);
  });

  it("reads lawyers as an audience of no type of its own, and a regional department that held it as the host", () => {
    const [d] = draftsOf(
      "Департамент юстиции Кызылординской области провел круглый стол, посвященный проекту новой Конституции. В обсуждении приняли участие нотариусы, адвокаты и юристы — всего около 70 человек.",
      "2026-03-04",
    );
    expect([d?.audiences, hostsOf(d)]).toEqual([["other"], ["Департамент юстиции Кызылординской области"]]);
  });

  it("takes no word in the instrumental for the place of a body", () => {
    const [d] = draftsOf(
      "Хромтау ауданындағы «Дөң тау-кен байыту комбинаты» АҚ-да кеше Конституцияға енгізілетін өзгерістер бойынша кездесу болды. Кеншілермен облыстық мәслихат депутаты Бақытжан Есенғалиев кездесті.",
      "2022-05-27",
    );
    expect(d?.organizations.map((o) => o.name)).toEqual(["«Дөң тау-кен байыту комбинаты» АҚ"]);
  });

  it("reads «сенбі күні», a speaker's own quoted body, a district's youth centre and a numbered plant", () => {
    const [kk] = draftsOf(
      "Сенбі күні Қордай ауданының жастар ресурстық орталығында жаңа Конституция жобасы бойынша жастармен кездесу ұйымдастырылды. Кездесуде «Jas Otan» қоғамдық бірлестігінің аудандық филиалының төрағасы Дана Құрманова сөз сөйледі.",
      "2026-03-09",
    );
    expect([kk?.date, hostsOf(kk)]).toEqual(["2026-03-07", ["Қордай ауданының жастар ресурстық орталығы"]]);
    const [ru] = draftsOf(
      "В Экибастузе прошла встреча с энергетиками ГРЭС-2\n\nВ пятницу встреча по проекту новой Конституции прошла на Экибастузской ГРЭС-2.",
      "2026-03-07",
    );
    expect(ru?.organizations.map((o) => [o.name, o.role])).toEqual([["Экибастузская ГРЭС-2", "host"]]);
  });
});
