import { describe, expect, it } from "vitest";
import { sentencesOf } from "./clean";
import { namedInstitutions } from "./named-institutions";

const names = (text: string) => namedInstitutions(text, sentencesOf(text)).map((n) => [n.name, n.kind]);

describe("institutions named by their adjectives (Russian)", () => {
  it("puts the venue or the staff's employer back in the nominative", () => {
    expect(names("Встреча прошла на Павлодарском алюминиевом заводе в пятницу.")).toEqual([
      ["Павлодарский алюминиевый завод", "enterprise"],
    ]);
    expect(names("Депутаты встретились с работниками Карагандинской кондитерской фабрики.")).toEqual([
      ["Карагандинская кондитерская фабрика", "enterprise"],
    ]);
    expect(names("Разъяснительная встреча состоялась в Костанайском педагогическом колледже.")).toEqual([
      ["Костанайский педагогический колледж", "education"],
    ]);
  });

  it("reads a hyphenated region in the name and keeps whom the institution is named after", () => {
    expect(
      names(
        "Вчера в конференц-зале Восточно-Казахстанского технического университета имени Д. Серикбаева состоялась встреча.",
      ),
    ).toEqual([["Восточно-Казахстанский технический университет имени Д. Серикбаева", "education"]]);
    expect(names("Встреча прошла в Таразском региональном университете имени М.Х. Дулати.")).toEqual([
      ["Таразский региональный университет имени М.Х. Дулати", "education"],
    ]);
  });

  it("leaves out a place named where no meeting is", () => {
    expect(names("Он работал на Павлодарском алюминиевом заводе двадцать лет.")).toEqual([]);
  });
});

describe("institutions named by their capitalised name and kind (English)", () => {
  it("takes the venue of a meeting or the staff's employer", () => {
    expect(names("An explanatory meeting was held at the Karaganda Metallurgical Plant on Friday.")).toEqual([
      ["Karaganda Metallurgical Plant", "enterprise"],
    ]);
    expect(names("Deputies talked to employees of the Shymkent Oil Refinery.")).toEqual([
      ["Shymkent Oil Refinery", "enterprise"],
    ]);
    expect(names("He studied at the Eurasian National University.")).toEqual([]);
  });
});

describe("councils and universities a meeting is held at, named in lower case or at length", () => {
  it("takes a council of veterans by its level and region, in Russian and Kazakh", () => {
    expect(names("Вчера в городском совете ветеранов города Сатпаев прошла встреча с пенсионерами.")).toEqual([
      ["Городской совет ветеранов города Сатпаев", "ngo"],
    ]);
    expect(names("Аудандық ардагерлер кеңесінде Ата заң жобасы бойынша кездесу өтті.")).toEqual([
      ["Аудандық ардагерлер кеңесі", "ngo"],
    ]);
    expect(names("Он долгие годы работал в районном совете ветеранов.")).toEqual([]);
  });

  it("reads a Kazakh university with several lower-case words, and an English one after 'students and lecturers of'", () => {
    expect(
      names("Орал қаласындағы Жәңгір хан атындағы Батыс Қазақстан аграрлық-техникалық университетінде кездесу өтті."),
    ).toEqual([["Жәңгір хан атындағы Батыс Қазақстан аграрлық-техникалық университеті", "education"]]);
    expect(
      names("Two deputies met students and lecturers of Korkyt Ata Kyzylorda University on the draft Constitution."),
    ).toEqual([["Korkyt Ata Kyzylorda University", "education"]]);
  });
});

describe("a school by its number (Kazakh)", () => {
  it("keeps whom the school is named after", () => {
    expect(
      names("Төлеби ауданындағы Абай атындағы №12 жалпы білім беретін мектепте 4 наурыз күні түсіндіру жиыны өтті."),
    ).toEqual([["Абай атындағы №12 жалпы білім беретін мектеп", "education"]]);
  });
});
