// Floors for the evaluation set's scores, over all languages. Raise a floor
// when extraction gets better; never lower one to make a change pass.
import { describe, expect, it } from "vitest";
import { evaluate, f1, overall, rate, TALLIES, type TallyField } from "./evaluate";

type Floored = Exclude<TallyField, "drafts">;

const FLOORS: Record<Floored, number> & { speakersF1: number; hostsF1: number } = {
  outreach: 0.95,
  region: 0.95,
  district: 0.95,
  date: 0.95,
  dateSource: 0.9,
  campaign: 0.95,
  format: 0.95,
  audience: 0.95,
  estimate: 0.95,
  audienceTypes: 0.9,
  duplicates: 0.8,
  speakersF1: 0.95,
  hostsF1: 0.95,
};

describe("the evaluation set", () => {
  const total = overall(evaluate());
  it.each(TALLIES.filter((k): k is Floored => k !== "drafts"))("%s stays above its floor", (k) => {
    expect(rate(total[k])).toBeGreaterThanOrEqual(FLOORS[k]);
  });
  it("speakers and host organisations F1 stay above their floors", () => {
    expect(f1(total.speakers)).toBeGreaterThanOrEqual(FLOORS.speakersF1);
    expect(f1(total.hosts)).toBeGreaterThanOrEqual(FLOORS.hostsF1);
  });
});
