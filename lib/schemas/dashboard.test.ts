import { describe, expect, it } from "vitest";
import { dashboardQuery } from "./dashboard";

describe("dashboardQuery", () => {
  it("defaults to the latest campaign, events colouring and a 14-day gap", () => {
    const v = dashboardQuery({}, "referendum-2026");
    expect(v.filters.campaign).toBe("referendum-2026");
    expect(v).toMatchObject({ metric: "events", gapDays: 14, query: "" });
  });
  it("'all' means every campaign; bad values fall back", () => {
    const v = dashboardQuery({ campaign: "all", gap: "9999", color: "audience", format: "forum" }, "referendum-2026");
    expect(v.filters.campaign).toBeUndefined();
    expect(v.gapDays).toBe(14);
    expect(v.query).toBe("campaign=all&format=forum&color=audience");
  });
});
