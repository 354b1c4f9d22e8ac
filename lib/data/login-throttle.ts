// Failed sign-ins, counted in the database, so every app instance shares the
// counts and a restart forgets nothing. Three counters per failure, each for
// a 15-minute window:
// - this email from this address: 5, then that pair waits;
// - this address, whatever the email: 20 (one address guessing many accounts);
// - this email from anywhere: a ceiling of 100, and before it a growing delay
//   on every attempt, so a guessing run spread over many addresses stays slow
//   while the owner, from an address that is not guessing, can still sign in.
// Each count is one atomic upsert (the same statement on SQLite and
// PostgreSQL). rate-limiter-flexible's Prisma store reads and then writes, which
// loses counts under concurrent guesses, so the counter is this statement.
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/sqlite/client";

const WINDOW_SECONDS = 15 * 60;
const RULES = [
  { key: (email: string, address: string) => `ea:${email}|${address}`, limit: 5 },
  { key: (_email: string, address: string) => `a:${address}`, limit: 20 },
  { key: (email: string) => `e:${email}`, limit: 100 },
] as const;
// Failures of one email (from anywhere) after which each attempt waits, growing.
const DELAY_AFTER = 5;
const DELAY_STEP_MS = 250;
const DELAY_MAX_MS = 5000;

const nowSeconds = () => Math.floor(Date.now() / 1000);
const keysOf = (email: string, address: string) => RULES.map((r) => r.key(email.trim().toLowerCase(), address));

async function counts(keys: string[]) {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, resetAt: { gt: nowSeconds() } } });
  return new Map(rows.map((r) => [r.key, r]));
}

/** Seconds until this email may try again from this address, or 0 when it may now. */
export async function retryAfter(email: string, address: string): Promise<number> {
  const keys = keysOf(email, address);
  const found = await counts(keys);
  const now = nowSeconds();
  const waits = RULES.map((rule, i) => {
    const row = found.get(keys[i] ?? "");
    return row && row.points >= rule.limit ? row.resetAt - now : 0;
  });
  return Math.max(0, ...waits);
}

/** How long to hold an attempt on this email before answering (0 for an email nobody is guessing). */
export async function attemptDelayMs(email: string): Promise<number> {
  const key = RULES[2].key(email.trim().toLowerCase());
  const row = (await counts([key])).get(key);
  const over = (row?.points ?? 0) - DELAY_AFTER;
  return over > 0 ? Math.min(over * DELAY_STEP_MS, DELAY_MAX_MS) : 0;
}

export async function recordFailure(email: string, address: string): Promise<void> {
  const now = nowSeconds();
  for (const key of keysOf(email, address)) {
    await db.$executeRaw(Prisma.sql`
      INSERT INTO "LoginThrottle" ("key", "points", "resetAt") VALUES (${key}, 1, ${now + WINDOW_SECONDS})
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN "LoginThrottle"."resetAt" <= ${now} THEN 1 ELSE "LoginThrottle"."points" + 1 END,
        "resetAt" = CASE WHEN "LoginThrottle"."resetAt" <= ${now} THEN ${now + WINDOW_SECONDS}
                         ELSE "LoginThrottle"."resetAt" END`);
  }
}

/** A correct password clears this email's count from this address (not the others). */
export async function recordSuccess(email: string, address: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keysOf(email, address)[0] } });
}

/** Forgets counters whose window has ended (called now and then by sign-ins). */
export async function forgetExpired(): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { resetAt: { lte: nowSeconds() } } });
}
