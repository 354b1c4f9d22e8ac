// Floors for the evaluation set's scores, over all languages. Raise a floor
// when extraction gets better; never lower one to make a change pass.
import { describe, expect, it } from "vitest";
import { evaluate, f1, overall, rate, TALLIES, type TallyField } from "./evaluate";

type Floored = Exclude<TallyField, "drafts">;

const FLOORS: Record<Floored, number> & { speakersF1: number; hostsF1: number } = {
  outreach: 0.99,
  region: 0.99,
  district: 0.98,
  date: 0.98,
  dateSource: 0.97,
  campaign: 0.99,
  format: 0.99,
  audience: 0.98,
  estimate: 0.98,
  audienceTypes: 0.95,
  duplicates: 0.9,
  speakersF1: 0.995,
  hostsF1: 0.97,
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
