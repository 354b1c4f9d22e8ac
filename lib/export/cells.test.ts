import { describe, expect, it } from "vitest";
import { safeCell, safeText } from "./cells";

describe("formula injection", () => {
  it("neutralises every formula trigger", () => {
    for (const bad of ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(safeText(bad)).toBe(`'${bad}`);
    }
  });
  it("leaves ordinary text, numbers and dates alone", () => {
    expect(safeText("Көне Тараз")).toBe("Көне Тараз");
    expect(safeText("a=b")).toBe("a=b");
    expect(safeCell(-5)).toBe(-5);
    const d = new Date();
    expect(safeCell(d)).toBe(d);
  });
});
