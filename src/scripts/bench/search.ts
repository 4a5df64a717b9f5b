/**
 * Search benchmark: quality of both query sets (top-1, top-3, mean reciprocal
 * rank, beside plain Pagefind) and the index size. Runs against a built site
 * directory. Speed and bytes are measured beside the anchor (`search-timing.ts`).
 */
import { chromium } from "@playwright/test";
import { existsSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { devQueries } from "../../../tests/search-quality/dev-queries.ts";
import { heldOutQueries } from "../../../tests/search-quality/held-out-queries.ts";
import { heldOutUnshared } from "../../../tests/search-quality/held-out-unshared.ts";
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
  /** The held-out queries whose text no development query repeats: the fairer measure, not budgeted. */
  unshared: SetScore;
  indexBytes: number;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.includes("-ui"))
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

type SetScores = Record<"dev" | "heldOut", Record<"site" | "plain", SetScore>>;

/** Both query sets through the site's search and through plain Pagefind on the same index. */
async function measureQuality(origin: string): Promise<{ sets: SetScores; unshared: SetScore }> {
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
    const unshared = await runSiteSearch(page, heldOutUnshared);
    console.log(
      formatScore("  held-out set without the queries the development set repeats", unshared),
    );
    return { sets: scores, unshared: unshared.score };
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
    return {
      label,
      top1: quality.sets.heldOut.site.top1,
      mrr: quality.sets.heldOut.site.mrr,
      sets: quality.sets,
      unshared: quality.unshared,
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
