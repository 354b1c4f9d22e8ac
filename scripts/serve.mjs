// The app's HTTP server: Next's request handler behind a plain Node server, for
// three things `next start` cannot do.
// - The client's address: the socket's address is put in X-Outreach-Client on
//   every request, replacing whatever a client sent (Next itself keeps a
//   client's own X-Forwarded-For, so the sign-in throttle cannot trust it).
// - Graceful shutdown: on SIGTERM or SIGINT it stops accepting connections,
//   lets requests in flight finish (at most SHUTDOWN_GRACE_SECONDS, default 20),
//   then exits, so no acknowledged write is cut off.
// - A request log: one JSON line per request (pino) with a request id, method,
//   path (no query: it may hold search terms), status and duration. Never
//   bodies, cookies, tokens or passwords.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST]
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pino from "pino";

// What `next start` sets; Next must see it before it loads.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", process.env.HOST ?? "0.0.0.0");
const grace = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 20) * 1000;
const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: undefined });

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let closing = false;
const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  const id = randomUUID();
  req.headers["x-outreach-client"] = req.socket.remoteAddress ?? "unknown";
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  if (closing) res.setHeader("Connection", "close");
  // proxy.ts names the signed-in user in a header meant for this log only.
  let user = null;
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (String(name).toLowerCase() !== "x-outreach-user") return setHeader(name, value);
    user = Number(value) || null;
    return res;
  };
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info({
      id,
      user,
      method: req.method,
      path: (req.url ?? "").split("?")[0],
      status: res.statusCode,
      ms: Math.round(ms),
    });
  });
  handle(req, res).catch((e) => {
    log.error({ id, err: e instanceof Error ? e.message : String(e) }, "unhandled");
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// An idle kept-alive connection is closed after 65 s, not Node's 5 s: a client
// that reuses its socket just as the server closes it gets a reset (seen in
// the browser tests, an API context idle about 5 s between two requests).
// Longer than the usual 60 s of a proxy in front, so the proxy closes first.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", (e) => {
  log.error({ err: e.message }, "cannot serve");
  process.exit(1);
});
server.listen(port, hostname, () => log.info({ port, hostname }, "ready"));

function shutdown(signal) {
  if (closing) return;
  closing = true;
  log.info({ signal }, "shutting down: finishing requests in flight");
  server.close(() => {
    log.info("stopped");
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    log.warn("grace period over: closing remaining connections");
    server.closeAllConnections();
    process.exit(0);
  }, grace).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
