// The sign-in throttle lives in the database (both dialects in CI): shared by
// every instance, exact under concurrent guesses, and keyed so that guessing
// from one address does not lock the owner out from another.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type TestDatabase } from "../testing/test-db";

let t: TestDatabase;
let throttle: typeof import("./login-throttle");

beforeAll(async () => {
  t = await appDatabase();
  throttle = await import("./login-throttle");
});
afterAll(() => t.drop());

describe("sign-in throttle", () => {
  it("5 failures for one email from one address hold that pair, not the owner elsewhere", async () => {
    for (let i = 0; i < 4; i++) await throttle.recordFailure("Owner@demo.kz", "10.0.0.9");
    expect(await throttle.retryAfter("owner@demo.kz", "10.0.0.9")).toBe(0);
    await throttle.recordFailure("owner@demo.kz", "10.0.0.9");
    const wait = await throttle.retryAfter("owner@demo.kz", "10.0.0.9");
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await throttle.retryAfter("owner@demo.kz", "192.0.2.1")).toBe(0);
  });

  it("20 failures from one address hold that address for every email", async () => {
    for (let i = 0; i < 20; i++) await throttle.recordFailure(`user${i}@demo.kz`, "198.51.100.7");
    expect(await throttle.retryAfter("someone@demo.kz", "198.51.100.7")).toBeGreaterThan(0);
    expect(await throttle.retryAfter("someone@demo.kz", "198.51.100.8")).toBe(0);
  });

  it("a guessing run spread over addresses slows every attempt on that email, up to a ceiling", async () => {
    expect(await throttle.attemptDelayMs("target@demo.kz")).toBe(0);
    for (let i = 0; i < 9; i++) await throttle.recordFailure("target@demo.kz", `203.0.113.${i}`);
    expect(await throttle.attemptDelayMs("target@demo.kz")).toBe(1000);
    expect(await throttle.retryAfter("target@demo.kz", "203.0.113.200")).toBe(0);
    for (let i = 0; i < 91; i++) await throttle.recordFailure("target@demo.kz", `2001:db8::${i}`);
    expect(await throttle.attemptDelayMs("target@demo.kz")).toBe(5000);
    expect(await throttle.retryAfter("target@demo.kz", "203.0.113.201")).toBeGreaterThan(0);
  });

  it("counts every one of many concurrent failures", async () => {
    await Promise.all(Array.from({ length: 30 }, () => throttle.recordFailure("burst@demo.kz", "10.1.1.1")));
    const row = await t.db.loginThrottle.findUniqueOrThrow({ where: { key: "a:10.1.1.1" } });
    expect(row.points).toBe(30);
  });

  it("a success clears only its own pair; an ended window starts again", async () => {
    for (let i = 0; i < 5; i++) await throttle.recordFailure("back@demo.kz", "10.2.2.2");
    await throttle.recordSuccess("back@demo.kz", "10.2.2.2");
    expect(await throttle.retryAfter("back@demo.kz", "10.2.2.2")).toBe(0);
    expect(await t.db.loginThrottle.findUnique({ where: { key: "e:back@demo.kz" } })).not.toBeNull();
    await t.db.loginThrottle.updateMany({ data: { resetAt: Math.floor(Date.now() / 1000) - 1 } });
    await throttle.recordFailure("back@demo.kz", "10.2.2.2");
    expect((await t.db.loginThrottle.findUniqueOrThrow({ where: { key: "e:back@demo.kz" } })).points).toBe(1);
    await throttle.forgetExpired();
    expect(await t.db.loginThrottle.count({ where: { resetAt: { lte: Math.floor(Date.now() / 1000) } } })).toBe(0);
  });
});
