// Hostile input, bounded: 2,100 generated requests (fast-check) over the JSON
// API, the pages and every server action, signed in as an admin and as nobody,
// with malformed ids and paths, bodies, content types and Origin headers. Not
// one may answer 5xx, and none of them may write: every table's row count is
// the same afterwards. Loopback only; runs alone after the other specs (its
// own project), so their writes do not count.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { stateOf } from "./helpers";

const rowCounts = () =>
  JSON.parse(execFileSync("node_modules/.bin/tsx", ["e2e/support/row-counts.mts"], { encoding: "utf8" })) as object;

/** Every server action of the build, with a page that serves it. */
function serverActions(): Array<{ id: string; path: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).flatMap(([id, a]) => {
    const worker = Object.keys(a.workers).find((w) => w.endsWith("/page"));
    if (!worker) return [];
    const path = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[iso\]/, "KZ-31")
      .replace(/\[[^\]]+\]/g, "1");
    return [{ id, path: path || "/" }];
  });
}

const hostileIds = [
  "%ff",
  "0x10",
  "%201",
  "-1",
  "0",
  "1e1",
  "016",
  "99999999999999999999",
  "1.5",
  "abc",
  "%00",
  "%E0%A4%A",
];
const origins = [undefined, "null", "garbage", "http://[::1", "https://evil.example", "http://127.0.0.1.evil.example"];
const contentTypes = ["application/json", "application/jsonx", "text/plain", "", "application/x-www-form-urlencoded"];
const badBodies = ["notjson", "[]", "[null]", "{", '{"title":', "null", "0", '"x"', "\u0000", "[".repeat(2000)];

// An event body that breaks at least one rule (so no generated write is valid).
const badEvent = fc.record({
  title: fc.oneof(
    fc.constant(""),
    fc.constant("x\u0000y"),
    fc.string({ maxLength: 5 }).map((s) => s + "\u0007"),
  ),
  campaign: fc.constantFrom("referendum-2026", "nope", ""),
  status: fc.constantFrom("held", "done", 7),
  date: fc.constantFrom("2099-01-01", "2026-02-30", "yesterday", ""),
  region: fc.constantFrom("KZ-31", "KZ-99", "<script>"),
  audienceSize: fc.constantFrom(-5, 1e12, "ten", null),
  speakers: fc.constantFrom([], [{ person: { id: -1 } }], "x", [{ person: { name: "" } }]),
  sources: fc.constantFrom([{ id: 0 }], [{}], "x", [{ url: "javascript:alert(1)" }]),
});
// Random JSON without a version number, so a PUT can never be a valid edit.
const junk = fc.jsonValue().filter((v) => !(typeof v === "object" && v !== null && "version" in v));
const body = fc.oneof(
  fc.constantFrom(...badBodies),
  badEvent.map((b) => JSON.stringify(b)),
  junk.map((v) => JSON.stringify(v)),
);

type Req = { method: string; path: string; headers: Record<string, string>; body?: string; signedIn: boolean };
const headersOf = (origin: string | undefined, type: string) => {
  const h: Record<string, string> = {};
  if (origin !== undefined) h.origin = origin;
  if (type) h["content-type"] = type;
  return h;
};

function requests(actions: Array<{ id: string; path: string }>): fc.Arbitrary<Req> {
  const signedIn = fc.boolean();
  const api = fc
    .record({
      method: fc.constantFrom("POST", "PUT", "DELETE", "PATCH"),
      path: fc.oneof(
        fc.constantFrom(
          "/api/events",
          "/api/users",
          "/api/events/1",
          "/api/sources/1",
          "/api/events/1/restore",
          "/api/imports",
          "/api/intake/drafts",
        ),
        fc
          .constantFrom(...hostileIds)
          .chain((id) =>
            fc.constantFrom(
              `/api/events/${id}`,
              `/api/sources/${id}`,
              `/api/events/${id}/restore`,
              `/api/users/${id}`,
              `/api/imports/${id}`,
              `/api/imports/${id}/commit`,
              `/api/events/${id}/sources`,
            ),
          ),
      ),
      origin: fc.constantFrom(...origins),
      type: fc.constantFrom(...contentTypes),
      body,
      signedIn,
    })
    // A DELETE or restore of a real event from this site would be a valid write: only hostile ones.
    .filter((r) => !(/^\/api\/events\/1(\/restore)?$/.test(r.path) && r.method !== "PUT" && r.method !== "POST"))
    .map((r) => ({
      method: r.method,
      path: r.path,
      headers: headersOf(r.origin, r.type),
      body: r.body,
      signedIn: r.signedIn,
    }));
  const pages = fc
    .record({
      path: fc.oneof(
        fc.constantFrom(
          "/events",
          "/dashboard",
          "/people",
          "/organizations",
          "/sources",
          "/admin/users",
          "/events/deleted",
          "/events/import",
          "/events/import/articles",
          "/events/duplicates",
          "/api/imports/template",
        ),
        fc
          .constantFrom(...hostileIds)
          .chain((id) =>
            fc.constantFrom(
              `/events/${id}`,
              `/events/${id}/edit`,
              `/people/${id}`,
              `/sources/${id}`,
              `/dashboard/${id}`,
              `/geo/shapes/${id}`,
              `/api/imports/${id}/errors`,
            ),
          ),
      ),
      query: fc.oneof(
        fc.constant(""),
        fc.string({ maxLength: 30 }).map((s) => `?q=${encodeURIComponent(s)}`),
        fc.constantFrom("?from=2026-13-45", "?sort=%ff", "?cursor=!!!", "?region=KZ-31&region=x&district=-1", "?q=%"),
        fc.constantFrom("/events/export?format=xlsx&from=bad", "/api/stats?region=<x>", "/api/directory/sources?q=%ff"),
      ),
      signedIn,
    })
    .map((r) => ({
      method: "GET",
      path: r.query.startsWith("/") ? r.query : r.path + r.query,
      headers: {},
      signedIn: r.signedIn,
    }));
  const action = fc
    .record({
      a: fc.constantFrom(...actions),
      body: fc.oneof(
        fc.constantFrom("[]", "[null]", "notjson", '["$K1"]', '[{"id":"x"}]', "[1,2,3]"),
        junk.map((v) => JSON.stringify([v])),
      ),
      origin: fc.constantFrom(undefined, "garbage", "null"),
      signedIn,
    })
    .map((r) => ({
      method: "POST",
      path: r.a.path,
      headers: {
        ...headersOf(r.origin, "text/plain;charset=UTF-8"),
        "next-action": r.a.id,
        accept: "text/x-component",
      },
      body: r.body,
      signedIn: r.signedIn,
    }));
  return fc.oneof({ arbitrary: api, weight: 4 }, { arbitrary: pages, weight: 3 }, { arbitrary: action, weight: 3 });
}

test("2,100 hostile requests: no 5xx, and nothing written", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const admin = await playwright.request.newContext({ baseURL, storageState: stateOf("admin") });
  const anonymous = await playwright.request.newContext({ baseURL });
  const send = (ctx: APIRequestContext, r: Req) =>
    ctx.fetch(r.path, { method: r.method, headers: r.headers, data: r.body, maxRedirects: 0, failOnStatusCode: false });
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(5);
  const before = rowCounts();
  // Every action on its own page with the bodies Next cannot read, whatever the generator draws.
  for (const a of actions) {
    for (const data of ["notjson", "{}", "[", '{"a":1}', "", '["$@1"]', '[{"a":"$&"}]', '["$K1"]']) {
      const res = await admin.fetch(a.path, {
        method: "POST",
        headers: { "next-action": a.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        data,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(res.status(), `${a.path} ${a.id} ${data}`).toBeLessThan(500);
    }
  }
  let sent = 0;
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(requests(actions), async (r) => {
      const res = await send(r.signedIn ? admin : anonymous, r);
      sent++;
      statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      expect(
        res.status(),
        `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${r.body?.slice(0, 80) ?? ""}`,
      ).toBeLessThan(500);
    }),
    { numRuns: 2100, endOnFailure: true },
  );
  expect(sent).toBe(2100);
  expect(rowCounts()).toEqual(before);
  test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(statuses)) });
  await admin.dispose();
  await anonymous.dispose();
});
