// What the blind batches caught in the thirtieth session (277th–), one
// general cause each:
// - 277th (a city polyclinic, a sports school, a mosque, a cement plant
//   online): «профессор Южно-Казахстанского университета им. М. Ауэзова
//   Гульнар Сапарова» names where the speaker works, not another meeting in
//   Turkestan region; «Ақжол» and "Pavlodar" hold no legal form (АҚ, PA) in
//   them, so «Ақжол» мешіті is a mosque, no company, and "Regional department
//   of internal policy" a state body; athletes and coaches are counted, and
//   "members of the public council" are no residents.
// - 278th (a city's light rail, a kindergarten, a farm firm, a village):
//   «бөбекжай-балабақшасында», «в детском саду «Балапан»» are kindergartens
//   (their tutors, тәрбиешілер and воспитатели, are teachers); "staff of the
//   Astana Light Rail Transit (LRT) company" names the firm.
// - 279th (two villages by a district's mobile group, a round table at a
//   university, shepherds, a House of Culture): «… университетінде «Жаңа
//   Конституция – жастар көзімен» атты дөңгелек үстел» is the event's name,
//   neither the university's nor who came; `…rarely see officials," team
//   leader Nurbol Akhmetov` is a team leader, the quotation no title; shepherds
//   are a workforce. (Left alone: «В Дарбазе с жителями встретился А, в
//   Жемисти — Б» stays one meeting, its villages not in our gazetteer;
//   «поселка Шахан Шахтинского района» finds no region, Shakhtinsk being a
//   town with no district.)
// - 280th (a concert-rally, a copper smelter, a philharmonic, a village's
//   elders): "Speakers included … and students of Kokshetau University" names
//   who spoke (no meeting of the students'); «в региональной филармонии имени
//   Жамбыла» is the venue that hosts, «творческой интеллигенции» its audience.
// - 281st (a regional news page as HTML, a post with emoji labels, diasporas
//   at the House of Friendship): a page's date line under its headline, «5
//   марта 2026», and the report's «4 марта на Экибастузской ГРЭС-2 …» opening
//   the next paragraph are two dates (a date is written on one line), not
//   one «2026 … 4 марта» that dated nothing.
// - 282nd (a machine-building plant, a university, a village over a weekend; a
//   gold mine and a village; a bar association's consultations): «…
//   провела встречу со студентами …, а в воскресенье — с жителями села …» is
//   two meetings, the second sharing the first's verb; "free consultations on
//   the draft Constitution" for residents are outreach, and a bar association a
//   public body, no company. (Left alone: the Saturday meeting at a university
//   in Semey gets no town, the town being named only in the meeting before.)
// - 283rd (wires in English: an oil producer in the former Zelenov district, a
//   college teachers' seminar, an akim in Shu district): "Zhambyl region's akim
//   Yerbol Karashukeyev" keeps his region in his title.
// - 284th (a city akim with a district's activists, a district's numbered
//   list of villages, a post with labels, a theatre): «Аким города Алматы
//   Дархан Сатыбалды» is a name after a title naming its town (a surname of
//   no Russian ending); «1. 2 наурызда … кездесті. … / 2. Сол күні … жүздесті.»
//   is two meetings, the item's number no sentence of its own nor part of a
//   title; «актив района», «председатели КСК», «общественники», «шаруалар»,
//   «өнер қайраткерлері» are who came.
// - 285th–287th (railwaymen at a station's hall, a district's residents, a
//   gymnasium's teachers, a rice farm, a weekly roundup, Latin-script
//   steelworkers): "Locomotive driver Serik Amanov … said", «Учитель истории
//   Наталья Ковальчук отметила …» have their job for a role (workers who spoke
//   are speakers, as the set annotates them: ru-235's machinist now has his).
// - 288th–289th (a mountain district's two villages, a youth forum, Sairam's
//   village, Baikonur's space workers, Astana's housing estate, a consulate in
//   Omsk): «Қызылорда облыстық мәслихатының депутаты» keeps its town, and
//   «Қорқыт Ата атындағы Қызылорда университетінің профессоры» its namesake
//   (names that end as a Kazakh locative, -да, -та, are no place the title
//   was given in; four of the set's Kyzylorda titles are now whole).
// - 290th–291st (a city hospital, a state corporation's branch, a coal pit, a
//   minister's videoconference, a ministry's online briefing, a processing
//   plant): "an online briefing … for the heads of regional employment
//   centres" is outreach to them, no press briefing (one "for journalists"
//   still is). (Left alone: «Государственная корпорация «Правительство для
//   граждан»» is named by its inner quotes only.)
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-third set)", () => {
  it("reads a place in the name of a speaker's university as no meeting of its own", () => {
    const drafts = draftsOf(
      "ШЫМКЕНТ. 3 марта в городской поликлинике №3 Шымкента прошла разъяснительная встреча по проекту новой Конституции. Перед медицинскими работниками выступила профессор Южно-Казахстанского университета им. М. Ауэзова Гульнар Сапарова.",
      "2026-03-04",
    );
    expect(drafts.map((d) => [d.region, d.audiences, d.speakers.map((p) => p.name)])).toEqual([
      ["KZ-79", ["medical_workers"], ["Гульнар Сапарова"]],
    ]);
  });

  it("reads a legal form only as a word of its own, and a mosque as where the meeting was", () => {
    const [mosque] = draftsOf(
      "Жаңаөзен қаласындағы «Ақжол» мешітінде 1 наурыз күні Конституция жобасы бойынша түсіндіру жиыны өтті. Жиынға мешіт жамағаты мен ардагерлер қатысты.",
      "2026-03-02",
    );
    expect(mosque?.organizations.map((o) => [o.name, o.role, o.kind])).toEqual([["«Ақжол» мешіті", "host", "other"]]);
    const [russian] = draftsOf(
      "1 марта в мечети «Нур» города Жанаозен прошла встреча с прихожанами по проекту новой Конституции.",
      "2026-03-02",
    );
    expect(russian?.organizations.map((o) => [o.name, o.kind])).toEqual([["Мечеть «Нур»", "other"]]);
    const [club] = draftsOf(
      "2 наурызда «Ақ ниет» зейнеткерлер клубында Конституция жобасы бойынша кездесу өтті.",
      "2026-03-03",
    );
    expect(club?.organizations.map((o) => o.kind)).toEqual(["other"]);
  });

  it("counts athletes and coaches, and takes no residents from a public council", () => {
    const [school] = draftsOf(
      "KOSTANAY — Members of the regional public council briefed athletes and coaches of a sports school on the key provisions of the draft Constitution on Thursday. About 60 young athletes and 15 coaches attended.",
      "2026-02-27",
    );
    expect([school?.audiences, school?.audienceSize, school?.audienceEstimate]).toEqual([["other", "youth"], 75, true]);
  });

  it("reads a kindergarten as the meeting's host and its tutors as teachers", () => {
    const [kazakh] = draftsOf(
      "2 наурыз күні «Балдәурен» бөбекжай-балабақшасында тәрбиешілер мен ата-аналармен Конституция жобасы бойынша кездесу ұйымдастырылды.",
      "2026-03-03",
    );
    expect([kazakh?.audiences, kazakh?.organizations.map((o) => [o.name, o.role, o.kind])]).toEqual([
      ["residents", "teachers"],
      [["«Балдәурен» бөбекжай-балабақшасы", "host", "education"]],
    ]);
    const [russian] = draftsOf(
      "2 марта в ясли-саду «Айгөлек» прошла встреча с воспитателями по проекту новой Конституции.",
      "2026-03-03",
    );
    expect([russian?.audiences, russian?.organizations.map((o) => o.name)]).toEqual([
      ["teachers"],
      ["Ясли-сад «Айгөлек»"],
    ]);
  });

  it("names a firm by its capitalised words with its abbreviation after them", () => {
    const [d] = draftsOf(
      "ASTANA — On 4 March, deputies of the Mazhilis met staff of the Astana Light Rail Transit (LRT) company to explain the draft of the new Constitution.",
      "2026-03-05",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([["Astana Light Rail Transit", "host"]]);
  });

  it("reads a quoted name before «атты» as the event's, and a quotation's end as no part of a title", () => {
    const [table] = draftsOf(
      "2026 жылғы 3 наурызда Түркістан қаласындағы Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университетінде «Жаңа Конституция – жастар көзімен» атты дөңгелек үстел өтті. Оған университет студенттері қатысты.",
      "2026-03-04",
    );
    expect([table?.audiences, table?.organizations.map((o) => o.name)]).toEqual([
      ["students"],
      ["Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті"],
    ]);
    const [team] = draftsOf(
      'A mobile outreach team travelled on Thursday to Zhanakorgan district to meet shepherds and talk to them about the draft Constitution. "Many of them rarely see officials," team leader Nurbol Akhmetov said.',
      "2026-03-06",
    );
    expect([team?.audiences, team?.speakers.map((p) => [p.name, p.role])]).toEqual([
      ["labour_collective"],
      [["Nurbol Akhmetov", "team leader"]],
    ]);
  });

  it("reads who the speakers included as no audience, and a philharmonic named after someone as the host", () => {
    const rally = draftsOf(
      "KOKSHETAU — More than 500 people gathered in the city's central square on Saturday for a rally in support of the draft Constitution organised by the regional youth resource centre.\n\nSpeakers included deputy akim Sergei Kulagin and students of Kokshetau University named after Shokan Ualikhanov.",
      "2026-03-08",
    );
    expect(rally.map((d) => [d.format, d.audiences])).toEqual([["rally", []]]);
    const [hall] = draftsOf(
      "В Таразе 1 марта в региональной филармонии имени Жамбыла прошла встреча творческой интеллигенции региона с членами Конституционной комиссии по проекту Конституции.",
      "2026-03-02",
    );
    expect([hall?.audiences, hall?.organizations.map((o) => [o.name, o.role])]).toEqual([
      ["other"],
      [["Региональная филармония имени Жамбыла", "host"]],
    ]);
  });

  it("reads a date on one line only, not a year closing one line with a day opening the next", () => {
    const [d] = draftsOf(
      "В Экибастузе энергетики обсудили проект Конституции\n\n5 марта 2026\n\n4 марта на Экибастузской ГРЭС-2 состоялась встреча трудового коллектива с депутатом маслихата Асылбеком Нургалиевым.",
      "2026-03-05",
    );
    expect([d?.date, d?.datePrecision]).toEqual(["2026-03-04", "day"]);
  });

  it("reads another day's clause sharing the verb before as a meeting of its own", () => {
    const drafts = draftsOf(
      "В субботу члены группы провели встречу по проекту Конституции со студентами Университета имени Шакарима, а в воскресенье — с жителями села Знаменка Бескарагайского района.",
      "2026-03-09",
    );
    expect(drafts.map((d) => [d.date, d.audiences, d.district?.name ?? null])).toEqual([
      ["2026-03-07", ["students"], null],
      ["2026-03-08", ["residents"], "Beskaragai District"],
    ]);
  });

  it("reads free consultations on the draft as outreach, held by a bar association", () => {
    const [d] = draftsOf(
      "Last Friday, lawyers from the Almaty Bar Association held free consultations on the draft Constitution for residents of the city's Nauryzbay district. More than 90 people came for advice.",
      "2026-03-10",
    );
    expect([d?.format, d?.organizations.map((o) => [o.name, o.kind])]).toEqual([
      "meeting",
      [["Almaty Bar Association", "ngo"]],
    ]);
  });

  it("keeps a body named with a possessive in an English title", () => {
    const [d] = draftsOf(
      "TARAZ — Zhambyl region's akim Yerbol Karashukeyev met with residents of Shu district on Thursday to explain the draft new Constitution.",
      "2026-03-06",
    );
    expect(d?.speakers.map((p) => [p.name, p.role])).toEqual([["Yerbol Karashukeyev", "Zhambyl region's akim"]]);
  });

  it("reads a title naming its town before a name of no Russian ending, and a district's activists", () => {
    const [d] = draftsOf(
      "Аким города Алматы Дархан Сатыбалды 4 марта провел встречу с активом Медеуского района по проекту новой Конституции. В ней приняли участие председатели КСК и общественники.",
      "2026-03-05",
    );
    expect([d?.speakers.map((p) => [p.name, p.role]), d?.audiences]).toEqual([
      [["Дархан Сатыбалды", "аким города Алматы"]],
      ["residents", "other"],
    ]);
  });

  it("reads each numbered item telling a meeting as one, its number no part of the title", () => {
    const drafts = draftsOf(
      "Жаңаарқа ауданында Конституция жобасын түсіндіру бойынша кездесулер жалғасуда.\n\n1. 2 наурызда Атасу кентінде аудандық мәслихат хатшысы Нұржан Бекенов тұрғындармен кездесті. Кездесуге 120 адам қатысты.\n2. Сол күні Ералиев ауылында ауыл әкімі Сәуле Нұрпейісова тұрғындармен жүздесті. Жиынға 45 адам келді.\n3. Кейін ол Бидайық ауылында жергілікті шаруалармен кездесті.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.title.slice(0, 12), d.audiences, d.audienceSize])).toEqual([
      ["2 наурызда А", ["residents"], 120],
      ["Сол күні Ера", ["residents"], 45],
      ["Кейін ол Бид", ["labour_collective"], null],
    ]);
  });

  it("gives someone named by their job at the clause's start that job for a role", () => {
    const [d] = draftsOf(
      "3 марта в школе-гимназии №9 Костаная прошла встреча депутата Мажилиса Ирины Смирновой с педагогами по проекту новой Конституции. Учитель истории Наталья Ковальчук отметила, что многие коллеги впервые прочитали проект целиком.",
      "2026-03-04",
    );
    expect(d?.speakers.map((p) => [p.name, p.role])).toEqual([
      ["Ирина Смирнова", "депутат Мажилиса"],
      ["Наталья Ковальчук", "Учитель истории"],
    ]);
  });

  it("keeps a town and a namesake ending as a Kazakh locative in a title", () => {
    const [d] = draftsOf(
      "Байқоңыр қаласында 2 наурызда ғарыш кешенінің қызметкерлерімен Конституция жобасы бойынша кездесу өтті. Кездесуге Қызылорда облыстық мәслихатының депутаты Нұрлыбек Әлиев және Қорқыт Ата атындағы Қызылорда университетінің профессоры Бақыт Әлімжанов қатысты.",
      "2026-03-03",
    );
    expect(d?.speakers.map((p) => p.role)).toEqual([
      "Қызылорда облыстық мәслихатының депутаты",
      "Қорқыт Ата атындағы Қызылорда университетінің профессоры",
    ]);
  });

  it("reads a briefing for an audience as outreach, and one for journalists as a press briefing", () => {
    const staff = articleOf(
      "The Ministry of Labour held an online briefing on Wednesday for the heads of regional employment centres on how the draft Constitution strengthens social guarantees. Vice Minister Yerbol Tuyakbayev spoke to about 400 participants.",
      "2026-03-05",
    );
    expect([staff.isOutreach, staff.drafts.map((d) => d.audienceSize)]).toEqual([true, [400]]);
    const press = articleOf(
      "The Ministry of Justice held a briefing for journalists on Wednesday on the draft Constitution. Vice Minister Aidar Nurov spoke to about 40 reporters.",
      "2026-03-05",
    );
    expect([press.isOutreach, press.reason]).toEqual([false, "briefing"]);
  });
});
