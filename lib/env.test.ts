import { describe, expect, it } from "vitest";
import { checkEnv } from "./env";

describe("checkEnv", () => {
  it("accepts the development defaults", () => expect(checkEnv({ NODE_ENV: "test" })).toEqual([]));
  it("refuses production without a real secret or with the demo password", () => {
    expect(checkEnv({ NODE_ENV: "production", APP_ENV: "production" }).join()).toMatch(/AUTH_SECRET/);
    expect(
      checkEnv({
        NODE_ENV: "production",
        APP_ENV: "production",
        AUTH_SECRET: "x".repeat(40),
        DEMO_PASSWORD: "outreach-demo",
      }).join(),
    ).toMatch(/DEMO_PASSWORD/);
    expect(checkEnv({ NODE_ENV: "production", APP_ENV: "production", AUTH_SECRET: "x".repeat(40) })).toEqual([]);
  });
  it("rejects an unknown database scheme", () =>
    expect(checkEnv({ NODE_ENV: "test", DATABASE_URL: "mysql://x" }).join()).toMatch(/DATABASE_URL/));
});
