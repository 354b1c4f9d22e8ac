// What the blind batches from the sixtieth on caught (the seventeenth
// session), one general cause each:
// - 60th: «2026 жылдың 4 наурызы» states its year (and «4-наурызда» is a day); «Во встрече приняли участие
//   …» opening a paragraph counts who came to the meeting told before, and
//   starts no meeting of its own.
// - 61st (reports of several meetings): "the Atyrau Oil Refinery" is in Atyrau
//   (not Oiyl District) when the meeting names no other place; "the senator"
//   or "he" of a later meeting is the one named before; someone introduced by
//   age («87 жастағы ардагер») came and is no speaker; each item of a bulleted
//   list a sentence about meetings opens is one meeting, and «Группу возглавил
//   …» speaks at each.
// - 62nd (akimat releases): «Түркістан облысы Сарыағаш ауданы әкімдігінің
//   ұйымдастыруымен» names the district's akimat without its region, one body
//   with the press service's.
// - 63rd: an information tent handing out booklets is an outreach event of
//   its own kind; a parents' «жиналыс» is a meeting; servicemen and border
//   guards are counted, capitalised or not.
// - 64th: «72 человека» (the genitive singular after 2, 3, 4) counts who came,
//   «12 команд студентов» does not; «тұрғын үй» is housing, not residents;
//   an intellectual game («брейн-ринг») is an outreach event, and «Игру
//   (Встречу) организовал …» names its organiser.
// - 65th (the eighteenth session): machine operators, agronomists, livestock
//   breeders, grain growers and dockers (механизаторы, агрономы,
//   животноводы) are a labour collective; "the Zerendi Astyk agricultural
//   company" and "the Bidai Agro farm" are firms named by their capitalised
//   words.
// - 66th: a meeting told as background («Напомним, накануне … с педагогами»)
//   adds neither its audience nor its count to the meeting reported.
// - 67th: a party named only in a speaker's title («"AMANAT" partııasy …
//   tóraǵasynyń orynbasary Nurlan …», the deputy chairman too) is theirs, not
//   the meeting's host, unless they opened it; a Latin-script «dıalog alańy»
//   is a meeting.
// - 68th: «около 70 госслужащих» counts who came; «сотрудники государственных
//   органов» are officials, not a labour collective.
// - 70th (the nineteenth session): "employees of the municipal carrier
//   Almatyelectrotrans" names a firm by what it is, then its name.
// - 72nd: a briefing that announces the commission's own next meeting reports
//   no meeting with people; ««Kazchrome» АҚ Дөң … комбинатында» names the
//   plant without the company's legal form.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (seventh set)", () => {
  it("reads a Kazakh day joined to its month by a hyphen («4-наурызда»)", () => {
    const [d] = draftsOf("Таразда 4-наурызда жаңа Конституция жобасы бойынша кездесу өтті.", "2026-03-09");
    expect([d?.date, d?.dateSource]).toEqual(["2026-03-04", "inferred_year"]);
  });

  it("reads «Вчера, 8 марта, …» as yesterday's date, not as a dateline", () => {
    const days = [
      "Вчера, 8 марта, в Таразе прошла встреча по проекту новой Конституции.",
      "Кеше, 8 наурыз күні, Таразда жаңа Конституция жобасы бойынша кездесу өтті.",
    ].map((text) => draftsOf(text, "2026-03-09")[0]?.date);
    expect(days).toEqual(["2026-03-08", "2026-03-08"]);
  });

  it("reads a Kazakh date with its year in the genitive as stated", () => {
    const [d] = draftsOf(
      "Ақсу қаласында 2026 жылдың 4 наурызы күні зауыт ұжымымен жаңа Конституция жобасы бойынша кездесу ұйымдастырылды.",
      "2026-03-05",
    );
    expect([d?.date, d?.dateSource]).toEqual(["2026-03-04", "stated"]);
  });

  it("counts «Во встрече приняли участие …» opening a paragraph for the meeting before it", () => {
    const drafts = draftsOf(
      "4 марта в районном Доме культуры поселка Шортанды прошла встреча с жителями района по разъяснению проекта новой Конституции. Перед собравшимися выступил аким района Ерлан Жумабеков.\n\nВо встрече приняли участие порядка 140 человек, среди них аграрии и пенсионеры.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.date, d.audienceSize, d.speakers.length])).toEqual([["2026-03-04", 140, 1]]);
  });

  it("reads a later meeting's town from its host's name, and the senator named before as its speaker", () => {
    const drafts = draftsOf(
      "Senator Asylbek Nurlanov spent two days in western Kazakhstan explaining the draft of the new Constitution.\n\nOn Monday he met about 200 workers of the Atyrau Oil Refinery.\n\nOn Tuesday the senator travelled to Aktobe, where he held a meeting with some 300 students of Aktobe Regional University.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.region, d.speakers.map((p) => p.name)])).toEqual([
      ["KZ-23", ["Asylbek Nurlanov"]],
      ["KZ-15", ["Asylbek Nurlanov"]],
    ]);
  });

  it("reads someone introduced by age as no speaker", () => {
    const [d] = draftsOf(
      "Кеше Жезқазғанда жаңа Конституция жобасы бойынша ардагерлермен кездесу өтті. Мәжіліс депутаты Айгүл Қапбарова сөйледі. «Біз болашағымызды таңдаймыз», – деді 87 жастағы ардагер Мұхтар Сәрсенов.",
      "2026-03-06",
    );
    expect(d?.speakers.map((p) => p.name)).toEqual(["Айгүл Қапбарова"]);
  });

  it("reads each item of a bulleted list of meetings as one, with the group's head at each", () => {
    const drafts = draftsOf(
      "Встречи в трех селах\n\n5 марта члены районной группы провели встречи по проекту новой Конституции в трех сельских округах Жамбылского района Жамбылской области:\n\n• в селе Аса — с жителями, пришли 120 человек;\n• в селе Гродеково — с работниками ТОО «Агрофирма Жамбыл», около 60 человек;\n• в селе Айша биби — с учителями местной школы, 35 педагогов.\n\nГруппу возглавил заместитель акима района Нурлан Абдикадыров.",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.date, d.audienceSize, d.audiences, d.speakers.length])).toEqual([
      ["2026-03-05", 120, ["residents"], 1],
      ["2026-03-05", 60, ["labour_collective"], 1],
      ["2026-03-05", 35, ["teachers"], 1],
    ]);
    // A quote opened by a colon is no list of meetings.
    const quoted = draftsOf(
      "Вчера в Таразе прошла встреча с жителями по проекту новой Конституции. Пришли 100 человек. Аким района на встрече сказал:\n— Студенты и ветераны должны голосовать.\n— Молодежь тоже.",
      "2026-03-05",
    );
    expect(quoted).toHaveLength(1);
  });

  it("names a district's akimat that organised it without its region", () => {
    const [d] = draftsOf(
      "Түркістан облысы Сарыағаш ауданы әкімдігінің ұйымдастыруымен 2026 жылғы 3 наурызда жаңа Конституция жобасы бойынша кездесу өтті. Оған 250-ден астам адам қатысты.\n\nСарыағаш ауданы әкімдігінің баспасөз қызметі",
      "2026-03-04",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([["Сарыағаш ауданы әкімдігі", "host"]]);
    expect(hostsOf(d)).toEqual(["Сарыағаш ауданы әкімдігі"]);
  });

  it("reads an information tent, a parents' «жиналыс» and border guards", () => {
    const [tent] = draftsOf(
      "В субботу на районной ярмарке в Затобольске работала информационная палатка, посвященная проекту новой Конституции. Волонтеры раздавали буклеты. За день палатку посетили более 400 жителей района.",
      "2026-03-09",
    );
    expect([tent?.format, tent?.audienceSize]).toEqual(["other", 400]);
    const [school] = draftsOf(
      "Қызылорда қаласындағы №7 мектеп-гимназияда кеше жаңа Конституция жобасы бойынша ата-аналармен жиналыс өтті. Жиынға 150-ге жуық ата-ана қатысты.",
      "2026-03-05",
    );
    expect([school?.format, hostsOf(school)]).toEqual(["meeting", ["№7 мектеп-гимназия"]]);
    const [guards] = draftsOf(
      "ZHARKENT, March 6 — Servicemen of a Border Service unit met on Thursday with maslikhat deputy Timur Seitkazin to discuss the draft of the new Constitution. About 80 border guards took part.",
      "2026-03-06",
    );
    expect([guards?.audienceSize, guards?.audiences]).toEqual([80, ["other"]]);
  });

  it("counts «72 человека», not «12 команд», and reads «тұрғын үй» as housing", () => {
    const [ru] = draftsOf(
      "В университете прошла интеллектуальная игра по проекту новой Конституции. В ней приняли участие 12 команд студентов, всего 72 человека.",
      "2026-03-04",
    );
    expect(ru?.audienceSize).toBe(72);
    const [game] = draftsOf(
      "В университете прошла интеллектуальная игра «Брейн-ринг» по проекту новой Конституции. Игру организовал областной филиал партии «AMANAT».",
      "2026-03-04",
    );
    expect([game?.format, hostsOf(game)]).toEqual(["other", ["«AMANAT»"]]);
    const [kk] = draftsOf(
      "Балқаш, 5 наурыз. Зауытта жаңа Конституция жобасы бойынша металлургтермен кездесу өтті. Кездесуге 200-ден астам жұмысшы қатысып, жалақы және тұрғын үй мәселелері бойынша сұрақтар қойды.",
      "2026-03-05",
    );
    expect(kk?.audiences).toEqual(["labour_collective"]);
  });

  it("counts machine operators and agronomists (механизаторы, агрономы) as a labour collective", () => {
    const [en] = draftsOf(
      "About 150 machine operators and agronomists gathered in the village of Zerendi on Wednesday to hear a senator explain the draft Constitution.",
      "2026-03-05",
    );
    expect(en?.audiences).toEqual(["labour_collective"]);
    const [ru] = draftsOf(
      "В селе Аксу прошла встреча механизаторов и агрономов с сенатором по проекту новой Конституции.",
      "2026-03-05",
    );
    expect(ru?.audiences).toEqual(["labour_collective"]);
  });

  it("takes no audience or count from a meeting told as background («Напомним, …»)", () => {
    const [d] = draftsOf(
      "В Темиртау 2 марта прошла встреча депутата Сената с работниками металлургического комбината по проекту новой Конституции.\n\nНапомним, накануне аналогичная встреча прошла с педагогами города, на неё пришли 90 человек.",
      "2026-03-03",
    );
    expect([d?.audiences, d?.audienceSize]).toEqual([["labour_collective"], null]);
  });

  it("names a firm by its capitalised words before 'farm' or '… company'", () => {
    const [farm] = draftsOf(
      "The meeting on the draft Constitution took place at the Bidai Agro farm, where some 60 machine operators heard a senator.",
      "2026-02-19",
    );
    expect(hostsOf(farm)).toEqual(["Bidai Agro"]);
    const [firm] = draftsOf(
      "About 150 agronomists of the Zerendi Astyk agricultural company met a senator on Wednesday to discuss the draft Constitution.",
      "2026-03-05",
    );
    expect(hostsOf(firm)).toEqual(["Zerendi Astyk"]);
  });

  it("takes a party in a speaker's title for theirs, not the host, and reads a Latin-script «dıalog alańy»", () => {
    const [lat] = draftsOf(
      "Shıeli aýdanynda Jańa Konstıtýtsıa jobasy boıynsha dıalog alańy uıymdastyryldy. Jıynda «AMANAT» partııasy oblystyq fılıalynyń tóraǵasynyń orynbasary Nurlan Ábdirov jobany túsindirdi.",
      "2026-03-04",
    );
    expect([lat?.format, hostsOf(lat)]).toEqual(["meeting", []]);
    const [opened] = draftsOf(
      "Kentaý qalasynda jastar forýmy ótti. Forýmdy «AMANAT» partıasy qalalyq fılıalynyń tóraǵasy Nurlan Ábdirov ashty. Is-sharada Jańa Konstıtýsıa jobasy talqylandy.",
      "2026-02-27",
    );
    expect(hostsOf(opened)).toEqual(["AMANAT"]);
  });

  it("counts «70 госслужащих», and takes «сотрудники государственных органов» for officials", () => {
    const [d] = draftsOf(
      "В актовом зале акимата состоялась встреча с сотрудниками государственных органов района по проекту новой Конституции. В мероприятии приняли участие около 70 госслужащих.",
      "2026-03-04",
    );
    expect([d?.audienceSize, d?.audiences]).toEqual([70, ["officials"]]);
  });

  it("reads a firm named after what it is («the municipal carrier Almatyelectrotrans») as the host", () => {
    const [d] = draftsOf(
      "Employees of the municipal carrier Almatyelectrotrans met members of the explanatory group on Thursday, 26 February, to discuss the draft of the new Constitution. Mazhilis deputy Askar Bekturov spoke to about 180 drivers.",
      "2026-02-27",
    );
    expect(hostsOf(d)).toEqual(["Almatyelectrotrans"]);
    const [oil] = draftsOf(
      "About 120 workers of the oil producer KazMunayGas met a senator in Atyrau on Tuesday to discuss the draft Constitution.",
      "2026-03-05",
    );
    expect(hostsOf(oil)).toEqual(["KazMunayGas"]);
  });

  it("takes a briefing that announces the commission's own meeting for no outreach event", () => {
    const briefing =
      "The Central Election Commission said at a briefing on Thursday that all ballot papers for the referendum on the new Constitution have been printed. The commission will hold its next meeting on 10 March to approve the form of the protocol.";
    expect(draftsOf(briefing, "2026-03-06")).toEqual([]);
    const ru =
      "На брифинге в ЦИК сообщили, что бюллетени для референдума по проекту новой Конституции напечатаны. Следующее заседание комиссии пройдёт 10 марта.";
    expect(draftsOf(ru, "2026-03-06")).toEqual([]);
  });

  it("names a plant after its company's legal form written with no case ending («Kazchrome» АҚ Дөң …)", () => {
    const [d] = draftsOf(
      "Бүгін «Kazchrome» АҚ Дөң тау-кен байыту комбинатында кеншілермен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 200-ге жуық кенші қатысты.",
      "2026-03-06",
    );
    expect(hostsOf(d)).toEqual(["Дөң тау-кен байыту комбинаты"]);
  });
});
