// The system Chromium (Playwright cannot download its own browser here) and
// the flags it runs with: no sandbox (root in a container), no GPU, no
// background traffic. Shared by the browser tests and `npm run bench:weight`.
import { existsSync } from "node:fs";

export const chromiumLaunchOptions = {
  executablePath:
    process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};
