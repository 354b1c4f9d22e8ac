import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseId } from "./ids";

describe("parseId", () => {
  it("takes canonical positive decimals only", () => {
    expect(parseId("16")).toBe(16);
    expect(parseId(16)).toBe(16);
    for (const bad of [
      "0x10",
      "%201",
      " 1",
      "1 ",
      "016",
      "0",
      "-1",
      "1e1",
      "1.0",
      "",
      "2147483648",
      "abc",
      null,
      1.5,
      0,
    ])
      expect(parseId(bad)).toBeNull();
  });

  it("round-trips every id it accepts", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const id = parseId(s);
        if (id !== null) expect(String(id)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_147_483_647 }), (n) => {
        expect(parseId(String(n))).toBe(n);
      }),
    );
  });
});
