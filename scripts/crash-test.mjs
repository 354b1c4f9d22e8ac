// Crash test (bounded, loopback only): sequential creates through the JSON API
// while the server is killed with SIGKILL mid-stream, three times; after a
// restart, every create the server acknowledged (201 with an id) must be
// there. Runs against the database DATABASE_URL names, with the built app.
// Usage: node scripts/crash-test.mjs   (CI runs it on SQLite and PostgreSQL)
import { api, eventBody, signIn, startServer, waitHealthy } from "./lib/app-client.mjs";

const PORT = Number(process.env.CRASH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const CYCLES = 3;
const PASSWORD = process.env.DEMO_PASSWORD || "outreach-demo";

const start = () => startServer(PORT, { PORT: String(PORT) });
// The kill may have been reaped while a request was failing: an exit already
// seen resolves at once (waiting for an "exit" event that has passed would
// leave the script hanging with nothing to wake it).
const exited = (child) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", resolve));

const acknowledged = [];
for (let cycle = 1; cycle <= CYCLES; cycle++) {
  const server = start();
  await waitHealthy(BASE);
  const cookie = await signIn(BASE, "admin@demo.kz", PASSWORD);
  // Kill at a random moment 0.5–2 s into the stream, whatever is in flight.
  let killed = false;
  const timer = setTimeout(
    () => {
      killed = true;
      server.kill("SIGKILL");
    },
    500 + Math.random() * 1500,
  );
  for (let i = 0; !killed && i < 2000; i++) {
    try {
      const r = await api(BASE, cookie, "POST", "/api/events", eventBody(`Crash ${cycle}.${i} ${Date.now()}`));
      if (r.status === 201) acknowledged.push(r.json.id);
      else if (!killed) throw new Error(`create answered ${r.status}: ${JSON.stringify(r.json)}`);
    } catch (e) {
      if (!killed) throw e;
    }
  }
  clearTimeout(timer);
  await exited(server);
  console.log(`cycle ${cycle}: killed with SIGKILL; ${acknowledged.length} creates acknowledged so far`);
}

const server = start();
await waitHealthy(BASE);
const cookie = await signIn(BASE, "admin@demo.kz", PASSWORD);
const missing = [];
for (const id of acknowledged) {
  if ((await api(BASE, cookie, "GET", `/api/events/${id}`)).status !== 200) missing.push(id);
}
server.kill("SIGTERM");
await exited(server);
console.log(
  `crash test: ${acknowledged.length} acknowledged creates over ${CYCLES} kill -9 cycles, ${acknowledged.length - missing.length} present`,
);
if (missing.length || acknowledged.length === 0) {
  console.error(`missing after restart: ${missing.join(", ") || "(nothing was acknowledged)"}`);
  process.exit(1);
}
