import { describe, expect, it } from "vitest";
import { formatNumber } from "./numbers";

describe("formatNumber", () => {
  it("groups thousands per language, the same everywhere", () => {
    expect(formatNumber(1150, "en")).toBe("1,150");
    expect(formatNumber(1150, "kk")).toBe("1\u00a0150");
    expect(formatNumber(1234567, "ru")).toBe("1\u00a0234\u00a0567");
    expect(formatNumber(999, "kk")).toBe("999");
    expect(formatNumber(0, "en")).toBe("0");
  });

  it("rounds to the digits asked for and drops trailing zeros", () => {
    expect(formatNumber(1.25, "ru", 1)).toBe("1,3");
    expect(formatNumber(2, "en", 1)).toBe("2");
    expect(formatNumber(-1500.5, "en")).toBe("-1,501");
    expect(formatNumber(-0.01, "en")).toBe("0");
  });

  it("matches Intl for English, whose data every runtime has", () => {
    for (const n of [0, 7, 1000, 12345, 987654321]) expect(formatNumber(n, "en")).toBe(n.toLocaleString("en-US"));
  });
});
