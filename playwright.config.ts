import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  // Every e2e/*.spec.ts runs. Tests tagged @pristine (PRISTINE in e2e/helpers.ts)
  // check the seed's exact numbers, so they run first, on the untouched seed;
  // every other test runs after them and may create, edit or delete.
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "pristine",
      testMatch: "**/*.spec.ts",
      grep: /@pristine/,
      use: { ...devices["Desktop Chrome"], locale: "en-US" },
      dependencies: ["setup"],
    },
    {
      name: "writers",
      testMatch: "**/*.spec.ts",
      testIgnore: "**/fuzz.spec.ts",
      grepInvert: /@pristine/,
      use: { ...devices["Desktop Chrome"], locale: "en-US" },
      dependencies: ["setup", "pristine"],
    },
    // Hostile requests, alone at the end: it counts rows before and after.
    {
      name: "fuzz",
      testMatch: "**/fuzz.spec.ts",
      use: { locale: "en-US" },
      dependencies: ["setup", "pristine", "writers"],
    },
  ],
  webServer: {
    // A fresh, seeded database of its own, and the production build.
    command: "node scripts/e2e-server.mjs",
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(PORT) },
  },
});
