import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./support/chromium";

const port = Number(process.env["TEST_PORT"] ?? 4399);
// The built site to test: dist/ by default; SITE_DIST points elsewhere (e.g. a second build).
const dist = process.env["SITE_DIST"] ?? "dist";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  // Every test stands alone (per page, per state), so any test can run beside any other.
  fullyParallel: true,
  // One worker per core: each drives its own Chromium, which keeps a core busy (2 here). A
  // bigger machine runs more at once; TEST_WORKERS overrides (see the README's Tests section).
  workers: Number(process.env["TEST_WORKERS"] ?? availableParallelism()),
  retries: 0,
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // The built site, served like a static host (with _headers), as readers get it.
    command: `node src/scripts/serve.ts ${dist} ${port}`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
