import { describe, expect, it } from "vitest";
import { DATA_ONLY_POLICY, securedOutsideProxy } from "./security-headers";

describe("securedOutsideProxy", () => {
  it("gives a route the proxy does not see the data-only CSP and names its user for the log", () => {
    const res = securedOutsideProxy(Response.json({}), new Request("http://127.0.0.1/api/imports"), 7);
    expect(res.headers.get("Content-Security-Policy")).toBe(DATA_ONLY_POLICY);
    expect(res.headers.get("x-outreach-user")).toBe("7");
    expect(res.headers.get("Strict-Transport-Security")).toBeNull();
  });

  it("asks for HTTPS only over HTTPS, and names no one when no one signed in", () => {
    const req = new Request("http://127.0.0.1/api/imports", { headers: { "x-forwarded-proto": "https" } });
    const res = securedOutsideProxy(Response.json({}), req, null);
    expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
    expect(res.headers.has("x-outreach-user")).toBe(false);
  });
});
