/**
 * Search benchmark: quality of the query suite (top-1, mean reciprocal rank)
 * and, in Chromium, the time from the last keystroke to the top result shown
 * (median of 10 runs, cold first search and warm search), the bytes the first
 * search fetches, and the index size. Runs against a built site directory.
 */
import { chromium, type Page } from "@playwright/test";
import { existsSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { devQueries } from "../../../tests/search-quality/dev-queries.ts";
import { heldOutQueries } from "../../../tests/search-quality/held-out-queries.ts";
import type { SetScore } from "../../../tests/search-quality/queries.ts";
import {
  formatScore,
  runPlainPagefind,
  runSiteSearch,
} from "../../../tests/search-quality/run-set.ts";
import { chromiumLaunchOptions } from "../../../tests/support/chromium.ts";
import { createStaticServer } from "../static-server.ts";

export interface SearchBenchResult {
  label: string;
  /** Held-out set, site search: the figures the budgets check. */
  top1: number;
  mrr: number;
  /** Top-1, top-3 and MRR of both sets, site search beside plain Pagefind. */
  sets: SetScores;
  firstSearchMs: number;
  warmSearchMs: number;
  firstSearchBytes: number;
  indexBytes: number;
}

const runs = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.includes("-ui"))
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

/** Resolves when the dialog's first result has been rendered for the text just typed. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __shown: Promise<number> };
    w.__shown = new Promise((resolve) => {
      const check = () => {
        const status = document.querySelector("dialog [role=status]")?.textContent ?? "";
        const first = document.querySelector("dialog ol[aria-label='Search results'] > li");
        const input = document.querySelector<HTMLInputElement>("dialog input");
        if (first && input && status.includes(`“${input.value}”`)) {
          resolve(performance.now() - w.__lastKey);
          return true;
        }
        return false;
      };
      new MutationObserver((_, observer) => {
        if (check()) observer.disconnect();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    addEventListener("keydown", () => (w.__lastKey = performance.now()), { capture: true });
  });
  await page.keyboard.type(query, { delay: 30 });
  return page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown);
}

async function measureTimings(
  origin: string,
): Promise<{ first: number; warm: number; bytes: number }> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const first: number[] = [];
  const warm: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/strategy/`, { waitUntil: "networkidle" });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      let fetched = 0;
      cdp.on("Network.loadingFinished", (e) => (fetched += e.encodedDataLength));
      await page.keyboard.press("/");
      await page.locator("dialog input").waitFor();
      first.push(await typeAndTime(page, "ACD"));
      if (i === 0) bytes = fetched;
      await page.locator("dialog input").fill("");
      warm.push(await typeAndTime(page, "privacy"));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { first: median(first), warm: median(warm), bytes };
}

type SetScores = Record<"dev" | "heldOut", Record<"site" | "plain", SetScore>>;

/** Both query sets through the site's search and through plain Pagefind on the same index. */
async function measureQuality(origin: string): Promise<SetScores> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    const scores = {} as SetScores;
    for (const [key, label, queries] of [
      ["heldOut", "held-out set", heldOutQueries],
      ["dev", "development set", devQueries],
    ] as const) {
      const site = await runSiteSearch(page, queries);
      const plain = await runPlainPagefind(page, queries);
      console.log(formatScore(`  ${label}, site search`, site));
      console.log(formatScore(`  ${label}, plain Pagefind`, plain));
      scores[key] = { site: site.score, plain: plain.score };
    }
    return scores;
  } finally {
    await browser.close();
  }
}

/** Runs the search benchmark on a built site directory (served on loopback like a static host). */
export async function benchSearch(distDir: string, label: string): Promise<SearchBenchResult> {
  const server = createStaticServer(distDir, "/").listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const quality = await measureQuality(origin);
    const timing = await measureTimings(origin);
    return {
      label,
      top1: quality.heldOut.site.top1,
      mrr: quality.heldOut.site.mrr,
      sets: quality,
      firstSearchMs: timing.first,
      warmSearchMs: timing.warm,
      firstSearchBytes: timing.bytes,
      indexBytes: folderBytes(join(distDir, "pagefind")),
    };
  } finally {
    server.close();
  }
}

// `node src/scripts/bench/search.ts [dist]` runs this part of the bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSearch(process.argv[2] ?? "dist", "built site");
  console.log(result);
}
