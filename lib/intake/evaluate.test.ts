// Floors for the evaluation set's scores. Raise a floor when extraction gets
// better; never lower one to make a change pass.
import { describe, expect, it } from "vitest";
import { evaluateSeeds, f1, rate } from "./evaluate";

const FLOORS = { region: 1, district: 0.8, date: 1, campaign: 1, format: 0.9, audience: 1, speakersF1: 0.9 };

describe("the evaluation set", () => {
  const scores = evaluateSeeds();
  const all = Object.values(scores);
  const sum = (k: "region" | "district" | "date" | "campaign" | "format" | "audience") =>
    rate(all.reduce((t, s) => ({ hit: t.hit + s[k].hit, total: t.total + s[k].total }), { hit: 0, total: 0 }));
  it.each(["region", "district", "date", "campaign", "format", "audience"] as const)(
    "%s stays above its floor",
    (k) => {
      expect(sum(k)).toBeGreaterThanOrEqual(FLOORS[k]);
    },
  );
  it("speakers F1 stays above its floor", () => {
    const s = all.reduce((t, x) => ({ tp: t.tp + x.speakers.tp, fp: t.fp + x.speakers.fp, fn: t.fn + x.speakers.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
    expect(f1(s)).toBeGreaterThanOrEqual(FLOORS.speakersF1);
  });
});
