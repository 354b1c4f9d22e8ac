// What the blind batches from the two-hundred-and-eighth on caught (the
// twenty-seventh session, after extract-blind17), one general cause each:
// - 208th (a week's round-up, a wire's dateline, veterans): a digest's
//   heading («Неделя в регионе: главное») titles no meeting — its meeting's
//   own sentence does, and its summary starts there; a town listed under two
//   spellings («Петропавловск», «Петропавл») counts once against a district
//   named with its kind; "KOSTANAY, Feb. 18 – …" is a dateline a title leaves out.
// - 209th (an announcement, a region's two districts, a school, 2022's power
//   engineers): «… энергетиктермен кездесу болды. «Екібастұз ГРЭС-1» ЖШС
//   ұжымымен жүздескен облыстық мәслихат депутаты …» names the meeting's
//   workplace (one meeting, not two), and the participle («жүздескен», as
//   «өткен жиынға») and a dative («командасына») are no part of a title;
//   «Сол күні … оқушыларымен де әңгіме өткізілді» is one more meeting.
import { describe, expect, it } from "vitest";
import { draftsOf } from "../testing/intake-drafts";

describe("articles read blind (eighteenth set)", () => {
  it("reads a week's round-up by its meeting, and leaves an abbreviated month's dateline out of a title", () => {
    const [digest] = draftsOf(
      "Неделя в регионе: главное\n\nВ Петропавловске завершили ремонт моста через Ишим. Движение по нему открыто с понедельника.\n\nВ среду в Мамлютском районе прошла встреча с работниками сельхозпредприятия «Северное». Депутат областного маслихата Андрей Коваленко рассказал о проекте Конституции, который будет вынесен на референдум.\n\nХоккеисты «Кулагера» обыграли соперников со счётом 4:2.",
      "2026-03-07",
    );
    expect([digest?.title, digest?.district?.name, digest?.summary.startsWith("Депутат")]).toEqual([
      "В среду в Мамлютском районе прошла встреча с работниками сельхозпредприятия «Северное».",
      "Mamlyut District",
      true,
    ]);
    const [wire] = draftsOf(
      "KOSTANAY, Feb. 18 – Members of the information group on the draft Constitution met with miners in Rudny on Tuesday.",
      "2026-02-19",
    );
    expect(wire?.title).toBe(
      "Members of the information group on the draft Constitution met with miners in Rudny on Tuesday.",
    );
  });

  it("names a meeting's workplace after it, reads a Kazakh participle out of a title, and splits a talk the same day", () => {
    const [one, ...rest] = draftsOf(
      "Павлодар облысы Екібастұз қаласында Конституцияға өзгерістер енгізу жөніндегі референдумға дайындық аясында энергетиктермен кездесу болды. «Екібастұз ГРЭС-1» ЖШС ұжымымен жүздескен облыстық мәслихат депутаты Қайрат Мұсабеков түзетулердің мәнін түсіндірді.",
      "2022-05-25",
    );
    expect([rest.length, one?.organizations.map((o) => o.name), one?.speakers[0]?.role]).toEqual([
      0,
      ["«Екібастұз ГРЭС-1» ЖШС"],
      "облыстық мәслихат депутаты",
    ]);
    const [debate] = draftsOf(
      "Өскеменде жастар арасында Конституция туралы пікірсайыс өтті. Жеңімпаз атанған гуманитарлық колледждің командасына облыстық жастар саясаты басқармасының басшысы Ерлан Бекболатов кубок тапсырды.",
      "2026-03-06",
    );
    expect(debate?.speakers.map((p) => p.role)).toEqual(["облыстық жастар саясаты басқармасының басшысы"]);
    const school = draftsOf(
      "Сайрам ауданындағы №45 мектепте ұстаздармен кездесу өтті. Кездесуде аудандық білім бөлімінің басшысы Нұрлан Әбдіқадыров жаңа Конституция жобасын түсіндірді. Сол күні мектептің жоғары сынып оқушыларымен де әңгіме өткізілді.",
      "2026-02-26",
    );
    expect(school.map((d) => [d.audiences, d.format])).toEqual([
      [["teachers"], "meeting"],
      [["students"], "meeting"],
    ]);
  });
});
