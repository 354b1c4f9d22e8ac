// Test data a spec makes for itself, written straight to the e2e server's
// database (the event forms arrive with the next issue).
import { execFileSync } from "node:child_process";

export function createEventDirectly(title: string, regionIso: string): number {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/create-event.mts", title, regionIso], {
    encoding: "utf8",
  });
  return Number(out.trim().split("\n").at(-1));
}
