// How many came, read from one sentence: the traps a count of places,
// schools, grades, signatures or a workforce set, and the counts written as a
// part of a total or in thousands (in digits or in words).
import { describe, expect, it } from "vitest";
import { audienceSize } from "./audience";

const size = (text: string) => {
  const s = audienceSize(text);
  return s && [s.size, s.estimate];
};

describe("the audience size of a sentence", () => {
  it("takes no count of towns, districts, schools or articles of the draft for people", () => {
    expect(size("Облыстың 14 ауданы мен 3 қаласынан келген жастарға айтып берді.")).toBeNull();
    expect(size("Облыстың 14 ауданы мен 3 қаласынан келген жастар, екі жүзден астам жас қатысты.")).toEqual([
      200,
      true,
    ]);
    expect(size("Встреча прошла в 3 школах района, пришли 200 учеников.")).toEqual([200, false]);
    expect(size("Спикерлер жобаның 15 бабы жастарға тікелей қатысты екенін атап өтті.")).toBeNull();
  });

  it("reads the part of a workforce that came, not the workforce", () => {
    expect(size("About 350 of the Pavlodar petrochemical plant's 1,800 employees attended a meeting.")).toEqual([
      350,
      true,
    ]);
    expect(size("На предприятии работают около 2 тысяч человек.")).toBeNull();
    expect(size("The university, founded in 1962, has 9,000 students, and 250 of them came.")).toEqual([250, false]);
    expect(size("В депо трудится свыше 600 человек, на встречу пришли 140 из них.")).toEqual([140, false]);
    expect(size("В области более 14 тысяч многодетных семей, 320 из них получили жилье.")).toBeNull();
    expect(size("Кәсіпорынның 500-ге жуық қызметкерінің 120-сы кездесуге қатысты.")).toEqual([120, false]);
    expect(size("На встречу пришли около 120 горожан.")).toEqual([120, true]);
    expect(size("Компанияда 7 мыңнан астам адам еңбек етеді, кездесуге солардың 300-ден астамы қатысты.")).toEqual([
      300,
      true,
    ]);
    expect(size("Кентте 3 мыңға жуық адам тұрады, кездесуге оның 150-ден астамы келді.")).toEqual([150, true]);
    expect(size("Ауылда 900 адам тұрады, оның 40-ы кездесуге келді.")).toEqual([40, false]);
  });

  it("reads thousands where the sentence says they came, not signatures or a running total", () => {
    expect(size("Во встрече приняли участие более 1,5 тысячи работников завода.")).toEqual([1500, true]);
    expect(size("Жиынға 2 мыңнан астам адам жиналды.")).toEqual([2000, true]);
    expect(size("Қостанай облысында 5 мыңнан астам азамат қол қойды.")).toBeNull();
    expect(size("Группа провела 23 встречи, в которых приняли участие свыше 2 тысяч человек.")).toBeNull();
    expect(size("Участниками встречи стали более 1,5 тысячи работников завода.")).toEqual([1500, true]);
  });

  it("reads thousands and half-hundreds in words, with the same traps as in digits", () => {
    expect(size("В ней приняли участие более двух тысяч человек.")).toEqual([2000, true]);
    expect(size("Жиынға екі мыңнан астам адам жиналды.")).toEqual([2000, true]);
    expect(size("Today more than two thousand people gathered in the square.")).toEqual([2000, true]);
    expect(size("Встреча собрала полсотни жителей.")).toEqual([50, false]);
    expect(size("На предприятии работают около двух тысяч человек.")).toBeNull();
    expect(size("Қостанай облысында екі мыңнан астам азамат қол қойды.")).toBeNull();
    expect(size("Группа провела 23 встречи, в которых приняли участие свыше двух тысяч человек.")).toBeNull();
  });

  it('takes «не менее», «кемінде» and "at least" for an estimate, as «более»', () => {
    expect(size("На встрече присутствовали не менее 300 человек.")).toEqual([300, true]);
    expect(size("At least 300 people attended the meeting.")).toEqual([300, true]);
    expect(size("Кездесуге кемінде 300 адам қатысты.")).toEqual([300, true]);
  });

  it("reads the count forms news texts use: case endings, «человека», «аса», «шақты», «сотни»", () => {
    // A number with its Russian case ending, and «человека» after 2, 3, 4.
    expect(size("На встречу пришли более 150-ти человек.")).toEqual([150, true]);
    expect(size("На встречу пришли 72 человека.")).toEqual([72, false]);
    // «аса» and «шақты» are "more than" and "about"; «сотни» is a hundred.
    expect(size("Жиынға 70-тен аса адам қатысты.")).toEqual([70, true]);
    expect(size("Кездесуге 100 шақты адам қатысты.")).toEqual([100, true]);
    expect(size("Кездесуге жүзге тарта адам қатысты.")).toEqual([100, true]);
    expect(size("Пришли около сотни человек.")).toEqual([100, true]);
    expect(size("Пришло более полутора сотен человек.")).toEqual([150, true]);
  });
});
