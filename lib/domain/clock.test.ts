import { describe, expect, it } from "vitest";
import { dayIn } from "./clock";

describe("dayIn", () => {
  it("is the day in Almaty, not the UTC day", () => {
    // 00:19 on 2 December in Almaty (UTC+5) is still 1 December in UTC.
    const at = new Date("2026-12-01T19:19:00Z");
    expect(dayIn(at, "Asia/Almaty")).toBe("2026-12-02");
    expect(dayIn(at, "UTC")).toBe("2026-12-01");
  });
});
