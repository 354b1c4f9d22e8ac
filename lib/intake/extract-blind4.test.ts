// What the twenty-ninth blind batch caught: a body said to have organised the
// meeting hosts it beside the plant or college where it was held, in every
// language ("organised by … together with the regional maslikhat", «Его
// организовали управление …», «Организатором встречи выступил областной
// филиал партии «AMANAT»»); a Kazakh legal form with its own case ending
// («ЖШС-да») ends the company's name; a council of veterans «in its hall». Of
// the thirtieth: a weekday before a surname is no first name, a power station
// named in English ("Ekibastuz GRES-1"), and a youth resource centre and a
// round table in Latin-script Kazakh; a college named by its kind and place,
// then by its quoted name, is one organisation. Of the thirty-first: a
// hospital named in lower case by its level in Kazakh, and the members of a
// council of veterans met, in Russian.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (fourth set)", () => {
  it("takes a body named as an organiser for a host beside the workplace whose staff were met", () => {
    const [d] = draftsOf(
      "PAVLODAR, March 3 — About 200 workers of the Pavlodar Aluminium Plant met on Tuesday with an explanatory group on the draft Constitution. The meeting was organised by the plant's trade union committee together with the Pavlodar regional maslikhat. Maslikhat deputy Aset Kenzhebayev spoke about labour rights.",
      "2026-03-03",
    );
    expect(hostsOf(d)?.sort()).toEqual(["Pavlodar Aluminium Plant", "Pavlodar regional maslikhat"]);
  });

  it("takes the organisers a Russian report names after «Его организовали» for hosts beside the venue", () => {
    const [d] = draftsOf(
      "Павлодар, 3 марта. Круглый стол по проекту новой Конституции прошёл вчера в Павлодарском педагогическом университете. Его организовали управление внутренней политики Павлодарской области и совет молодёжи университета. Около 100 студентов задали вопросы депутату Сауле Ахметовой.",
      "2026-03-03",
    );
    expect(hostsOf(d)).toContain("Управление внутренней политики Павлодарской области");
  });

  it("reads a party branch named as the organiser as its party, a host", () => {
    const [d] = draftsOf(
      "Встреча с коллективом Павлодарской областной больницы прошла в пятницу, 27 февраля. Депутат Сената Марат Оспанов рассказал около 70 врачам о проекте Конституции. Организатором встречи выступил Павлодарский областной филиал партии «AMANAT».",
      "2026-02-28",
    );
    expect(hostsOf(d)).toContain("«AMANAT»");
  });

  it("ends a company's name at a legal form with its own case ending", () => {
    const [d] = draftsOf(
      "Түркістан облысы Төле би ауданындағы «Ленгер-Агро» ЖШС-да Конституция жобасы бойынша түсіндіру жиыны болды. Жиынға 90-нан астам шаруашылық қызметкері жиналды. Оларға аудандық мәслихат депутаты Бақыт Сейітов жоба туралы айтып берді.",
      "2026-03-02",
    );
    expect(hostsOf(d)).toEqual(["«Ленгер-Агро» ЖШС"]);
  });

  it("takes a council of veterans whose hall the meeting was held in for its host", () => {
    const [d] = draftsOf(
      "Павлодар, 6 наурыз. Кеше қалалық ардагерлер кеңесінің мәжіліс залында Конституция жобасы бойынша кездесу өтті. Оған 50-ге жуық ардагер қатысты. Облыстық мәслихат депутаты Ерлан Жақсыбеков жаңа Ата заң туралы айтып берді.",
      "2026-03-06",
    );
    expect(hostsOf(d)).toEqual(["Қалалық ардагерлер кеңесі"]);
  });

  it("takes no day of the week for a first name", () => {
    const drafts = draftsOf(
      "KARAGANDA, March 4 — Mazhilis deputy Bolat Serikbayev spent two days in the region explaining the draft Constitution. On Monday he met about 150 miners at the Kostenko mine of Qarmet JSC. On Tuesday Serikbayev held a meeting with more than 200 students of Buketov Karaganda University.",
      "2026-03-04",
    );
    expect(drafts.map((d) => d.speakers.map((s) => s.name))).toEqual([["Bolat Serikbayev"], ["Bolat Serikbayev"]]);
  });

  it("takes a power station named in English, with its town, for the host", () => {
    const [d] = draftsOf(
      "Workers of Aksu GRES-2 gathered in the station's hall for an explanatory meeting on the draft Constitution. Around 120 employees attended. Maslikhat deputy Yerzhan Abenov answered their questions.",
      "2026-03-02",
    );
    expect(hostsOf(d)).toEqual(["Aksu GRES-2"]);
  });

  it("reads a youth resource centre and a round table in Latin-script Kazakh", () => {
    const [d] = draftsOf(
      "Pavlodar, 3 naýryz. Búgin oblystyq jastar resýrstyq ortalyǵynda dóńgelek ústel ótti. Oǵan 60-qa jýyq stýdent qatysty. Oblystyq máslıhat depýtaty Nurlan Ahmetov jańa Ata zań týraly aıtyp berdi.",
      "2026-03-03",
    );
    expect([d?.format, hostsOf(d)]).toEqual(["round_table", ["Oblystyq jastar resýrstyq ortalyǵy"]]);
  });

  it("reads a college named by its kind and town, then by its quoted name, as one organisation", () => {
    const [d] = draftsOf(
      "Павлодар, 3 марта. Круглый стол по проекту новой Конституции прошёл вчера в Павлодарском высшем колледже «Сарыарка». Около 90 студентов задали вопросы депутату маслихата Ерлану Сапарову.",
      "2026-03-03",
    );
    expect(d?.organizations.map((o) => [o.name, o.role])).toEqual([["Павлодарский высший колледж «Сарыарка»", "host"]]);
  });

  it("takes a hospital named in lower case by its level in Kazakh for the host", () => {
    const [d] = draftsOf(
      "Талдықорған, 4 наурыз. Кеше аудандық орталық ауруханада медицина қызметкерлерімен кездесу өтті. Оған 60-қа жуық дәрігер қатысты. Облыстық мәслихат депутаты Әсел Нұрланқызы Конституция жобасы туралы айтты.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Аудандық орталық аурухана"]);
  });

  it("takes the council of veterans whose members were met, in Russian, for the host", () => {
    const [d] = draftsOf(
      "Встреча членов городского совета ветеранов Костаная с депутатом Мажилиса Асетом Нуровым состоялась 3 марта. На встречу по проекту Конституции пришли около 70 ветеранов.",
      "2026-03-04",
    );
    expect(hostsOf(d)).toEqual(["Городской совет ветеранов Костаная"]);
  });
});
