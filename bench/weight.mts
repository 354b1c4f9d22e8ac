// `npm run bench:weight [-- --events 100000] [--locales kk,ru,en] [--runs 3]`
// What a browser downloads and paints for the app's main pages, measured in
// Chromium beside an empty Next app built with the same Next version:
// - first-load JavaScript: bytes of every script the page loads, as they come
//   over the wire (gzip; Chrome DevTools Protocol `encodedDataLength`);
// - HTML: the document's size, uncompressed and over the wire;
// - Largest Contentful Paint: the browser's own entry, median of `--runs`,
//   each in a fresh browser context (nothing cached).
// The app runs as in production (scripts/serve.mjs, the built app) on a fresh
// SQLite database with `--events` synthetic events. Goals (issue "ready for
// the field"): JS ≤ 1.4× the empty app, /events HTML ≤ 60 KB, dashboards
// ≤ 150 KB, LCP ≤ 1.5 s. Results go to bench/results-weight.json; README
// "Page weight" comes from them. Not a test: numbers depend on the machine.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { arg, fillBenchDatabase, freshBenchUrl } from "./database.mts";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { ROOT, baseEnv, ensureBuilt, runBin } from "../scripts/bootstrap.mjs";
import { signIn, startServer, waitHealthy } from "../scripts/lib/app-client.mjs";

const events = Number(arg("events", "100000"));
const locales = arg("locales", "kk,ru,en").split(",");
const runs = Number(arg("runs", "3"));
const APP_PORT = 3600;
const EMPTY_PORT = 3601;
const APP = `http://127.0.0.1:${APP_PORT}`;
const EMPTY = `http://127.0.0.1:${EMPTY_PORT}`;
const PAGES = ["/events", "/events/new", "/dashboard", "/dashboard/KZ-31"];

type Weight = { jsKiB: number; scripts: number; htmlKB: number; htmlWireKB: number; lcpMs: number };

// The baseline: `create-next-app`'s minimum by hand (a root layout and one
// page), built with this repository's Next and React.
function buildEmptyApp(): string {
  const dir = path.join(ROOT, "bench/data/empty-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(
    path.join(dir, "app/layout.jsx"),
    `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  );
  writeFileSync(path.join(dir, "app/page.jsx"), `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`);
  writeFileSync(
    path.join(dir, "next.config.js"),
    `module.exports = { turbopack: { root: ${JSON.stringify(ROOT)} } };\n`,
  );
  runBin("next", ["build", dir], baseEnv());
  return dir;
}

function startEmptyApp(dir: string): ChildProcess {
  return spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", dir, "-p", String(EMPTY_PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: baseEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(browser: Browser, url: string, cookies: Array<{ name: string; value: string }>, locale: string) {
  const samples: Weight[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(
      [...cookies, { name: "NEXT_LOCALE", value: locale }].map((c) => ({ ...c, url: new URL(url).origin })),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const types = new Map<string, string>();
    let js = 0;
    let scripts = 0;
    let htmlWire = 0;
    cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
    cdp.on("Network.loadingFinished", (e) => {
      const type = types.get(e.requestId);
      if (type === "Script") {
        js += e.encodedDataLength;
        scripts++;
      } else if (type === "Document") htmlWire += e.encodedDataLength;
    });
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res || res.status() !== 200) throw new Error(`${url}: ${res?.status()}`);
    const html = (await res.body()).length;
    await page.waitForLoadState("networkidle");
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
            type: "largest-contentful-paint",
            buffered: true,
          });
          setTimeout(() => resolve(NaN), 3000);
        }),
    );
    samples.push({ jsKiB: js / 1024, scripts, htmlKB: html / 1000, htmlWireKB: htmlWire / 1000, lcpMs: lcp });
    await context.close();
  }
  const last = samples.at(-1) as Weight;
  return { ...last, lcpMs: median(samples.map((s) => s.lcpMs)) };
}

ensureBuilt(baseEnv());
const emptyDir = buildEmptyApp();
const url = await freshBenchUrl("sqlite", "weight");
await fillBenchDatabase(url, events, true);
const server = startServer(APP_PORT, { DATABASE_URL: url });
const empty = startEmptyApp(emptyDir);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  await waitHealthy(APP);
  for (let i = 0; ; i++) {
    if ((await fetch(EMPTY).catch(() => null))?.ok) break;
    if (i > 120) throw new Error("the empty app did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const baseline = await measure(browser, EMPTY, [], "en");
  console.log(`empty Next app: JS ${baseline.jsKiB.toFixed(1)} KiB, LCP ${baseline.lcpMs.toFixed(0)} ms`);
  const cookie = await signIn(APP, "admin@demo.kz", process.env.DEMO_PASSWORD || "outreach-demo");
  const cookies = cookie.split("; ").map((pair) => {
    const i = pair.indexOf("=");
    return { name: pair.slice(0, i), value: pair.slice(i + 1) };
  });
  const pages: Array<{ page: string; locale: string } & Weight & { jsRatio: number }> = [];
  for (const p of PAGES) {
    for (const locale of locales) {
      const w = await measure(browser, APP + p, cookies, locale);
      pages.push({ page: p, locale, ...w, jsRatio: w.jsKiB / baseline.jsKiB });
      console.log(
        `${p} (${locale}): JS ${w.jsKiB.toFixed(1)} KiB in ${w.scripts} scripts (${(w.jsKiB / baseline.jsKiB).toFixed(2)}×), HTML ${w.htmlKB.toFixed(1)} KB (${w.htmlWireKB.toFixed(1)} KB over the wire), LCP ${w.lcpMs.toFixed(0)} ms`,
      );
    }
  }
  writeFileSync(
    path.join(ROOT, "bench/results-weight.json"),
    `${JSON.stringify({ events, runs, measuredAt: new Date().toISOString(), baseline, pages }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  server.kill("SIGTERM");
  empty.kill("SIGTERM");
}
