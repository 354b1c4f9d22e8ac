// How long a session lives: SESSION_IDLE_MINUTES without a request (default
// 120) and SESSION_MAX_HOURS after sign-in (default 12), whichever comes first.
// Read at each use, so tests and operators can change them without a rebuild.
const number = (raw: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

export function sessionLimits(env: Record<string, string | undefined> = process.env) {
  const idleMinutes = number(env.SESSION_IDLE_MINUTES, 120, 1, 24 * 60);
  const maxHours = number(env.SESSION_MAX_HOURS, 12, 1, 24 * 30);
  return { idleMs: idleMinutes * 60_000, maxMs: maxHours * 3_600_000, idleMinutes, maxHours };
}

/**
 * The client address a request came from. The app's server (scripts/serve.mjs)
 * puts the socket's address in X-Outreach-Client, replacing anything a client
 * sent. Only with TRUST_PROXY=<hops> are that many proxies in front trusted:
 * the address is then the one the outermost trusted proxy saw, taken from the
 * right of X-Forwarded-For, so a forged left part changes nothing.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const socket = headers.get("x-outreach-client") ?? "unknown";
  const hops = number(env.TRUST_PROXY, 0, 0, 10);
  if (hops === 0) return socket;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The socket is the nearest proxy; each trusted hop appended the address it saw.
  return chain[chain.length - hops] ?? chain[0] ?? socket;
}
