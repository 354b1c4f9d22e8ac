// Failed sign-ins are throttled per email and per client address, so guessing
// passwords is slow whichever of the two an attacker varies.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;
const byEmail = new RateLimiterMemory({ keyPrefix: "login-email", points: 5, duration: WINDOW_SECONDS });
const byAddress = new RateLimiterMemory({ keyPrefix: "login-ip", points: 20, duration: WINDOW_SECONDS });

const keys = (email: string, address: string) => [email.trim().toLowerCase(), address] as const;

/** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
export async function retryAfter(email: string, address: string): Promise<number> {
  const [e, a] = keys(email, address);
  const [re, ra] = await Promise.all([byEmail.get(e), byAddress.get(a)]);
  const blocked = [
    re && re.consumedPoints >= 5 ? re.msBeforeNext : 0,
    ra && ra.consumedPoints >= 20 ? ra.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordFailure(email: string, address: string): Promise<void> {
  const [e, a] = keys(email, address);
  // consume() rejects once the limit is passed; the rejection is the signal we read in retryAfter().
  await Promise.allSettled([byEmail.consume(e), byAddress.consume(a)]);
}

export async function recordSuccess(email: string): Promise<void> {
  await byEmail.delete(keys(email, "")[0]);
}
