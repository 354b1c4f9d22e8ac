// Which requests pass through the proxy: every page and API route but static
// files and the spreadsheet upload, whose body Next would otherwise copy whole
// (and cut at a size limit) before the route could stream it to disk.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "./proxy";

const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the proxy's matcher", () => {
  it("leaves out the upload and static files", () => {
    for (const url of ["/api/imports", "/_next/static/chunks/a.js", "/favicon.ico", "/geo/kz-adm1.geojson"])
      expect(matches(url), url).toBe(false);
  });

  it("sees pages, the other import routes and every other API route", () => {
    for (const url of [
      "/",
      "/events",
      "/events/import",
      "/api/imports/abc",
      "/api/imports/abc/commit",
      "/api/imports/template",
      "/api/importsx",
      "/api/events",
      "/geo/shapes/KZ-31",
    ])
      expect(matches(url), url).toBe(true);
  });
});
