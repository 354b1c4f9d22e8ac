// What the twenty-ninth blind batch caught: a body said to have organised the
// meeting hosts it beside the plant or college where it was held, in every
// language ("organised by … together with the regional maslikhat", «Его
// организовали управление …», «Организатором встречи выступил областной
// филиал партии «AMANAT»»); a Kazakh legal form with its own case ending
// («ЖШС-да») ends the company's name; a council of veterans «in its hall».
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
});
