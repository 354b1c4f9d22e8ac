// What the blind batches from the hundred-and-thirtieth on caught (the
// twenty-fourth session), one general cause each:
// - 130th (a 2022 meeting of war veterans in three languages): «Ветераны
//   Великой Отечественной войны» named the war, not a speaker «Великой
//   Отечественной».
// - 131st (a senator's weekend): "On Saturday he met farmers of the Karabalyk
//   district …. On Sunday he spoke to 120 students of Kokshetau University
//   named after Shokan Ualikhanov in Akmola region." are two meetings (the
//   first with an audience of no type of its own, kept until a later meeting
//   on another day shows there were two), and the second is in Akmola region:
//   whom a body is named after (Ualikhanov, Abai) is no place.
// - 132nd (schools named after someone): «в школе имени Абая» hosts, as «Абай
//   атындағы орта мектеп» does.
// - 133rd (an akimat's evening with residents): "the akimat of Almaty's Medeu
//   district" hosts, in lower case as English writes it.
// - 134th (a day named before a title): «Бүгін сенатор», «Сенбі күні сенатор»,
//   "On Monday Senator": when is no part of the title.
// - 135th (an online meeting in Kazakh, a wire from a light-rail operator):
//   «200-ден астам жас қосылды» are young people who joined; "the staff of
//   Astana LRT" name the company (a name ending in an acronym).
// - 136th (a wire of three workplaces in Uralsk): «В ТОО «…» выступил …» after
//   the meeting at the machine-building plant is the next meeting (the
//   preposition capitalised opening a sentence), and «Сотрудникам …
//   областной больницы …» names the hospital whose staff it was.
// - 137th (a round table in Shieli, an announcement in Petropavl, a party's
//   meeting in 2022): «Іс-шараға аудандық мәслихат депутаты» names no body
//   «Іс-шараға …»; «с депутатом Ириной Смирновой» is no village Смирново; "the
//   reform would strengthen the role of the maslikhats" is what was said, not
//   an audience of officials.
// - 138th (a hospital's meeting, an association's round table, a railway
//   depot): «Встреча с медработниками … прошла в … больнице. 2 марта перед
//   врачами … выступил …» is one meeting with medical workers (not staff of no
//   sector, then doctors at another); "The Union of Veterans of Afghanistan in
//   Taraz held a round table" hosts it. Left: «"ҚТЖ" ҰК» АҚ» with its opening
//   quote left out, as it is often written, is not read as a company.
// - 139th (counts in words): «Две сотни работников» are 200, not the hundred
//   «сотни» says alone.
// - 140th (a university's students, a smelter's metallurgists): «с судьей
//   Конституционного суда Ержаном Есимом» names a speaker (the title declined
//   as «судья» is), and «прокурором области» is the prosecutor's title.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (twelfth set)", () => {
  it("reads a war's name after veterans as no speaker, in each language", () => {
    for (const text of [
      "Ветераны Великой Отечественной войны встретились в Нур-Султане с членом рабочей группы по поправкам в Конституцию Маратом Бекеновым. Встреча прошла 26 мая.",
      "Veterans of the Great Patriotic War met in Nur-Sultan with Marat Bekenov, a member of the working group on constitutional amendments, on May 26.",
    ]) {
      const [d] = draftsOf(text, "2022-05-27");
      expect(d?.speakers.map((s) => s.name)).toEqual([expect.stringMatching(/^(Марат Бекенов|Marat Bekenov)$/u)]);
    }
  });

  it("splits a weekend's two meetings, the second where its region says, not where its namesake's district is", () => {
    const drafts = draftsOf(
      "Senator Nurlan Abdirov spent the weekend explaining the draft Constitution. On Saturday he met farmers of the Karabalyk district of Kostanay region at the local akimat; about 70 people came. On Sunday he spoke to 120 students of Kokshetau University named after Shokan Ualikhanov in Akmola region.",
      "2026-03-09",
    );
    expect(drafts.map((d) => [d.date, d.region, d.audienceSize])).toEqual([
      ["2026-03-07", "KZ-39", 70],
      ["2026-03-08", "KZ-11", 120],
    ]);
  });

  it("places no meeting in the region or district a school's namesake shares a name with", () => {
    const [d] = draftsOf(
      "Teachers of the secondary school named after Abai met Mazhilis deputy Yerlan Saginov to discuss the draft Constitution.",
      "2026-03-05",
    );
    expect(d?.region).toBeNull();
  });

  it("hosts at a Russian school named after someone", () => {
    const [d] = draftsOf(
      "В средней школе имени Абая города Жанаозен прошла встреча с педагогами по проекту новой Конституции. Выступил депутат Мажилиса Ерлан Сагинов.",
      "2026-03-05",
    );
    expect(hostsOf(d)).toEqual(["Школа имени Абая"]);
  });

  it("hosts at an akimat named in English with the body's word first, in lower case", () => {
    const [d] = draftsOf(
      "The akimat of Almaty's Medeu district hosted residents of the Samal-2 microdistrict on Tuesday evening for a discussion of the draft Constitution. Around 150 people filled the hall.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Akimat of Almaty's Medeu district"]);
  });

  it("keeps the day a sentence opens with out of a speaker's title", () => {
    for (const [text, role] of [
      ["Бүгін сенатор Нұрлан Әбдіров фермерлермен жаңа Конституция жобасы бойынша кездесті.", "сенатор"],
      ["Сенбі күні сенатор Нұрлан Әбдіров фермерлермен жаңа Конституция жобасы бойынша кездесті.", "сенатор"],
      ["On Monday Senator Nurlan Abdirov met farmers to discuss the draft Constitution.", "Senator"],
    ] as const) {
      const [d] = draftsOf(text, "2026-03-09");
      expect(d?.speakers.map((s) => s.role)).toEqual([role]);
    }
  });

  it("reads young people who joined online, and a company named by its staff with an acronym last", () => {
    const [online] = draftsOf(
      "Түркістан облысы жастар ресурстық орталығы Zoom платформасында онлайн кездесу ұйымдастырды. Оған облыстың барлық аудандарынан 200-ден астам жас қосылды. Конституциялық сот судьясы Әсел Нұрмағанбетова жаңа Конституция жобасы туралы айтып берді.",
      "2026-02-25",
    );
    expect(online?.audiences).toEqual(["youth"]);
    const [lrt] = draftsOf(
      "ASTANA, March 10 (Kazinform) — Members of the republican information group met the staff of Astana LRT on Monday to explain the key provisions of the draft Constitution. About 90 employees of the company attended.",
      "2026-03-10",
    );
    expect(hostsOf(lrt)).toEqual(["Astana LRT"]);
  });

  it("splits a wire's three workplaces, each sentence opening at one", () => {
    const drafts = draftsOf(
      "В Уральске члены областной информационно-разъяснительной группы провели встречи в трех трудовых коллективах. В АО «Западно-Казахстанская машиностроительная компания» с рабочими встретился заместитель акима области Руслан Жумагалиев. В ТОО «Батыс су арнасы» выступил депутат областного маслихата Сергей Лобанов. Сотрудникам Западно-Казахстанской областной больницы проект Конституции разъяснила юрист Асель Кенжебаева.",
      "2026-03-04",
    );
    expect(drafts.map((d) => [hostsOf(d), d.speakers.map((s) => s.name)])).toEqual([
      [["АО «Западно-Казахстанская машиностроительная компания»"], ["Руслан Жумагалиев"]],
      [["ТОО «Батыс су арнасы»"], ["Сергей Лобанов"]],
      [["Западно-Казахстанская областная больница"], ["Асель Кенжебаева"]],
    ]);
  });

  it("names no body with the event a Kazakh sentence opens with", () => {
    const [d] = draftsOf(
      "Қызылорда облысы Шиелі ауданында аудандық жастар ресурстық орталығы «Жаңа Конституция – жастар көзімен» тақырыбында дөңгелек үстел өткізді. Оған 45 жас қатысты. Іс-шараға аудандық мәслихат депутаты Бауыржан Есенов қатысты.",
      "2026-03-07",
    );
    expect(d?.organizations.map((o) => o.name)).not.toContainEqual(expect.stringMatching(/^Іс-шара/u));
  });

  it("reads a speaker's surname that is also a village's as no place", () => {
    const [d] = draftsOf(
      "Завтра, 3 марта, в актовом зале Северо-Казахстанского университета состоится встреча студентов с депутатом Мажилиса Ириной Смирновой. Тема встречи – проект новой Конституции.",
      "2026-03-02",
    );
    expect([d?.region, d?.district, d?.locality]).toEqual(["KZ-59", null, null]);
  });

  it("reads what the reform does for maslikhats as no audience of officials", () => {
    const [d] = draftsOf(
      "Senator Askar Beisenov met workers on Friday to discuss the constitutional amendments. He told some 120 workers that the reform would strengthen the role of the maslikhats.",
      "2022-05-30",
    );
    expect(d?.audiences).toEqual(["labour_collective"]);
  });

  it("reads medical workers met at a hospital and the doctors spoken to there as one meeting", () => {
    const drafts = draftsOf(
      "Встреча с медработниками по проекту новой Конституции прошла в Кызылординской областной больнице. 2 марта перед врачами и медсестрами выступил председатель областного филиала партии «AMANAT» Бахытжан Нурмаханов. На встрече присутствовали более 100 человек.",
      "2026-03-03",
    );
    expect(drafts.map((d) => [d.date, d.audiences, hostsOf(d)])).toEqual([
      ["2026-03-02", ["medical_workers"], ["Кызылординская областная больница"]],
    ]);
  });

  it("hosts an association named in English that held the meeting", () => {
    const [d] = draftsOf(
      "The Union of Veterans of Afghanistan in Taraz held a round table on the draft Constitution on February 25. Chairman Bolat Kaskyrbayev and lawyer Dinara Musina led the discussion with 40 members of the union.",
      "2026-02-26",
    );
    expect([d?.format, hostsOf(d)]).toEqual(["round_table", ["Union of Veterans of Afghanistan"]]);
  });

  it("counts two hundred written in words", () => {
    const [d] = draftsOf(
      "Две сотни работников АО «АрселорМиттал Темиртау» встретились с членом Конституционной комиссии Ерланом Карабаевым. Встреча прошла в Темиртау 4 марта.",
      "2026-03-05",
    );
    expect(d?.audienceSize).toBe(200);
  });

  it("reads a judge's and a prosecutor's declined titles", () => {
    for (const [title, role] of [
      ["судьей Конституционного суда", "судья Конституционного суда"],
      ["прокурором области", "прокурор области"],
    ] as const) {
      const [d] = draftsOf(
        `Студенты встретились с ${title} Ержаном Есимом по проекту новой Конституции.`,
        "2026-03-04",
      );
      expect(d?.speakers.map((s) => [s.name, s.role])).toEqual([["Ержан Есим", role]]);
    }
  });
});
