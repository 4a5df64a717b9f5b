import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium when present (these machines, CI); Playwright's own browser otherwise (a laptop).
const debianChromium = "/usr/bin/chromium";
const executablePath =
  process.env["CHROMIUM_PATH"] ?? (existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env["TEST_PORT"] ?? 4399);
// The built site to test: dist/ by default; SITE_DIST points elsewhere (e.g. a second build).
const dist = process.env["SITE_DIST"] ?? "dist";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // The built site, served like a static host (with _headers), as readers get it.
    command: `node src/serve.ts ${dist} ${port}`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
