// A tiny HTTP client of the running app for the operations scripts (crash
// test, two-instance check, load benchmark): signs in through Auth.js's own
// endpoints, as a browser would, and calls the JSON API with the session
// cookie. Loopback only: every script passes http://127.0.0.1:<port>.

import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT, baseEnv } from "../bootstrap.mjs";

/**
 * Starts the built app (scripts/serve.mjs) on 127.0.0.1:`port`, with the
 * environment's settings plus `env`; its errors go to this process's stderr.
 */
export function startServer(port, env = {}) {
  return spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: baseEnv({ LOG_LEVEL: "warn", ...env }),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Signs in; returns the Cookie header value that carries the session. */
export async function signIn(base, email, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/events` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in as ${email} failed (${res.status})`);
  return cookie();
}

export async function api(base, cookie, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: the caller looks at the status
  }
  return { status: res.status, json };
}

/** Waits until GET /api/health answers 200 (or throws after `ms`). */
export async function waitHealthy(base, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${base} did not become healthy`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const eventBody = (title, over = {}) => ({
  title,
  campaign: "referendum-2026",
  status: "held",
  date: "2026-02-20",
  datePrecision: "day",
  region: "KZ-31",
  format: "meeting",
  audiences: ["residents"],
  audienceSize: 50,
  ...over,
});
