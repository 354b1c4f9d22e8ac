import { describe, expect, it } from "vitest";
import { exportFileName } from "./filename";
import { parseEventFilters } from "../schemas/event-filters";

describe("exportFileName", () => {
  it("names region and period", () => {
    const { filters } = parseEventFilters({ region: "KZ-31", from: "2026-02-01", to: "2026-03-15" });
    expect(exportFileName(filters, ["Zhambyl Region"], "xlsx")).toBe(
      "events_zhambyl-region_2026-02-01_2026-03-15.xlsx",
    );
  });
  it("says 'all' for an unfiltered export", () => {
    expect(exportFileName(parseEventFilters({}).filters, [], "csv")).toBe("events_all.csv");
  });
  it("names a campaign and an open period", () => {
    const { filters } = parseEventFilters({ campaign: "referendum-2026", to: "2026-03-15" });
    expect(exportFileName(filters, [], "json")).toBe("events_referendum-2026_to-2026-03-15.json");
  });
});
