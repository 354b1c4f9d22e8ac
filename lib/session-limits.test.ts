import { describe, expect, it } from "vitest";
import { clientAddress, sessionLimits } from "./session-limits";

const headers = (h: Record<string, string>) => new Headers(h);

describe("client address", () => {
  it("is the socket's address; a client's own X-Forwarded-For changes nothing", () => {
    const h = headers({ "x-outreach-client": "203.0.113.5", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(h, {})).toBe("203.0.113.5");
  });
  it("with TRUST_PROXY=n, is what the outermost trusted proxy saw (forged left parts ignored)", () => {
    const h = headers({ "x-outreach-client": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.3" });
    expect(clientAddress(h, { TRUST_PROXY: "1" })).toBe("10.0.0.3");
    expect(clientAddress(h, { TRUST_PROXY: "2" })).toBe("198.51.100.4");
  });
});

describe("session limits", () => {
  it("default to 2 hours idle and 12 hours in all; nonsense falls back", () => {
    expect(sessionLimits({})).toMatchObject({ idleMinutes: 120, maxHours: 12 });
    expect(sessionLimits({ SESSION_IDLE_MINUTES: "30", SESSION_MAX_HOURS: "x" })).toMatchObject({
      idleMinutes: 30,
      maxHours: 12,
    });
  });
});
