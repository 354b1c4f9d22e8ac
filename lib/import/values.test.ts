import { describe, expect, it } from "vitest";
import { parseAudiences, parseDate, parseSize, parseStatus, parseYesNo } from "./values";

const date = (c: Parameters<typeof parseDate>[0]) => {
  const p = parseDate(c);
  return p.ok ? p.value : p.problem.message;
};

describe("dates as people type them", () => {
  it("reads ISO, dotted, slashed, Excel serials and spreadsheet dates", () => {
    expect(date("2026-03-15")).toEqual({ date: "2026-03-15" });
    expect(date("15.03.2026")).toEqual({ date: "2026-03-15" });
    expect(date("5/3/2026")).toEqual({ date: "2026-03-05" });
    expect(date("15.03.26")).toEqual({ date: "2026-03-15" });
    expect(date("2026.03.15")).toEqual({ date: "2026-03-15" });
    expect(date("2026/3/15")).toEqual({ date: "2026-03-15" });
    expect(date("2026.03-15")).toBe("import.problems.date");
    expect(date(46096)).toEqual({ date: "2026-03-15" });
    expect(date("46096")).toEqual({ date: "2026-03-15" });
    expect(date(new Date(Date.UTC(2026, 2, 15)))).toEqual({ date: "2026-03-15" });
  });
  it("reads month names in Kazakh, Russian and English, in either order", () => {
    expect(date("15 наурыз 2026")).toEqual({ date: "2026-03-15" });
    expect(date("2026 жылғы 15 наурыз")).toEqual({ date: "2026-03-15" });
    expect(date("15 марта 2026 г.")).toEqual({ date: "2026-03-15" });
    expect(date("1 мая 2026")).toEqual({ date: "2026-05-01" });
    expect(date("3 мамыр 2026")).toEqual({ date: "2026-05-03" });
    expect(date("7 маусым 2026")).toEqual({ date: "2026-06-07" });
    expect(date("March 15, 2026")).toEqual({ date: "2026-03-15" });
    expect(date("Қазан 2026")).toEqual({ date: "2026-10-01", month: true });
    expect(date("2026-03")).toEqual({ date: "2026-03-01", month: true });
  });
  it("refuses what is not a real date", () => {
    expect(date("31.02.2026")).toBe("import.problems.date");
    // The problem names the cell as typed, for the message.
    expect(parseDate("31.02.2026")).toEqual({
      ok: false,
      problem: { message: "import.problems.date", values: { value: "31.02.2026" } },
    });
    expect(date("yesterday")).toBe("import.problems.date");
    expect(date(12)).toBe("import.problems.date");
    expect(date("")).toBe("validation.required");
  });
});

describe("labels and numbers", () => {
  it("maps labels of any language to the stored values", () => {
    expect(parseStatus("Проведено")).toEqual({ ok: true, value: "held" });
    expect(parseStatus("өткізілді")).toEqual({ ok: true, value: "held" });
    expect(parseStatus("planned")).toEqual({ ok: true, value: "planned" });
    expect(parseStatus("maybe").ok).toBe(false);
    expect(parseAudiences("Молодёжь; Еңбек ұжымы, students")).toEqual({
      ok: true,
      value: ["youth", "labour_collective", "students"],
    });
    expect(parseYesNo("иә")).toEqual({ ok: true, value: true });
    expect(parseYesNo("Нет")).toEqual({ ok: true, value: false });
  });
  it("reads sizes with separators and estimates", () => {
    expect(parseSize("1 150")).toEqual({ ok: true, value: { size: 1150, estimate: false } });
    expect(parseSize("1,150")).toEqual({ ok: true, value: { size: 1150, estimate: false } });
    expect(parseSize("около 300")).toEqual({ ok: true, value: { size: 300, estimate: true } });
    expect(parseSize("300+")).toEqual({ ok: true, value: { size: 300, estimate: true } });
    // As people write an estimate in each language, and the unit they add.
    for (const typed of [
      "более 300",
      "Свыше 300",
      "more than 300",
      "over 300",
      "300-ден астам",
      "300-ге жуық",
      "300-дей",
    ])
      expect(parseSize(typed), typed).toEqual({ ok: true, value: { size: 300, estimate: true } });
    for (const typed of ["300 человек", "300 чел.", "300 адам", "300 people"])
      expect(parseSize(typed), typed).toEqual({ ok: true, value: { size: 300, estimate: false } });
    expect(parseSize("около 300 человек")).toEqual({ ok: true, value: { size: 300, estimate: true } });
    expect(parseSize(12.5).ok).toBe(false);
    expect(parseSize("many").ok).toBe(false);
    expect(parseSize("")).toEqual({ ok: true, value: { size: null, estimate: false } });
  });
});
