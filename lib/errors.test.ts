import { describe, expect, it } from "vitest";
import { AppError, attempt, failure, objectOf } from "./errors";

describe("the error contract", () => {
  it("maps each code to one status and message key", () => {
    expect(failure("invalid")).toMatchObject({ ok: false, status: 400, message: "errors.fixFields" });
    expect(failure("unauthenticated")).toMatchObject({ status: 401, message: "errors.signIn" });
    expect(failure("forbidden")).toMatchObject({ status: 403 });
    expect(failure("not_found")).toMatchObject({ status: 404 });
    expect(failure("conflict")).toMatchObject({ status: 409 });
    expect(failure("rate_limited")).toMatchObject({ status: 429, message: "errors.rateLimited" });
    expect(failure("invalid", { message: "errors.badJson" }).message).toBe("errors.badJson");
  });

  it("turns a thrown AppError into its Failure, with its field errors", async () => {
    const r = await attempt(() =>
      Promise.reject(new AppError("invalid", { fieldErrors: { title: "validation.required" } })),
    );
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { title: "validation.required" } });
  });

  it("maps a unique-constraint violation to the field that caused it", async () => {
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { target: ["email"] } });
    expect(await attempt(() => Promise.reject(unique))).toMatchObject({
      status: 400,
      fieldErrors: { email: "validation.emailTaken" },
    });
  });

  it("rethrows anything else: a bug or an outage is not a form error", async () => {
    await expect(attempt(() => Promise.reject(new Error("connection lost")))).rejects.toThrow("connection lost");
  });

  it("reads only plain objects as request bodies", () => {
    for (const bad of [null, [], [null], "notjson", 1, undefined]) expect(objectOf(bad)).toBeNull();
    expect(objectOf({ a: 1 })).toEqual({ a: 1 });
  });
});
