// Refuse to serve with a broken or unsafe configuration, and in production
// never while an account still has the demo accounts' default password.
import { appEnv } from "./app-env";
import { checkEnv } from "./env";
import { DEFAULT_DEMO_PASSWORD } from "./password";

export async function boot(): Promise<void> {
  const problems = checkEnv();
  if (problems.length === 0 && appEnv() === "production") {
    const { activeUsersWithPassword } = await import("./data/boot-checks");
    const exposed = await activeUsersWithPassword(DEFAULT_DEMO_PASSWORD);
    if (exposed.length > 0) problems.push(`these accounts still use the default demo password: ${exposed.join(", ")}`);
  }
  if (problems.length > 0) {
    console.error(`Refusing to start:\n  - ${problems.join("\n  - ")}\nSee README.md, "Environment variables".`);
    process.exit(1);
  }
}
