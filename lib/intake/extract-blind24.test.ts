// What the blind batches caught in the thirty-first session (292nd–300th), one
// general cause each:
// - 292nd (a 2022 salt works, a college's debate, a library for the blind,
//   a district's two villages, a petrochemical plant): «диспут «Конституция
//   и молодежь»» is a meeting (its hall, «в Жамбылском … колледже», the host;
//   its name no audience); "heard a presentation" is a meeting; «сотрудник
//   департамента полиции … майор» a speaker's title; «шопандармен» a
//   workforce (so a second village's meeting with them is one of its own); a
//   library where it was hosts it unless someone is said to have organised it
//   (the set's kk-171 and ru-68 now annotate theirs).
// - 293rd (a copper smelter, a chrome plant, rice growers, a school by its
//   number under a post's place label, an institute named after an
//   academician): «завод хромовых соединений» keeps what it makes; «имени
//   академика К. Сатпаева» is a namesake, no speaker; "rice growers" a
//   workforce; «📍 Түркістан облысы, Сайрам ауданы» no title.
// - 294th (a 2022 party visit to a mine, oil workers in Zhanaozen, a
//   pedagogical institute, a mining combine, Latin-script railwaymen, a
//   district akimat's page as HTML, a chamber of entrepreneurs' seminar): "in
//   the Центре активного долголетия" capitalised is the centre; a wire's
//   "Zhanaozen, March 2 —" no part of the title; "Group leader …, deputy
//   chairman of the … maslikhat" both his title; «temirjolshylar» a
//   workforce.
// - 295th (mothers of large families at an akimat, a metallurgical plant, a
//   railway station's leaflets, a village's doctors, a town's series of
//   meetings, a university's debate): «Утром … встретились с работниками
//   комбината, а после обеда — с учителями школы-лицея №2» is two meetings,
//   the second at the school; «пікірталас» is a meeting, its object no part
//   of who led it («Пікірталасты … директоры»); «более 200 заводчан» counts.
// - 296th (a region's information group at a mine and a university, an akim
//   with oil workers and a college, a chamber of entrepreneurs, a youth
//   forum, a council of mothers, a ferroalloy plant): «… мұнайшылармен
//   кездесті. «Өзенмұнайгаз» АҚ ұжымымен болған жиында …» — the first of
//   two meetings is at the company whose staff the next sentence names.
// - 297th (a district's youth meeting, a cement plant, a national student
//   forum, law-enforcement veterans, a uranium miner, a courtyard, volunteers
//   door to door): workers who "heard from a senator" met him, "Senator
//   Mukhtar Kul-Mukhammed" is a name with its double surname, and volunteers
//   who "went door to door … talking to residents" did outreach; «депутат
//   маслихата города Караганды Ирина Ким» is Ирина Ким of Karaganda, no
//   «Караганды Ирина»; «… ауданында 25 ақпанда аудандық ішкі саясат бөлімі
//   … кездесу ұйымдастырды» names the host after where and when.
// - 298th (a district's farm workers, a refinery, a schoolchildren's quiz,
//   cotton growers, a town's residents and a judge, an engineering
//   university, a copper mine): "gathered … to hear lawyers explain" names
//   whom they heard, not who came; «мақта өсірушілер» are a workforce;
//   «Депутат областного маслихата области Ұлытау» is a Russian title with a
//   Kazakh letter only in the region's name (it was read as Kazakh, cut at
//   «маслихата» as if a locative, and lost).
// - 299th–300th (a news page with a sidebar, a teacher's quote, coal miners,
//   a prosecutor at a law faculty, an akim in a district; announcements, a
//   postponed forum): a report of a meeting "postponed" or «кейінге
//   шегерілді» drafts it as cancelled (saved so, not as held); another
//   meeting called off in a report of one that goes ahead lends it neither
//   its plant nor its workforce; «на встрече … отменена смертная казнь»
//   calls nothing off.
import { describe, expect, it } from "vitest";
import { draftStatus } from "./to-body";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-fourth set)", () => {
  it("reads a debate as a meeting at the college it was held in, its name naming no audience", () => {
    const [debate] = draftsOf(
      "В Таразе 10 марта в Жамбылском гуманитарно-техническом колледже прошел диспут «Конституция и молодежь». Перед студентами выступили депутат городского маслихата Ерлан Сейткулов и сотрудник департамента полиции Жамбылской области майор Асель Нуртаева. В обсуждении приняли участие 90 студентов.",
      "2026-03-11",
    );
    expect([debate?.format, debate?.audiences, hostsOf(debate)]).toEqual([
      "meeting",
      ["students"],
      ["Жамбылский гуманитарно-технический колледж"],
    ]);
    expect(debate?.speakers.map((p) => p.role)).toEqual([
      "депутат городского маслихата",
      "сотрудник департамента полиции Жамбылской области майор",
    ]);
  });

  it("reads workers who heard a presentation on the draft as a meeting", () => {
    const [plant] = draftsOf(
      "Workers of the Pavlodar Petrochemical Plant heard a presentation on the draft Constitution on March 9. Plant director Nurlan Kulbayev answered questions from about 300 employees.",
      "2026-03-10",
    );
    expect(plant?.format).toBe("meeting");
  });

  it("reads shepherds as a workforce, met in a village of their own", () => {
    const drafts = draftsOf(
      "Маңғыстау облысы Бейнеу ауданында 5 наурызда жаңа Конституция жобасы бойынша кездесулер өтті. Аудан әкімі Қуанышбек Жаңбыршин Бейнеу ауылындағы мәдениет үйінде 200-ге жуық тұрғынмен жүздесті. Ал аудандық мәслихат хатшысы Сәуле Қалиева Боранқұл ауылында шопандармен кездесті.",
      "2026-03-06",
    );
    expect(drafts.map((d) => [d.audiences, d.speakers.map((p) => p.name)])).toEqual([
      [["residents"], ["Қуанышбек Жаңбыршин"]],
      [["labour_collective"], ["Сәуле Қалиева"]],
    ]);
  });

  it("reads a library as the host where it was, unless someone else organised the meeting", () => {
    const [russian] = draftsOf(
      "В Петропавловске в областной специальной библиотеке для незрячих граждан 27 февраля прошла встреча с людьми с инвалидностью по зрению. Юрист Данияр Ахметов разъяснил нормы проекта Конституции.",
      "2026-03-02",
    );
    expect(hostsOf(russian)).toEqual(["Областная специальная библиотека"]);
    const [kazakh] = draftsOf(
      "Ақмола облыстық әмбебап ғылыми кітапханасында 12 наурызда зейнеткерлермен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-13",
    );
    expect(hostsOf(kazakh)).toEqual(["Ақмола облыстық әмбебап ғылыми кітапханасы"]);
    const [organised] = draftsOf(
      "Круглый стол по проекту новой Конституции прошёл 5 марта в областной библиотеке имени Ж. Молдагалиева. Его организовало управление внутренней политики Западно-Казахстанской области.",
      "2026-03-06",
    );
    expect(hostsOf(organised)).toEqual(["Управление внутренней политики Западно-Казахстанской области"]);
  });

  it("keeps what a plant makes in its name, and an academician it is named after out of the speakers", () => {
    const [plant] = draftsOf(
      "В Актобе сотрудники Актюбинского завода хромовых соединений встретились 4 марта с членом рабочей группы по разъяснению проекта Конституции Маратом Исмагуловым.",
      "2026-03-05",
    );
    expect(hostsOf(plant)).toEqual(["Актюбинский завод хромовых соединений"]);
    const [institute] = draftsOf(
      "В Экибастузе 11 марта в актовом зале Экибастузского инженерно-технического института имени академика К. Сатпаева состоялась встреча преподавателей и студентов с депутатом Мажилиса Айдосом Сарымом. Он рассказал о проекте новой Конституции.",
      "2026-03-12",
    );
    expect([institute?.speakers.map((p) => p.name), hostsOf(institute)]).toEqual([
      ["Айдос Сарым"],
      ["Экибастузский инженерно-технический институт имени академика К. Сатпаева"],
    ]);
  });

  it("reads rice growers as a workforce", () => {
    const [farm] = draftsOf(
      "KYZYLORDA, Feb 27 — Rice growers in Zhalagash district gathered at the district House of Culture on Friday for a meeting on the draft Constitution.",
      "2026-02-28",
    );
    expect(farm?.audiences).toEqual(["labour_collective"]);
  });

  it("titles a post by its report, not by its place label", () => {
    const [school] = draftsOf(
      "📍 Түркістан облысы, Сайрам ауданы\n🗓 6 наурыз\nАқсу ауылындағы №45 жалпы білім беретін мектепте ұстаздар ұжымымен жаңа Конституция жобасы бойынша кездесу өтті.",
      "2026-03-07",
    );
    expect(school?.title).toBe(
      "Ақсу ауылындағы №45 жалпы білім беретін мектепте ұстаздар ұжымымен жаңа Конституция жобасы бойынша кездесу өтті.",
    );
  });

  it("reads a capitalised centre of active longevity as where the meeting was", () => {
    const [centre] = draftsOf(
      "5 марта в Центре активного долголетия поселка Абай состоялась встреча с пенсионерами. Заместитель акима района Ержан Касымов разъяснил изменения в проекте новой Конституции.",
      "2026-03-06",
    );
    expect(hostsOf(centre)).toEqual(["Центр активного долголетия"]);
  });

  it("titles a wire without its town's dateline, and gives a group's leader his post too", () => {
    const [oil] = draftsOf(
      "Zhanaozen, March 2 — Oil workers of Ozenmunaigas JSC met members of the regional information group on the draft Constitution. Group leader Aibek Zhumagaliyev, deputy chairman of the Mangystau regional maslikhat, spoke about workers' rights in the new text.",
      "2026-03-03",
    );
    expect([oil?.title, oil?.speakers.map((p) => p.role)]).toEqual([
      "Oil workers of Ozenmunaigas JSC met members of the regional information group on the draft Constitution.",
      ["Group leader, deputy chairman of the Mangystau regional maslikhat"],
    ]);
  });

  it("reads railwaymen written in the Latin script as a workforce", () => {
    const [latin] = draftsOf(
      "Aqtóbe oblysy Shalqar aýdanynda 6 naýryzda temirjolshylarmen jańa Konstıtýsııa jobasy boıynsha kezdesý ótti.",
      "2026-03-07",
    );
    expect(latin?.audiences).toEqual(["labour_collective"]);
  });

  it("reads another part of the day's clause as a meeting of its own, at the school it names", () => {
    const drafts = draftsOf(
      "Депутаты Туркестанского областного маслихата 6 марта провели серию встреч в Кентау. Утром они встретились с работниками Ачисайского полиметаллического комбината, а после обеда — с учителями школы-лицея №2. Депутаты разъяснили основные нормы проекта Конституции.",
      "2026-03-07",
    );
    expect(drafts.map((d) => [d.audiences, hostsOf(d)])).toEqual([
      [["labour_collective"], ["Ачисайский полиметаллический комбинат"]],
      [["teachers"], ["Школа-лицей №2"]],
    ]);
  });

  it("reads a Kazakh «пікірталас» as a meeting, and counts a plant's «заводчане»", () => {
    const [debate] = draftsOf(
      "Ақтау қаласындағы «Каспий» университетінде 9 наурызда «Ата Заң – ел болашағы» тақырыбында пікірталас өтті. Оған 200-ге тарта студент қатысты. Пікірталасты облыстық жастар ресурстық орталығының директоры Ержан Тілеуов жүргізді.",
      "2026-03-10",
    );
    expect([debate?.format, debate?.speakers.map((p) => p.role)]).toEqual([
      "meeting",
      ["облыстық жастар ресурстық орталығының директоры"],
    ]);
    const [plant] = draftsOf(
      "В Усть-Каменогорске на Ульбинском металлургическом заводе 3 марта состоялась встреча трудового коллектива с депутатом Мажилиса по проекту новой Конституции. На встречу пришли более 200 заводчан.",
      "2026-03-04",
    );
    expect(plant?.audienceSize).toBe(200);
  });

  it("hosts a meeting at the company whose staff a sentence after its start names", () => {
    const drafts = draftsOf(
      "Маңғыстау облысының әкімі Нұрдәулет Қилыбай 4 наурызда Жаңаөзен қаласында мұнайшылармен кездесті. «Өзенмұнайгаз» АҚ ұжымымен болған жиында әкім жаңа Конституция жобасының негізгі бағыттарын түсіндірді. Сол күні әкім Жаңаөзендегі №1 колледждің студенттерімен де жүздесті.",
      "2026-03-05",
    );
    expect(drafts.map((d) => [d.audiences, hostsOf(d)])).toEqual([
      [["labour_collective"], ["«Өзенмұнайгаз» АҚ"]],
      [["students"], ["№1 колледж"]],
    ]);
  });

  it("reads workers who heard from a senator as a meeting with him, and volunteers door to door as outreach", () => {
    const [plant] = draftsOf(
      "Workers at the Shymkent cement plant of Standard Cement LLP heard from a senator on Thursday about the draft of the new Constitution. Senator Mukhtar Kul-Mukhammed told some 140 employees that the document strengthens the right to safe working conditions.",
      "2026-02-27",
    );
    expect([plant?.format, plant?.speakers.map((p) => p.name)]).toEqual(["meeting", ["Mukhtar Kul-Mukhammed"]]);
    const door = articleOf(
      "In Petropavl, 30 volunteers of the regional headquarters of the Amanat party went door to door in the Bereke neighbourhood on March 5, talking to residents about the draft Constitution.",
      "2026-03-06",
    );
    expect([door.isOutreach, door.drafts[0]?.audiences]).toEqual([true, ["residents"]]);
  });

  it("reads a town after «города» before a name as the title's place, not the name's first word", () => {
    const [yard] = draftsOf(
      "Депутат маслихата города Караганды Ирина Ким встретилась 4 марта с жильцами домов микрорайона Степной-4. Депутат рассказала о проекте новой Конституции.",
      "2026-03-05",
    );
    expect([yard?.region, yard?.speakers.map((p) => [p.name, p.role])]).toEqual([
      "KZ-35",
      [["Ирина Ким", "депутат маслихата города Караганды"]],
    ]);
  });

  it("reads a Kazakh body that organised a meeting after where and when the sentence opens with", () => {
    const [youth] = draftsOf(
      "Солтүстік Қазақстан облысы Тайынша ауданында 25 ақпанда аудандық ішкі саясат бөлімі жастармен жаңа Конституция жобасы бойынша кездесу ұйымдастырды. Оған 75 адам қатысты.",
      "2026-02-26",
    );
    expect(hostsOf(youth)).toEqual(["Аудандық ішкі саясат бөлімі"]);
  });

  it("reads the lawyers an audience came to hear as no audience, and cotton growers as a workforce", () => {
    const [refinery] = draftsOf(
      "Atyrau, March 3. Employees of the Atyrau refinery gathered in the plant's culture centre to hear lawyers explain the main changes in the draft Constitution.",
      "2026-03-04",
    );
    expect(refinery?.audiences).toEqual(["labour_collective"]);
    const [cotton] = draftsOf(
      "Түркістан облысы Мақтаарал ауданының Атакент кентінде 5 наурызда мақта өсірушілермен жаңа Конституция жобасы бойынша кездесу болды.",
      "2026-03-06",
    );
    expect(cotton?.audiences).toEqual(["labour_collective"]);
  });

  it("keeps a Russian title whose region is named in Kazakh letters", () => {
    const [mine] = draftsOf(
      "В городе Сатпаев 9 марта состоялась встреча с шахтерами рудника «Жомарт». Депутат областного маслихата области Ұлытау Серик Абенов рассказал о проекте новой Конституции.",
      "2026-03-10",
    );
    expect(mine?.speakers.map((p) => p.role)).toEqual(["депутат областного маслихата области Ұлытау"]);
  });

  it("drafts a meeting the report says was postponed as cancelled, and keeps another one called off aside", () => {
    const [forum] = draftsOf(
      "Қызылорда облысында 11 наурызда өтуі тиіс болған жастар форумы ауа райының қолайсыздығына байланысты кейінге шегерілді. Форум Конституция жобасын талқылауға арналған еді.",
      "2026-03-12",
    );
    expect(forum && [forum.cancelled, draftStatus(forum, "2026-03-12")]).toEqual([true, "cancelled"]);
    const [ahead] = draftsOf(
      "The regional akimat of Pavlodar announced that a public meeting on the draft Constitution with Senator Nurlan Beknazarov will take place on March 13. The meeting scheduled for March 12 at the Aksu ferroalloy plant has been postponed.",
      "2026-03-11",
    );
    expect(ahead && [ahead.cancelled, draftStatus(ahead, "2026-03-11"), ahead.audiences, hostsOf(ahead)]).toEqual([
      false,
      "planned",
      [],
      [],
    ]);
    const [held] = draftsOf(
      "На встрече с жителями села депутат Мажилиса сказал, что в проекте новой Конституции отменена смертная казнь.",
      "2026-03-05",
    );
    expect(held?.cancelled).toBe(false);
  });
});
