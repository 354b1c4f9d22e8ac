// What the blind batches from the hundred-and-forty-ninth on caught (the
// twenty-fifth session), one general cause each, and what the twenty-fourth
// session's note left alone:
// - Two meetings told in one sentence, joined by a semicolon ("In Arkalyk,
//   they met the hospital's staff; in the village of Amangeldy, they talked to
//   farmers"): two meetings, the second on the first's day.
// - "with MP Aigul Serikova": an MP is a speaker's title (two letters);
//   "The district akimat invited 80 residents to discuss …" hosts a meeting.
// - «на Донском ГОКе»: a mining plant by its abbreviation, named «Донской ГОК»
//   (a «-ском» adjective is «-ский» but for the few stressed on the ending).
// - 149th (deputies at a market, oil workers in Atyrau, a district's veterans):
//   deputies "handed out leaflets … and answered traders' questions" is
//   outreach, though no meeting is named; «Акимат … совместно с районным
//   филиалом партии «AMANAT» провел встречу» has two hosts, the party named as
//   its branches are.
// - 150th (parents at a school, entrepreneurs in Kostanay, steelworkers, two
//   meetings in Semey): «Организатором выступила региональная палата
//   предпринимателей» hosts; "the Temirtau branch of the AMANAT party hosted a
//   meeting with steelworkers of Qarmet JSC" has both as hosts (as en-175);
//   «Днем он побывал на мясокомбинате «Семей Ет», где пообщался с коллективом»
//   is a second meeting, at the meat plant.
// - 151st (a round table in Aktobe, a pensioners' club, oil workers in
//   Zhanaozen, people with disabilities): "on Kirov Street" is no speaker;
//   'members of the "Kumis Zhas" pensioners' club' and "members of the
//   Karaganda regional Union of Persons with Disabilities" name who hosts (an
//   association's members are an audience of no type of its own); a post's
//   first line «Маңғыстау облысы, Жаңаөзен қаласы.» is no title.
// - 152nd (a region's digest of three districts, a microdistrict, rice growers):
//   «… средней школы №1. 4 марта в Есильском районе …» is two sentences (a
//   number's full stop ends one), and «провела беседу с учителями … школы №1»
//   is a meeting at the school.
// - 153rd (an agitation group touring villages, a university of arts, a
//   children's hospital): «Келесі күні» ("the next day") is no Келес
//   District; «Келесі күні … жүздесу болды» after a meeting with farmers (an
//   audience of no type) is a second meeting; «Топты аудандық мәслихат
//   төрағасы … басқарады» is the chairman, not «Топты …» (the group he leads).
// - 154th (railway workers in Aktobe, a college, a courtyard campaign): "organised
//   by the Aktobe branch of Kazakhstan Temir Zholy together with the regional
//   trade union of railway workers" names two hosts, the company as its staff
//   name it.
// - 155th (a governor with miners, two deputies at a copper mine, two towns in
//   one sentence): «В Жезказгане депутаты Мажилиса А и Б» are each «депутат
//   Мажилиса» (a Russian plural title, not a Kazakh one keeping all before
//   it); "In Taraz, … met teachers …, while in Shu, regional maslikhat deputy …
//   talked to workers" is two meetings, the second in Shu ("Shu, regional" is
//   no region: a kind word after a comma is another's).
// - 156th (pages pasted whole, with their breadcrumbs, counters and links):
//   "Published: 7 March 2026, 09:20" above the headline is no title.
// - 157th (lawyers at a round table, a concert on March 8, ethnocultural
//   associations, a flash mob): «во Дворце культуры металлургов» is a hall,
//   not an audience of steelworkers; "The chairman of the regional Assembly of
//   People of Kazakhstan, Ruslan Ten, said" is a speaker (a short surname
//   between commas, after a clause with a title however long).
// - 158th–159th (Kazakh titles written in full, a hydro plant, a spaceport):
//   «Студенттер мен оқытушылар Мәжіліс депутаты Самат Нұртаевпен жүздесті» —
//   the lecturers who met him are no part of his title.
// - 160th (an online marathon, a library, an announced forum, a ministry):
//   "the regional library named after L. Tolstoy hosted a reading of the draft
//   Constitution for senior citizens" is outreach, and the library its host.
// - 161st (mothers of large families, a party branch, a school, a battery
//   plant): «пришли около 60 мам» counts them; "parents of Satpayev's school
//   No. 17" names the school (a town's possessive is no part of a name);
//   «ақпараттық шара өтті» is outreach.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fourteenth set)", () => {
  it("reads two meetings joined by a semicolon as two, on one day", () => {
    const drafts = draftsOf(
      "Members of the regional explanatory group continued their work in Kostanay region. On February 18, in Arkalyk, they met the staff of the city hospital; in the village of Amangeldy, they talked to local residents and farmers about the draft Constitution.",
      "2026-02-20",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, d.title])).toEqual([
      ["Arkalyk", "2026-02-18", "On February 18, in Arkalyk, they met the staff of the city hospital"],
      [
        "Amangeldy District",
        "2026-02-18",
        "In the village of Amangeldy, they talked to local residents and farmers about the draft Constitution.",
      ],
    ]);
  });

  it("reads an MP as a title and an akimat that invited the audience as the host", () => {
    const [d] = draftsOf(
      "The Zhanibek district akimat invited about 80 residents to discuss the draft Constitution with MP Aigul Serikova on February 19.",
      "2026-02-21",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([["Aigul Serikova", "MP"]]);
    expect([d?.format, hostsOf(d)]).toEqual(["meeting", ["Zhanibek district akimat"]]);
  });

  it("names a mining plant by its abbreviation, in the nominative", () => {
    const [d] = draftsOf(
      "Вчера на Донском ГОКе прошла встреча с трудовым коллективом. Работникам комбината разъяснили положения проекта новой Конституции.",
      "2026-02-22",
    );
    expect(hostsOf(d)).toEqual(["Донской ГОК"]);
  });

  it("reads deputies handing out leaflets and answering questions as outreach", () => {
    const [d] = draftsOf(
      "SHYMKENT — Deputies of the Shymkent city maslikhat spent Monday morning at the Bekzhan market, where they handed out leaflets on the draft of the new Constitution and answered traders' questions.",
      "2026-03-03",
    );
    expect([d?.region, d?.date]).toEqual(["KZ-79", "2026-03-02"]);
  });

  it("reads a party's branch the akimat held the meeting with as a second host", () => {
    const [d] = draftsOf(
      "Акимат Сарыагашского района совместно с районным филиалом партии «AMANAT» провел встречу с ветеранами. Проект новой Конституции разъяснил депутат областного маслихата Ерболат Турсынбаев.",
      "2026-03-06",
    );
    expect(hostsOf(d)).toEqual(["«AMANAT»", "Акимат Сарыагашского района"]);
  });

  it("reads a chamber that organised the meeting as its host", () => {
    const [d] = draftsOf(
      "В минувшую пятницу в Костанае прошла встреча с предпринимателями региона. Организатором выступила региональная палата предпринимателей. Представители бизнеса обсудили с членом Конституционной комиссии Асель Темирбековой нормы проекта новой Конституции.",
      "2026-03-02",
    );
    expect(hostsOf(d)).toEqual(["Региональная палата предпринимателей"]);
  });

  it("reads a party branch that hosted a meeting with a company's workers, and the company, as hosts", () => {
    const [d] = draftsOf(
      "On 28 February, the Temirtau branch of the AMANAT party hosted a meeting with steelworkers of Qarmet JSC. Senator Anar Kaliyeva explained the key changes in the draft Constitution to some 250 employees of the plant.",
      "2026-03-02",
    );
    expect(hostsOf(d)?.sort()).toEqual(["AMANAT", "Qarmet JSC"]);
  });

  it("reads a second meeting at a meat plant, where the deputy talked with the staff", () => {
    const drafts = draftsOf(
      "Во вторник в Семее состоялись две встречи по разъяснению проекта Конституции. Утром депутат Мажилиса Нурлан Ахметов встретился со студентами Семейского медицинского университета. Днем он побывал на мясокомбинате «Семей Ет», где пообщался с коллективом предприятия.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.audiences, hostsOf(d)])).toEqual([
      [["students"], ["Семейский медицинский университет"]],
      [["labour_collective"], ["«Семей Ет»"]],
    ]);
  });

  it("reads a club and a union through their members, and a street as no speaker", () => {
    const [club] = draftsOf(
      "Members of the \"Kumis Zhas\" pensioners' club in Ust-Kamenogorsk spent Thursday afternoon discussing the draft Constitution with regional maslikhat deputy Olga Vlasova. About 35 retirees came to the club's premises on Kirov Street.",
      "2026-02-28",
    );
    expect([club?.speakers.map((s) => s.name), hostsOf(club)]).toEqual([
      ["Olga Vlasova"],
      ["«Kumis Zhas» pensioners' club"],
    ]);
    const [union] = draftsOf(
      "KARAGANDA, March 1 — Some 40 members of the Karaganda regional Union of Persons with Disabilities met lawyer Dina Omarova on Sunday to discuss the draft Constitution.",
      "2026-03-02",
    );
    expect([hostsOf(union), union?.audiences]).toEqual([
      ["Karaganda regional Union of Persons with Disabilities"],
      ["other"],
    ]);
  });

  it("takes no line of places only for a title", () => {
    const [d] = draftsOf(
      "Маңғыстау облысы, Жаңаөзен қаласы. 28 ақпан күні «Өзенмұнайгаз» АҚ мұнайшыларымен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-01",
    );
    expect(d?.title).toBe(
      "28 ақпан күні «Өзенмұнайгаз» АҚ мұнайшыларымен жаңа Конституция жобасы бойынша кездесу өтті.",
    );
  });

  it("ends a sentence at a school number's full stop, and reads a talk with its teachers as held there", () => {
    const drafts = draftsOf(
      "Разъяснительная работа по проекту новой Конституции продолжается в районах области. 3 марта в районе Магжана Жумабаева член информационной группы Алия Сарсенова провела беседу с учителями Булаевской средней школы №1. 4 марта в Есильском районе с жителями села Явленка встретился аким района Нурлан Ахметов.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.district?.name, d.date, hostsOf(d)])).toEqual([
      ["Magzhan Zhumabayev District", "2026-03-03", ["Школа №1"]],
      ["Esil District", "2026-03-04", []],
    ]);
  });

  it("reads «Келесі күні» as the next day, not a district, and its meeting as a second one", () => {
    const drafts = draftsOf(
      "Жетісу облысының Ақсу ауданында жаңа Конституция жобасын түсіндіру мақсатында үгіт-насихат тобы ауыл-ауылды аралап жүр. 4 наурызда топ мүшелері Жансүгіров ауылында шаруалармен кездесті. Келесі күні Қапал ауылының мәдениет үйінде 80-ге жуық тұрғынмен жүздесу болды. Топты аудандық мәслихат төрағасы Серік Әбілов басқарады.",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.region, d.district?.name, d.date])).toEqual([
      ["KZ-33", "Aksu District", "2026-03-04"],
      ["KZ-33", "Aksu District", "2026-03-05"],
    ]);
    expect(drafts[1]?.speakers.map((s) => s.role)).toEqual(["аудандық мәслихат төрағасы"]);
  });

  it("reads a company's branch and a trade union of workers that organised the meeting as its hosts", () => {
    const [d] = draftsOf(
      "AKTOBE, March 7 — Around 110 railway workers met Senator Bakhytzhan Zhumagulov on Friday to discuss the draft of the new Constitution. The meeting was organised by the Aktobe branch of Kazakhstan Temir Zholy together with the regional trade union of railway workers.",
      "2026-03-09",
    );
    expect(hostsOf(d)).toEqual(["Kazakhstan Temir Zholy", "Regional trade union of railway workers"]);
  });

  it("reads a Russian plural title after a place as each name's", () => {
    const [d] = draftsOf(
      "В Жезказгане депутаты Мажилиса Самат Мусабаев и Ирина Смирнова встретились с горняками шахты «Анненская» по проекту Конституции.",
      "2026-03-04",
    );
    expect(d?.speakers.map((s) => s.role)).toEqual(["депутат Мажилиса", "депутат Мажилиса"]);
  });

  it("reads two towns' meetings told in one sentence with 'while' as two", () => {
    const drafts = draftsOf(
      "TARAZ and SHU, March 4 — Two meetings on the draft Constitution took place in Zhambyl region on Wednesday. In Taraz, Senator Ali Bektayev met about 90 teachers at school-lyceum No. 41, while in Shu, regional maslikhat deputy Gaukhar Saparova talked to 60 sugar factory workers.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.district?.name, d.audiences, d.title])).toEqual([
      ["Taraz", ["teachers"], "In Taraz, Senator Ali Bektayev met about 90 teachers at school-lyceum No. 41"],
      [
        "Shu District",
        ["labour_collective"],
        "In Shu, regional maslikhat deputy Gaukhar Saparova talked to 60 sugar factory workers.",
      ],
    ]);
  });

  it("takes no page's publication line for a title", () => {
    const [d] = draftsOf(
      "News » Regions\nPublished: 7 March 2026, 09:20\nZhezkazgan copper smelter workers hear about draft Constitution\nZHEZKAZGAN — About 200 workers of the Zhezkazgan copper smelter met with Mazhilis deputy Daniyar Kassymov on Friday. The deputy explained the main changes in the draft Constitution.",
      "2026-03-07",
    );
    expect(d?.title).toBe("Zhezkazgan copper smelter workers hear about draft Constitution");
  });

  it("reads no audience from a hall's name, and a short surname between commas after a title", () => {
    const [concert] = draftsOf(
      "Около 500 жителей Темиртау собрались 8 марта во Дворце культуры металлургов. Перед концертом депутат Мажилиса Екатерина Смышляева рассказала о нормах проекта новой Конституции.",
      "2026-03-10",
    );
    expect(concert?.audiences).toEqual(["residents"]);
    const [assembly] = draftsOf(
      "In Kyzylorda, a meeting on the draft Constitution brought together the leaders of ethnocultural associations on March 9. The chairman of the regional Assembly of People of Kazakhstan, Ruslan Ten, said the draft reflects the country's unity.",
      "2026-03-10",
    );
    expect(assembly?.speakers.map((s) => s.name)).toEqual(["Ruslan Ten"]);
  });

  it("keeps a Kazakh sentence's subject out of the title of the speaker it met", () => {
    const [d] = draftsOf(
      "Ақтау қаласындағы «Каспий» университетінде студенттер мен оқытушылар Мәжіліс депутаты Самат Нұртаевпен жүздесті. Кездесу барысында жаңа Конституция жобасы талқыланды.",
      "2026-02-27",
    );
    expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([["Самат Нұртаев", "Мәжіліс депутаты"]]);
  });

  it("reads a library's reading of the draft for pensioners as outreach it hosted", () => {
    const [d] = draftsOf(
      "In Kostanay, the regional library named after L. Tolstoy hosted a reading of the draft Constitution for senior citizens on March 11. About 30 pensioners attended.",
      "2026-03-12",
    );
    expect([d?.date, hostsOf(d)]).toEqual(["2026-03-11", ["Regional library named after L. Tolstoy"]]);
  });

  it("counts mothers, names a school after a town's possessive, and reads an information event", () => {
    const [mothers] = draftsOf(
      "В Актобе прошла встреча с многодетными матерями по проекту новой Конституции. На встречу пришли около 60 мам.",
      "2026-03-02",
    );
    expect(mothers?.audienceSize).toBe(60);
    const [school] = draftsOf(
      "SATPAYEV — Teachers and parents of Satpayev's school No. 17 met on Saturday with regional maslikhat deputy Kuanysh Abenov to discuss the draft Constitution.",
      "2026-03-02",
    );
    expect(hostsOf(school)).toEqual(["School No. 17"]);
    const [event] = draftsOf(
      "Жамбыл облысы Байзақ ауданында «Жаңа Конституция – жаңа Қазақстан» атты ақпараттық шара өтті. Шараға аудан әкімінің орынбасары Асхат Жұмабеков қатысты.",
      "2026-03-03",
    );
    expect(event?.district?.name).toBe("Baizak District");
  });
});
