// Floors for the evaluation set's scores, over all languages. Raise a floor
// when extraction gets better; never lower one to make a change pass.
import { describe, expect, it } from "vitest";
import { evaluate, f1, rate, type LanguageScores } from "./evaluate";

const FLOORS = {
  outreach: 0.95,
  region: 0.95,
  district: 0.9,
  date: 0.95,
  dateSource: 0.9,
  campaign: 0.95,
  format: 0.95,
  audience: 0.95,
  estimate: 0.95,
  duplicates: 0.8,
  speakersF1: 0.95,
  hostsF1: 0.9,
};

type Tally = { hit: number; total: number };
type Prf = { tp: number; fp: number; fn: number };

describe("the evaluation set", () => {
  const all = Object.values<LanguageScores>(evaluate());
  const tally = (
    k:
      | "outreach"
      | "region"
      | "district"
      | "date"
      | "dateSource"
      | "campaign"
      | "format"
      | "audience"
      | "estimate"
      | "duplicates",
  ) =>
    rate(all.reduce<Tally>((t, s) => ({ hit: t.hit + s[k].hit, total: t.total + s[k].total }), { hit: 0, total: 0 }));
  const prf = (k: "speakers" | "hosts") =>
    f1(
      all.reduce<Prf>((t, s) => ({ tp: t.tp + s[k].tp, fp: t.fp + s[k].fp, fn: t.fn + s[k].fn }), {
        tp: 0,
        fp: 0,
        fn: 0,
      }),
    );

  it.each([
    "outreach",
    "region",
    "district",
    "date",
    "dateSource",
    "campaign",
    "format",
    "audience",
    "estimate",
    "duplicates",
  ] as const)("%s stays above its floor", (k) => {
    expect(tally(k)).toBeGreaterThanOrEqual(FLOORS[k]);
  });
  it("speakers and host organisations F1 stay above their floors", () => {
    expect(prf("speakers")).toBeGreaterThanOrEqual(FLOORS.speakersF1);
    expect(prf("hosts")).toBeGreaterThanOrEqual(FLOORS.hostsF1);
  });
});
