// What the blind batches caught in the twenty-ninth session (257th–273rd),
// one general cause each:
// - 257th (a smelter, a regional university, veterans, a chamber of
//   entrepreneurs): «состоялась встреча …» introduces a meeting as «прошла
//   встреча» does, and a chamber named as where the first one was («в Палате
//   предпринимателей …») hosts that one only, not the visit's next meeting.
// - 258th (a refinery, a debate tournament, veterans and youth, senators in
//   villages): a lead "holding meetings in villages of the Kyzylzhar and
//   Mamlyut districts" sums up the meetings told after it in those districts
//   (no meeting of its own per district), and "On Wednesday, the group is
//   scheduled to meet teachers in Makhambet district", closing a report of a
//   meeting held, places and counts nothing of it; «Әшімжанов Ақтөбе
//   ферроқорытпа зауытының жұмысшыларымен» is the deputy by his surname, then
//   the plant (a region's centre after a surname is no given name, and a
//   surname before a capitalised name is no part of the plant's).
// - 259th (a coal pit, a youth forum, fishermen, a region's roundup): «Сол
//   күні спикерлер … тұрғындармен де кездесті» goes on with the speakers of
//   the meeting before; «крестьянского хозяйства «Жайлау»» is a farm, its host
//   (ru-102's «Береке» now found too).
// - 260th (Kazakh in the Latin script, a region's wire, a commissions'
//   seminar, a resort town): «Бурабай» шипажайының қызметкерлерімен» is a
//   sanatorium, the meeting's host; veterans "gathered … to hear deputies of
//   the regional maslikhat" are the audience, the deputies not. (Left alone:
//   "steelworkers of Qarmet" names no host — a one-word brand reads as a town.)
//   A seminar for the precinct commissions' chairs is no outreach, though it
//   names the new Constitution's referendum.
// - 261st–262nd (railwaymen, people with disabilities, a hospital, a port; a
//   district akimat's post, an interview, two villages): «В КГУ «Школа-лицей
//   им. Абая» депутат … рассказал …» is a school (a state institution's form
//   before it), that meeting's host only, not every meeting's visitor; an
//   interview whose only meeting is in the deputy's answers («— At a meeting
//   with students in Aktobe …») reports none. (Left alone again: «Қаплан бек
//   ауылындағы кездесуге 110 адам, Жібек жолы ауылындағы жиынға 75 адам» stays
//   one draft.)
// - 263rd (an online meeting, a round table, miners, a town hall): "The
//   videoconference was organised by the Ministry of Enlightenment" names its host.
// - 265th–266th (a regional news page; a senator quoted first, volunteers, herders):
//   "at Taraz's School-Gymnasium No. 7" is the school, a town's possessive
//   before it; volunteers who "learn how to explain the draft Constitution to
//   residents" were met, not the residents.
// - 267th (a district's day of meetings, an oil field, senators in Khromtau):
//   «… ЖШС қызметкерлерімен кездесуде заңгер Ерлан Қасымов» is a lawyer, not
//   one "at the meeting".
// - 268th–269th (railwaymen in 2022, Ridder "earlier this week", Temirtau's
//   steelworkers; a senator's day in Pavlodar region, Zhanaozen and Beineu):
//   «Вечером сенатор ответил на вопросы жителей микрорайона …» after the
//   afternoon's meeting with students is the day's third meeting, though it
//   has no meeting's word (a part of the day with someone new).
// - 271st (a consulate abroad, a rehabilitation centre, the post's staff):
//   "The Consulate General of Kazakhstan in Istanbul on Sunday held a meeting
//   with Kazakh citizens living in Turkey" names its host (as en-254's
//   embassy, now read), its audience (compatriots: of no type of their own)
//   and the Consul General's title.
// - 272nd (a deputy's day in Atyrau, a mock court session): "Judges of the
//   Constitutional Court A and B" each hold the title, in the singular (so
//   do «юристы А и Б», and en-140's two lawyers now). (Left alone: a visit's
//   closing reception of citizens, «Сапар соңында … азаматтарды … қабылдады»,
//   stays part of the meeting before — «Встреча завершилась приемом граждан»
//   is one meeting.)
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (twenty-second set)", () => {
  it("reads a meeting that «состоялась», and a chamber where it was as that meeting's host only", () => {
    const drafts = draftsOf(
      "10 марта в Палате предпринимателей Павлодарской области состоялась встреча представителей бизнеса с доктором юридических наук Ерланом Байжановым по проекту Конституции. В мероприятии приняли участие свыше 70 предпринимателей. Также в тот же день он встретился с коллективом АО «Павлодарэнерго».",
      "2026-03-11",
    );
    expect(drafts.map((d) => d.organizations.map((o) => [o.name, o.role]))).toEqual([
      [["Палата предпринимателей Павлодарской области", "host"]],
      [["АО «Павлодарэнерго»", "host"]],
    ]);
    const villages = draftsOf(
      "3 марта в селе Шарбакты состоялась встреча жителей с депутатом маслихата по проекту новой Конституции. На следующий день спикеры встретились с педагогами школы-гимназии в Экибастузе.",
      "2026-03-05",
    );
    expect(villages.map((d) => [d.date, d.audiences])).toEqual([
      ["2026-03-03", ["residents"]],
      ["2026-03-04", ["teachers"]],
    ]);
  });

  it("reads a lead naming the districts of the meetings told after it as their summary", () => {
    const drafts = draftsOf(
      "PETROPAVLOVSK, March 8 — A group of senators spent the weekend in North Kazakhstan region, holding meetings on the draft Constitution in villages of the Kyzylzhar and Mamlyut districts.\n\nOn Saturday the senators met residents of the village of Bishkul. On Sunday, they met farmers in Mamlyutka.",
      "2026-03-09",
    );
    expect(drafts.map((d) => [d.date, d.district?.name])).toEqual([
      ["2026-03-07", "Kyzylzhar District"],
      ["2026-03-08", "Mamlyut District"],
    ]);
  });

  it("takes nothing from what the visitors are still to do after the meeting told", () => {
    const [refinery] = draftsOf(
      "ATYRAU — Members of the regional explanatory group on Tuesday met employees of the Atyrau Oil Refinery to explain the draft Constitution. Some 250 refinery workers attended.\n\nOn Wednesday, the group is scheduled to meet teachers in Makhambet district.",
      "2026-02-25",
    );
    expect([refinery?.district?.name, refinery?.audiences]).toEqual(["Atyrau", ["labour_collective"]]);
    const [school] = draftsOf(
      "3 марта члены группы встретились с педагогами школы-лицея №8 города Кульсары по проекту новой Конституции. Завтра группа встретится с нефтяниками в Макатском районе.",
      "2026-03-03",
    );
    expect([school?.district?.name, school?.audiences]).toEqual(["Zhylyoi District", ["teachers"]]);
    // (Visitors, «посетители», were at the meeting held: a word that opens like "will visit" is none.)
    const [museum] = draftsOf(
      "4 марта в музее прошла встреча с жителями по проекту новой Конституции. Посетители музея задали вопросы депутату в Макатском районе.",
      "2026-03-05",
    );
    expect(museum?.district?.name).toBe("Makat District");
  });

  it("reads a surname before a plant named by its town as the speaker's, not the plant's nor a name with the town", () => {
    const drafts = draftsOf(
      "28 ақпанда Ақтөбе қаласында Мәжіліс депутаты Жанарбек Әшімжанов студенттерге Конституция жобасын түсіндірді.\n\nСондай-ақ 1 наурызда Әшімжанов Ақтөбе ферроқорытпа зауытының жұмысшыларымен кездесті.",
      "2026-03-02",
    );
    expect(drafts.at(-1)?.speakers.map((p) => p.name)).toEqual(["Жанарбек Әшімжанов"]);
    expect(drafts.at(-1)?.organizations.map((o) => o.name)).toEqual(["Ақтөбе ферроқорытпа зауыты"]);
    // (264th: the given name and surname before the hospital's name, neither part of it.)
    const [hospital] = draftsOf(
      "12 наурызда облыс әкімінің орынбасары Бекзат Алтынбеков Жезқазған қалалық ауруханасының дәрігерлерімен жаңа Конституция жобасы бойынша кездесті.",
      "2026-03-13",
    );
    expect(hospital?.organizations.map((o) => o.name)).toEqual(["Жезқазған қалалық ауруханасы"]);
  });

  it("goes on with the speakers of the meeting before, and reads a farm by its kind", () => {
    const fishermen = draftsOf(
      "4 наурыз күні Түпқараған ауданы Баутино кентінде балықшылармен жаңа Конституция жобасы бойынша кездесу өтті. Кездесуге облыстық мәслихаттың депутаты Ерболат Қаржаубаев қатысты.\n\nСол күні спикерлер Форт-Шевченко қаласындағы мәдениет үйінде тұрғындармен де кездесті.",
      "2026-03-05",
    );
    expect(fishermen.map((d) => d.speakers.map((p) => p.name))).toEqual([
      ["Ерболат Қаржаубаев"],
      ["Ерболат Қаржаубаев"],
    ]);
    const [farm] = draftsOf(
      "3 марта в Мойынкумском районе прошла встреча с животноводами крестьянского хозяйства «Жайлау» по проекту новой Конституции.",
      "2026-03-04",
    );
    expect(farm?.organizations.map((o) => [o.name, o.role])).toEqual([["Крестьянское хозяйство «Жайлау»", "host"]]);
  });

  it("reads a sanatorium by its Kazakh kind, and the deputies an audience heard as none of it", () => {
    const [resort] = draftsOf(
      "7 наурызда ақпараттық-түсіндіру тобы Бурабай кентіндегі «Бурабай» шипажайының қызметкерлерімен жаңа Конституция жобасы бойынша кездесті.",
      "2026-03-08",
    );
    expect(resort?.organizations.map((o) => [o.name, o.role])).toEqual([["«Бурабай» шипажайы", "host"]]);
    const [veterans] = draftsOf(
      "In Shakhtinsk, veterans of the coal industry gathered at the town's House of Culture on March 5 to hear deputies of the regional maslikhat explain the draft Constitution.",
      "2026-03-06",
    );
    expect(veterans?.audiences).toEqual(["veterans"]);
  });

  it("reads a seminar for the precinct commissions as no outreach, the referendum named or not", () => {
    const seminar = draftsOf(
      "9 марта в Уральске состоялся обучающий семинар для председателей участковых избирательных комиссий. Участникам рассказали о порядке голосования на республиканском референдуме по проекту новой Конституции.",
      "2026-03-10",
    );
    expect(seminar).toEqual([]);
  });

  it("reads a school with a state institution's form as the host of its own meeting only", () => {
    const post = draftsOf(
      "Разъяснение проекта Конституции: итоги дня\n▪️ 5 марта в селе Егиндыбулак аким района Нурлан Мусин встретился с жителями.\n▪️ В КГУ «Школа-лицей им. Абая» депутат районного маслихата Ержан Тулегенов рассказал старшеклассникам о новых нормах проекта Основного закона.",
      "2026-03-06",
    );
    expect(post.map((d) => d.organizations.map((o) => [o.name, o.role]))).toEqual([
      [],
      [["«Школа-лицей им. Абая»", "host"]],
    ]);
    // (…and the deputy who «рассказал старшеклассникам о …», under a lead naming no kind, held a meeting.)
    expect(post.map((d) => d.format)).toEqual(["meeting", "meeting"]);
  });

  it("reads an interview whose meetings are only in the answers as no report of one", () => {
    const interview = draftsOf(
      "Mazhilis deputy Aidos Sarym told our correspondent about his trips to the regions to explain the draft Constitution.\n— What surprised you most?\n— Young people. At a meeting with students in Aktobe they asked more about parliament than about stipends.",
      "2026-02-26",
    );
    expect(interview).toEqual([]);
  });

  it("reads a ministry that organised the meeting as its host", () => {
    const [online] = draftsOf(
      "More than 500 teachers from rural schools joined an online meeting with Mazhilis deputies on March 10 to discuss the draft Constitution. The videoconference was organised by the Ministry of Enlightenment.",
      "2026-03-11",
    );
    expect(online?.organizations.map((o) => [o.name, o.role])).toEqual([["Ministry of Enlightenment", "host"]]);
  });

  it("reads a numbered school after a town's possessive, and whom volunteers learn to explain to as none of the audience", () => {
    const [school] = draftsOf(
      "TARAZ, March 9 — Senator Nurlan Bekenov told some two hundred teachers gathered at Taraz's School-Gymnasium No. 7 last Friday about the draft Constitution.",
      "2026-03-09",
    );
    expect(school?.organizations.map((o) => [o.name, o.role])).toEqual([["School-Gymnasium No. 7", "host"]]);
    const [volunteers] = draftsOf(
      "KYZYLORDA — Dozens of young volunteers met lawyers of the regional bar association on Tuesday to learn how to explain the draft Constitution to residents.",
      "2026-03-04",
    );
    expect(volunteers?.audiences).not.toContain("residents");
  });

  it("reads a Kazakh title after whom the meeting was with and where, neither in it", () => {
    const [farm] = draftsOf(
      "4 наурызда Шелек ауылындағы «Шелек агро» ЖШС қызметкерлерімен кездесуде заңгер Ерлан Қасымов жаңа Конституция жобасы туралы сөз сөйледі.",
      "2026-03-05",
    );
    expect(farm?.speakers.map((p) => [p.name, p.role])).toEqual([["Ерлан Қасымов", "заңгер"]]);
  });

  it("reads a part of a visit's day with someone new as a meeting of its own", () => {
    const day = draftsOf(
      "Сенатор Андрей Лукин 6 марта разъяснял проект новой Конституции в Павлодарской области. После обеда в Павлодаре Андрей Лукин провел встречу со студентами Торайгыров университета.\n\nВечером сенатор ответил на вопросы жителей микрорайона Усолка.",
      "2026-03-07",
    );
    expect(day.map((d) => d.audiences)).toEqual([["students"], ["residents"]]);
  });

  it("reads a mission abroad that held the meeting as its host, compatriots as its audience", () => {
    const [abroad] = draftsOf(
      "ISTANBUL — The Consulate General of Kazakhstan in Istanbul on Sunday held a meeting with Kazakh citizens living in Turkey to explain the draft of the new Constitution. Consul General Yerlan Ospanov told about 120 compatriots how to vote abroad.",
      "2026-03-03",
    );
    expect([abroad?.organizations.map((o) => [o.name, o.role]), abroad?.audiences, abroad?.speakers[0]?.role]).toEqual([
      [["Consulate General of Kazakhstan in Istanbul", "host"]],
      ["other"],
      "Consul General",
    ]);
    const [embassy] = draftsOf(
      "1 марта Посольство Казахстана в Турции провело встречу с соотечественниками по проекту новой Конституции.",
      "2026-03-03",
    );
    expect(embassy?.organizations.map((o) => o.name)).toEqual(["Посольство Казахстана в Турции"]);
  });

  it("gives each of the names a plural title lists the title in the singular", () => {
    const [court] = draftsOf(
      "ALMATY, Feb. 26 — Law students held a mock constitutional court session on the draft Constitution. Judges of the Constitutional Court Bakyt Nurmukhanov and Yerlan Aitkhozhin attended the meeting.",
      "2026-02-27",
    );
    expect(court?.speakers.map((p) => p.role)).toEqual([
      "Judge of the Constitutional Court",
      "Judge of the Constitutional Court",
    ]);
    const [lawyers] = draftsOf(
      "4 марта в Уральске юристы Асель Нурова и Данияр Ким провели встречу с жителями по проекту новой Конституции.",
      "2026-03-05",
    );
    expect(lawyers?.speakers.map((p) => p.role)).toEqual(["юрист", "юрист"]);
  });
});
