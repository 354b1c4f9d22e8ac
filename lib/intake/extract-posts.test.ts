// A press office's social-media post (a header line, hashtags, a phone number
// at the end), a motorcade reported by its day before the event is named, and
// an announcement.
import { describe, expect, it } from "vitest";
import { draftsOf, hostsOf } from "../testing/intake-drafts";

describe("posts and motorcades", () => {
  it("reads a press office's post: today, its district, about 150 residents, no phone number taken", () => {
    const d = draftsOf(
      "📌 Пресс-служба акимата Аксуского района\n\nСегодня в районном Доме культуры села Жансугуров прошла разъяснительная встреча с жителями района по проекту новой Конституции. Собравшиеся — а их было порядка 150 человек — задавали вопросы о пенсиях. Справки по телефону 8 (72832) 2-14-55.\n\n#Конституция2026 #Референдум",
      "2026-02-20",
    );
    expect(
      d.map((x) => [x.date, x.dateSource, x.region, x.district?.name, x.audienceSize, x.audienceEstimate]),
    ).toEqual([["2026-02-20", "relative", "KZ-33", "Aksu District", 150, true]]);
  });

  it("dates a motorcade by the day its lead gives before the event is named, and calls it a rally", () => {
    const d = draftsOf(
      "Автопробег в поддержку референдума прошел в Таразе\n\nВ субботу, 7 марта, по улицам Тараза проехала колонна из 60 автомобилей. Акцию организовал областной филиал партии «AMANAT». Участники призвали горожан прийти на референдум по проекту новой Конституции 15 марта.",
      "2026-03-08",
    );
    expect(d.map((x) => [x.date, x.dateSource, x.format, x.audienceSize, hostsOf(x)])).toEqual([
      ["2026-03-07", "inferred_year", "rally", null, ["«AMANAT»"]],
    ]);
  });

  it("dates an announced meeting by the day it will be held, not by the day the announcement was made", () => {
    const [d] = draftsOf(
      "Aktau to host meeting on draft Constitution\n\nMazhilis deputies Asel Karimova and Timur Dzhumabayev will meet residents of Aktau on March 10 at the regional philharmonic hall, the Mangystau regional akimat said on Friday. The deputies will explain the new Constitution.",
      "2026-03-06",
    );
    expect([d?.date, d?.datePrecision, d?.audiences]).toEqual(["2026-03-10", "day", ["residents"]]);
  });

  it("dates a meeting announced for tomorrow («завтра», «ертең») the day after the publication, and no held one", () => {
    const [ru] = draftsOf(
      "Завтра в Таразе состоится встреча депутата Мажилиса Ерлана Кошанова с работниками завода «Казфосфат» по проекту новой Конституции.",
      "2026-03-04",
    );
    expect([ru?.date, ru?.dateSource]).toEqual(["2026-03-05", "relative"]);
    const [kk] = draftsOf(
      "Ертең Тараз қаласында Мәжіліс депутаты Ерлан Қошановтың «Қазфосфат» ЖШС ұжымымен жаңа Конституция жобасы бойынша кездесуі өтеді.",
      "2026-03-04",
    );
    expect(kk?.date).toBe("2026-03-05");
    // A held meeting is never dated after its article, whatever "tomorrow" the text mentions.
    const [held] = draftsOf(
      "Кеше Таразда жаңа Конституция жобасы бойынша кездесу өтті. Спикер жастарды ертең де белсенді болуға шақырды.",
      "2026-03-04",
    );
    expect(held?.date).toBe("2026-03-03");
  });
});
