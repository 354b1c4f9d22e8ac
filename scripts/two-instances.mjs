// Two app instances on one database (CI runs it on PostgreSQL): what one
// instance does is in force on the other at once, because sessions, the
// sign-in throttle and the rollups live in the database, not in a process.
// - a session signed in on A works on B, and signing out on A ends it on B;
// - deactivating a user on B ends their session on A, reactivating brings none back;
// - failed sign-ins on A and on B count together;
// - creates sent to both at once all land, and the dashboard counts all.
// Usage: DATABASE_URL=postgresql://… node scripts/two-instances.mjs
import { api, eventBody, signIn, startServer, waitHealthy } from "./lib/app-client.mjs";

const PASSWORD = process.env.DEMO_PASSWORD || "outreach-demo";
const ports = [3401, 3402];
const [A, B] = ports.map((p) => `http://127.0.0.1:${p}`);
const servers = ports.map((port) => startServer(port));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

try {
  await Promise.all([waitHealthy(A), waitHealthy(B)]);
  const admin = await signIn(A, "admin@demo.kz", PASSWORD);

  // A user of its own, so nothing else is touched.
  const email = `two-${Date.now()}@demo.kz`;
  const made = await api(B, admin, "POST", "/api/users", {
    email,
    name: "Two instances",
    role: "viewer",
    regions: [],
    password: "a-long-test-password",
  });
  check(made.status === 201, "an admin signed in on A creates a user through B");

  const cookie = await signIn(A, email, "a-long-test-password");
  check((await api(B, cookie, "GET", "/api/session")).status === 200, "a session made on A works on B");
  const csrf = await fetch(`${A}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = await csrf.json();
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  await fetch(`${A}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [cookie, csrfCookie].filter(Boolean).join("; "),
    },
    body: new URLSearchParams({ csrfToken }),
  });
  check((await api(B, cookie, "GET", "/api/session")).status === 401, "signing out on A ends the session on B");

  // An admin on B deactivates a user signed in on A: their session ends on A too.
  const again = await signIn(A, email, "a-long-test-password");
  check((await api(A, again, "GET", "/api/session")).status === 200, "a new session on A works");
  const off = await api(B, admin, "PATCH", `/api/users/${made.json?.id}`, { active: false });
  check(off.status === 200, "an admin deactivates the user through B");
  check((await api(A, again, "GET", "/api/session")).status === 401, "deactivation on B ends the session on A");
  check(
    await signIn(A, email, "a-long-test-password").then(
      () => false,
      () => true,
    ),
    "a deactivated user cannot sign in on A",
  );
  const on = await api(A, admin, "PATCH", `/api/users/${made.json?.id}`, { active: true });
  check(on.status === 200, "an admin reactivates the user through A");
  check((await api(B, again, "GET", "/api/session")).status === 401, "reactivation brings no old session back on B");

  // Five wrong passwords, split between the instances, then the right one on A.
  for (const base of [A, B, A, B, A]) {
    await signIn(base, email, "wrong-password").catch(() => undefined);
  }
  const throttled = await signIn(A, email, "a-long-test-password").then(
    () => false,
    () => true,
  );
  check(throttled, "failed sign-ins on A and B count together (the sixth attempt is held)");

  const before = (await api(A, admin, "GET", "/api/stats?campaign=referendum-2026")).json;
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      api(i % 2 ? A : B, admin, "POST", "/api/events", eventBody(`Two instances ${i} ${Date.now()}`)),
    ),
  );
  check(
    results.every((r) => r.status === 201),
    "40 creates sent to both instances at once all land",
  );
  const after = (await api(B, admin, "GET", "/api/stats?campaign=referendum-2026")).json;
  check(
    after?.kpis?.held - before?.kpis?.held === 40,
    "the dashboard on B counts every one of them (no lost rollup counts)",
  );
} finally {
  for (const s of servers) s.kill("SIGTERM");
}
if (failures.length) process.exit(1);
console.log("two instances: every check passed");
