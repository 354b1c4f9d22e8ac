import { describe, expect, it } from "vitest";
import { isTransient } from "./db-errors";

describe("transient database failures", () => {
  it("are deadlocks, serialization failures and busy databases, however they arrive", () => {
    expect(isTransient({ code: "P2034" })).toBe(true);
    expect(isTransient({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } })).toBe(
      true,
    );
    expect(isTransient({ code: "40001" })).toBe(true);
    expect(isTransient({ code: "SQLITE_BUSY" })).toBe(true);
    expect(isTransient(new Error("SqliteError: database is locked"))).toBe(true);
  });
  it("are not refusals, constraint violations or bugs", () => {
    expect(isTransient({ code: "P2002" })).toBe(false);
    expect(isTransient(new Error("conflict"))).toBe(false);
    expect(isTransient(new TypeError("x is undefined"))).toBe(false);
    expect(isTransient(null)).toBe(false);
    expect(isTransient("deadlock")).toBe(false);
  });
});
