// What the blind batches caught in the thirty-third session, one general
// cause each (the 305th–317th are in extract-blind26.test.ts):
// - 318th (a locomotive depot, pensioners at a social services centre, a
//   farm cooperative, student debates at a university, an online meeting for
//   teachers): farmers («45 диқан», «фермеров», "farmers") are a labour
//   collective, as the set reads them — not "young farmers" (youth) nor
//   "farmers and rural entrepreneurs" (business people). (Left alone: a
//   university named in full, «КазНУ имени аль-Фараби», gives no region.)
// - 319th (a city polyclinic's medics, two meetings in Ekibastuz in a day,
//   servicemen in Ayagoz and in Kordai District, a think tank's round
//   table): «Қалалық емханада …» heading the report of «№4 қалалық емханада
//   …» is that polyclinic, no second organisation; "…, along with Senator
//   …" and "…, discussed the reform with …" after a name are no titles;
//   "Political scientists A and B" are each a political scientist.
// - 320th (the 2022 campaign: deputies' two days with farmers and villagers,
//   Ozenmunaigas's oil workers, a youth forum at a university, a veterans'
//   council, a legal course for teachers): nothing new misread.
// - 321st (business people at a chamber, a Latin-script plant, a town's
//   school, a district's education department, a centre for older people):
//   «Бурабай ауданының білім бөлімінде … кездесу өтті» is where it was, which
//   hosts it, as «В городском отделе образования» does.
// - 322nd (builders on a site in Shymkent, an ethnic community at the
//   Friendship House, a working group's day in Zhanakorgan District,
//   students of a technical university, a women's council): "the regional
//   Friendship House" is the House of Friendship; «Спикерами выступили …»
//   (no colon) before only the meetings' count names who spoke at each.
// - 323rd (a power station's energy workers, a rural district's house of
//   culture, a regional hospital's medics, a microdistrict's residents at a
//   school, Zhezkazgan's miners): «председатель совета микрорайона Роза
//   Ахметова» is who heads its council, not a microdistrict named after her.
// - 324th (a steel works' shop, advocates at a market, a rural youth forum,
//   a district's two meetings in a day, a ferroalloy plant): "Advocates A
//   and B" are each an advocate; «Екі кездесуге барлығы 150-ге жуық адам
//   қатысты» counts both meetings, neither's own audience.
// - 325th (a petrochemical company, a coal mine named after a man, a
//   meeting of generations at a university, volunteers at a tech hub, a
//   chamber of entrepreneurs): "at Semey's Shakarim University" names the
//   university (its town's possessive no part of it), and "Veterans of
//   labour and students discussed …" right after it tells who came to that
//   meeting, which had named no one, not another.
// - 326th–328th (the 2022 campaign's cotton growers, a gymnasium's teachers,
//   a copper smelter, a youth forum and a village club; a post with ticks and
//   hashtags, a mine's miners, an announced meeting, a youth centre, a legal
//   lecture; elders, people with disabilities, a clinical hospital, a
//   village school, an open-pit mine): nothing new misread. (Left alone:
//   «в центральной городской библиотеке Жезказгана», in lower case, names no
//   library.)
// - 329th (a deputy's three days, a list of a week's meetings, a university's
//   debate, fishermen, pensioners): «депутат … Айгуль Сапарова» is no trip
//   («сапар»), the list's last meeting no visit; «– 25 февраля … – с
//   педагогами школы-лицея №5 (…);» under «… провели серию встреч …:» names
//   the school where it was; "On Wednesday she visited the Kostanay Minerals
//   JSC in Zhitikara" was in Zhitikara (a place named on its own before one
//   inside a name).
// - 330th (a zinc smelter, lawyers in a settlement, an employment centre, a
//   village's shepherds, a refinery): "the head of the regional department
//   of justice Dinara Seitkali" is a speaker (a body's field in lower case
//   ends its name). (Left alone: «в центре занятости населения города
//   Петропавловска», in lower case, names no organisation.)
// - 331st (a round table at a youth policy department, port workers, a
//   flash mob, a school-lyceum's teachers, women entrepreneurs at a chamber):
//   «облыстық мәслихат депутаты Айдана Сейітқали, Тараз өңірлік
//   университетінің оқытушысы Ержан Ниязов» is two speakers (a capitalised
//   word after a comma starts the next), and the university in the second's
//   title no staff who came; the department where it was hosts it.
// - 332nd (railwaymen, a longevity centre's pensioners, mothers of large
//   families, Tengiz's oil workers, a city hospital's medics): nothing new
//   misread.
// - 333rd (a village's residents, kandas in Zhanaozen, a round table at a
//   justice academy, a perinatal centre, a mine): a headline's question and
//   the rest of its line («Что изменится для аграриев? Депутат встретился с
//   фермерами …») are one title, and no meeting of their own; kandas
//   (returned ethnic Kazakhs) are an audience ("other", as compatriots).
//   (Left alone: "A meeting … in Mangystau" in a headline places the meeting
//   in Mangystau District, though the report names Zhanaozen: weighing a
//   bare region name lower moved en-119 from Karaganda to a company's
//   Temirtau.)
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-seventh set)", () => {
  it("reads farmers as a labour collective", () => {
    const [coop] = draftsOf(
      "Жамбыл ауданындағы өндірістік кооперативте жаңа Конституция жобасы бойынша түсіндіру жиыны өтті. Жиынға 45 диқан қатысты.",
      "2026-03-05",
    );
    const [farm] = draftsOf(
      "On March 2 about 60 farmers of Saryagash district met members of the regional working group on the draft Constitution.",
      "2026-03-03",
    );
    const [young] = draftsOf(
      "Young farmers from across the region gathered in Oral on Friday for a discussion of the draft new Constitution.",
      "2026-02-28",
    );
    expect([coop?.audiences, farm?.audiences, young?.audiences]).toEqual([
      ["labour_collective"],
      ["labour_collective"],
      ["youth"],
    ]);
  });

  it("reads a bare polyclinic heading a report as the numbered one it tells of", () => {
    const [clinic] = draftsOf(
      "Қалалық емханада Ата заң жобасы түсіндірілді\n\nҚызылорда қаласындағы №4 қалалық емханада дәрігерлерге жаңа Конституция жобасы таныстырылды. Кездесуге 80-ге жуық медицина қызметкері қатысты.",
      "2026-02-26",
    );
    expect(clinic?.organizations.map((o) => [o.name, o.role])).toEqual([["№4 қалалық емхана", "host"]]);
  });

  it("reads who came along, or what was done, after a name as no title", () => {
    const [table] = draftsOf(
      "ASTANA, March 6 — The Institute of Applied Ethnopolitical Studies hosted a round table on the draft Constitution on Thursday. Political scientists Dosym Karimov and Zhanar Tulegenova, along with Senator Aigul Mukhametova, discussed the proposed parliamentary reform with about 40 experts.",
      "2026-03-09",
    );
    expect(table?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Dosym Karimov", "political scientist"],
      ["Zhanar Tulegenova", "political scientist"],
      ["Aigul Mukhametova", "Senator"],
    ]);
  });

  it("reads a Kazakh department where a meeting was held as its host", () => {
    const [teachers] = draftsOf(
      "Бурабай ауданының білім бөлімінде мектеп директорлары мен мұғалімдерімен жаңа Конституция жобасы бойынша кездесу өтті. Жиынға 60 педагог қатысты.",
      "2026-03-05",
    );
    expect(teachers?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([
      ["Бурабай ауданының білім бөлімі", "host", "public_body"],
    ]);
  });

  it("reads the regional Friendship House as the House of Friendship", () => {
    const [house] = draftsOf(
      "TURKISTAN, Feb. 24 — Community leaders of the Turkistan region met on Monday at the regional Friendship House with a vice minister to discuss the draft Constitution.",
      "2026-02-25",
    );
    expect(house?.organizations.map((o) => [o.name, o.role])).toEqual([["House of Friendship", "host"]]);
  });

  it("reads speakers listed before the meetings' count as at each meeting", () => {
    const drafts = draftsOf(
      "26 февраля члены рабочей группы по проекту новой Конституции посетили Жанакорганский район. В поселке Жанакорган они встретились с работниками районной больницы, а затем провели встречу с жителями аула Томенарык. Спикерами выступили депутат облмаслихата Бауыржан Кенжебаев и юрист Асем Турсынова. В общей сложности во встречах приняли участие около 200 человек.",
      "2026-02-27",
    );
    expect(drafts.map((d) => d.speakers.map((p) => p.name))).toEqual([
      ["Бауыржан Кенжебаев", "Асем Турсынова"],
      ["Бауыржан Кенжебаев", "Асем Турсынова"],
    ]);
  });

  it("reads a name after «председатель совета микрорайона» as a speaker", () => {
    const [residents] = draftsOf(
      "25 февраля в школе-гимназии №14 Талдыкоргана прошла встреча с жителями по проекту новой Конституции. С разъяснениями выступили депутат областного маслихата Ерлан Байжанов и председатель совета микрорайона Роза Ахметова.",
      "2026-02-26",
    );
    expect(residents?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Ерлан Байжанов", "депутат областного маслихата"],
      ["Роза Ахметова", "председатель совета микрорайона"],
    ]);
  });

  it("reads a plural title before two names as each one's", () => {
    const [market] = draftsOf(
      "KOSTANAY, Feb. 21 — Lawyers held an information session on the draft Constitution for traders at the Central Market on Saturday. Advocates Yelena Morozova and Berik Tolegenov answered questions from about 60 vendors.",
      "2026-02-22",
    );
    expect(market?.speakers.map((p) => p.role)).toEqual(["advocate", "advocate"]);
  });

  it("reads a count over «екі кездесу» as neither meeting's own", () => {
    const drafts = draftsOf(
      "1 наурызда Ескелді ауданында жаңа Конституция жобасы бойынша екі кездесу өтті. Алдымен аудандық ауруханада аудан әкімінің орынбасары Жанар Бекова медицина қызметкерлерімен кездесті. Одан кейін ол Екиаша ауылының тұрғындарымен жүздесті. Екі кездесуге барлығы 150-ге жуық адам қатысты.",
      "2026-03-02",
    );
    expect(drafts.map((d) => d.audienceSize)).toEqual([null, null]);
  });

  it("reads a university after its town's possessive as the host", () => {
    const [generations] = draftsOf(
      "SEMEY — A meeting devoted to the draft new Constitution was held at Semey's Shakarim University on February 20. Veterans and students discussed the draft with adviser Murat Zhaksylykov.",
      "2026-02-23",
    );
    expect(generations?.organizations.map((o) => [o.name, o.role])).toEqual([["Shakarim University", "host"]]);
    const drafts = draftsOf(
      "SEMEY — A meeting of generations devoted to the draft new Constitution was held at Semey's Shakarim University on February 20. Veterans of labour and students discussed the main provisions of the draft with adviser Murat Zhaksylykov. About 150 people attended.",
      "2026-02-23",
    );
    expect(drafts.map((d) => [d.date, d.audiences, d.audienceSize])).toEqual([
      ["2026-02-20", ["students", "veterans"], 150],
    ]);
  });

  it("reads a list of meetings' items: a school in one, a surname like «сапар» no visit", () => {
    const drafts = draftsOf(
      [
        "На этой неделе члены рабочей группы провели серию встреч по проекту новой Конституции:",
        "– 24 февраля в Енбекшиказахском районе – с работниками ТОО «Иссык-Агро» (около 60 человек);",
        "– 25 февраля в Талгарском районе – с педагогами школы-лицея №5 (около 80 человек);",
        "– 26 февраля в Карасайском районе – с жителями села Шамалган (около 100 человек).",
        "Спикерами выступили депутат областного маслихата Айгуль Сапарова и юрист Тимур Жаксылыков.",
      ].join("\n"),
      "2026-03-01",
    );
    expect(drafts.map((d) => [d.format, d.organizations.map((o) => o.name)])).toEqual([
      ["meeting", ["ТОО «Иссык-Агро»"]],
      ["meeting", ["Школа-лицей №5"]],
      ["meeting", []],
    ]);
  });

  it("reads a Latin name after a body's field in lower case as a speaker", () => {
    const [refinery] = draftsOf(
      "ATYRAU, March 5 — About 200 workers of the Atyrau Oil Refinery met on Thursday with Mazhilis deputy Yerlan Barlybayev and the head of the regional department of justice Dinara Seitkali to discuss the draft new Constitution.",
      "2026-03-06",
    );
    expect(refinery?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Yerlan Barlybayev", "Mazhilis deputy"],
      ["Dinara Seitkali", "head of the regional department of justice"],
    ]);
  });

  it("reads a meeting's town named on its own before one inside a company's name", () => {
    const drafts = draftsOf(
      "KOSTANAY, Feb. 27 — Mazhilis deputy Yekaterina Smyshlyaeva spent three days in Kostanay region explaining the draft of the new Constitution. On Tuesday she met with teachers of the Kostanay Pedagogical College. On Wednesday she visited the Kostanay Minerals JSC in Zhitikara, where about 150 asbestos miners heard her presentation.",
      "2026-02-27",
    );
    expect(drafts.map((d) => d.district?.name)).toEqual(["Kostanay", "Zhitikara District"]);
  });

  it("reads a list of titled names split by a comma, the university in a title no host", () => {
    const [table] = draftsOf(
      "Кеше Жамбыл облысының жастар саясаты басқармасында «Жаңа Конституция және жастар» тақырыбында дөңгелек үстел өтті. Оған облыстық мәслихат депутаты Айдана Сейітқали, Тараз өңірлік университетінің оқытушысы Ержан Ниязов қатысты.",
      "2026-02-19",
    );
    expect([table?.speakers.map((p) => p.name), hostsOf(table)]).toEqual([
      ["Айдана Сейітқали", "Ержан Ниязов"],
      ["Жамбыл облысының жастар саясаты басқармасы"],
    ]);
  });

  it("reads a headline's question and the rest of its line as one title, and kandas as an audience", () => {
    const drafts = draftsOf(
      "Embassy? No — a meeting with kandas in Zhanaozen\n\nKandas, ethnic Kazakhs who returned from abroad, met with members of the regional working group in Zhanaozen on February 18 to discuss the draft Constitution. About 50 people attended.",
      "2026-02-19",
    );
    expect(drafts.map((d) => [d.title, d.audiences, d.audienceSize])).toEqual([
      ["Embassy? No — a meeting with kandas in Zhanaozen", ["other"], 50],
    ]);
  });
});
