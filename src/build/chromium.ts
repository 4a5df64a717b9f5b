import { existsSync } from "node:fs";

/**
 * The browser the build (embed heights), the tests and the bench drive: `CHROMIUM_PATH` if set, else Debian's Chromium when
 * present (these machines, CI), else Playwright's own browser (a laptop: `undefined` here).
 */
export const chromiumPath: string | undefined =
  process.env["CHROMIUM_PATH"] ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/**
 * Flags for a closed network: without them Chromium keeps trying to reach Google's services
 * (updates, sync, field trials), which these machines refuse.
 */
export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
  "--disable-quic",
];

/** Launch options for Playwright's `chromium.launch`. */
export const chromiumLaunchOptions = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: chromiumArgs,
};
