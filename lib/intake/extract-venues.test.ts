// Where and by whom a meeting was held, as reports put it without quotes or a
// legal form: "organised by the regional council of veterans", a university
// named after someone in a city whose name ends like a case ending
// (Қызылорда), a sanatorium by its quoted name; and one meeting told in two
// sentences that name its audience differently (young people, students).
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { offlineReference } from "./offline-reference";

const ref = offlineReference("2026-12-02");
const only = (text: string, publishedAt: string | null = null) => {
  const r = extractArticle({ id: "v", text, url: null, publishedAt }, ref);
  expect(r.drafts).toHaveLength(1);
  return r.drafts[0]!;
};
const hosts = (d: ReturnType<typeof only>) => d.organizations.filter((o) => o.role === "host").map((o) => o.name);

describe("venues and organisers without quotes or a legal form", () => {
  it("takes the body that organised the meeting as host, in English and Russian", () => {
    const en = only(
      "Pensioners of Taraz learned about the draft Constitution on 2 March. About 90 pensioners attended the meeting. It was organised by the city council of veterans jointly with the city akimat.",
    );
    // (The akimat it was organised jointly with hosts it too.)
    expect(hosts(en)).toEqual(["City council of veterans", "City akimat"]);
    const ru = only(
      "В Таразе 2 марта прошла встреча с пенсионерами по проекту новой Конституции. Организатором выступил городской совет ветеранов.",
    );
    expect(hosts(ru)).toEqual(["Городской совет ветеранов"]);
  });

  it("reads a university named after someone in Kyzylorda as host, and its namesake as no speaker", () => {
    const d = only(
      "Наурыздың 2-сі күні Әбу Бәкір атындағы Қызылорда колледжінде жаңа Конституция жобасы бойынша жастармен кездесу өтті. Кездесуге 120 жас қатысты.",
    );
    expect(hosts(d)).toEqual(["Әбу Бәкір атындағы Қызылорда колледжі"]);
    expect(d.speakers).toEqual([]);
    const latin = only(
      "2 naýryzda Q.Jubanov atyndaǵy ýnıversıtette jańa Konstıtýsıa jobasy boıynsha kezdesý ótti. Oblystyq máslıhat depýtaty Arman Qasenov sóz sóıledi.",
    );
    expect(latin.speakers.map((s) => s.name)).toEqual(["Arman Qasenov"]);
  });

  it("reads a sanatorium by its quoted name whose staff were met", () => {
    const d = only(
      "5 наурызда «Сарыағаш» санаторийінің қызметкерлерімен жаңа Конституция жобасы бойынша кездесу өтті. Оған 40-қа жуық адам қатысты.",
    );
    expect(hosts(d)).toEqual(["«Сарыағаш» санаторийі"]);
  });

  it("keeps one meeting when the next sentence names its audience as students, and dates it by who gathered", () => {
    const d = only(
      "3 марта в Таразском колледже прошла встреча с молодёжью по проекту новой Конституции.\n\nПеред студентами выступил депутат областного маслихата Ержан Касымов.",
    );
    expect([d.date, d.speakers.map((s) => s.name)]).toEqual(["2026-03-03", ["Ержан Касымов"]]);
    const gathered = only(
      "Круглый стол «Конституция и мы»\n\nФилиал партии «AMANAT» провёл круглый стол о проекте новой Конституции.\n\n4 марта в зале городской библиотеки Тараза собрались около 60 человек.",
      "2026-03-10",
    );
    expect([gathered.date, gathered.datePrecision]).toEqual(["2026-03-04", "day"]);
  });

  it("keeps «Встреча прошла в здании школы» in the same meeting, and hosts it there", () => {
    const d = only(
      "Сенатор Ерлан Сыздыков 27 февраля провел встречу с жителями Петропавловска по проекту новой Конституции. Встреча прошла в здании школы-гимназии №12.",
      "2026-03-06",
    );
    expect([d.date, hosts(d)]).toEqual(["2026-02-27", ["Школа-гимназия №12"]]);
  });

  it("hosts a Kazakh council whose members were met, reads «участниками стали», and leaves the object out of a Kazakh role", () => {
    const women = only(
      "Кентау қаласында 2 наурызда қалалық әйелдер кеңесінің мүшелерімен Жаңа Конституция жобасы бойынша кездесу өтті.",
    );
    expect(hosts(women)).toEqual(["Қалалық әйелдер кеңесі"]);
    const table = only(
      "4 марта в Кокшетау прошел круглый стол по проекту новой Конституции. Его участниками стали около 50 человек – студенты и представители НПО.",
    );
    expect(table.audiences).toEqual(["students", "other"]);
    const role = only(
      "Атырауда 25 ақпанда жас мамандармен Жаңа Конституция жобасы бойынша кездесу болды. Жобаның негізгі ережелерін облыстық мәслихат депутаты Нұрбол Сәрсенов таныстырды.",
    );
    expect(role.speakers.map((s) => s.role)).toEqual(["облыстық мәслихат депутаты"]);
  });

  it("hosts an English meeting at a council of veterans, and counts «Жители, которых собралось около 200»", () => {
    const en = only(
      "A meeting with pensioners on the draft Constitution was held on Tuesday at the East Kazakhstan regional council of veterans in Ust-Kamenogorsk.",
      "2026-03-05",
    );
    expect(hosts(en)).toEqual(["East Kazakhstan regional council of veterans"]);
    const ru = only(
      "Сенатор 27 февраля провел встречу с жителями Петропавловска по проекту новой Конституции. Жители, которых собралось около 200, интересовались вопросами ЖКХ.",
    );
    expect([ru.audienceSize, ru.audienceEstimate]).toEqual([200, true]);
  });
});
