import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classOf, countClasses } from "./count-classes";

describe("countClasses", () => {
  it("gives one class per value for small counts", () => {
    expect(countClasses(1)).toEqual([{ lo: 1, hi: 1 }]);
    expect(countClasses(3)).toEqual([
      { lo: 1, hi: 1 },
      { lo: 2, hi: 2 },
      { lo: 3, hi: 3 },
    ]);
    expect(countClasses(0)).toEqual([{ lo: 1, hi: 1 }]);
  });

  it("rounds wider classes to readable widths", () => {
    expect(countClasses(100)).toEqual([
      { lo: 1, hi: 20 },
      { lo: 21, hi: 40 },
      { lo: 41, hi: 60 },
      { lo: 61, hi: 80 },
      { lo: 81, hi: 100 },
    ]);
    expect(countClasses(12_345).map((c) => c.hi)).toEqual([2500, 5000, 7500, 10000, 12345]);
  });

  it("covers 1..max with at most five whole, non-empty, non-overlapping classes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const cs = countClasses(max);
        expect(cs.length).toBeGreaterThanOrEqual(1);
        expect(cs.length).toBeLessThanOrEqual(5);
        expect(cs[0]!.lo).toBe(1);
        expect(cs.at(-1)!.hi).toBe(max);
        cs.forEach((c, i) => {
          expect(Number.isInteger(c.lo) && Number.isInteger(c.hi)).toBe(true);
          expect(c.lo).toBeLessThanOrEqual(c.hi);
          if (i > 0) expect(c.lo).toBe(cs[i - 1]!.hi + 1);
        });
        expect(classOf(cs, max)).toBe(cs.length - 1);
        expect(classOf(cs, 1)).toBe(0);
        expect(classOf(cs, 0)).toBe(-1);
      }),
    );
  });
});
