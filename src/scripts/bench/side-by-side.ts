/**
 * This site and the anchor measured in the same run, alternating — a page of one, then the same
 * page of the other — so that a busy machine slows both alike and the ratios hold when the
 * absolute figures do not: pages before interaction and their first screen, Lighthouse (several
 * runs a page, the worst kept), and the first search.
 */
import type { Browser } from "@playwright/test";
import { measureFirstScreen, type FirstScreen } from "./first-screen.ts";
import { runLighthouse, type LighthouseCategory, type LighthouseResult } from "./lighthouse.ts";
import { measurePage, type PageMetrics } from "./page-metrics.ts";
import { median } from "./report.ts";
import { searchOnce, type SearchRun, type SearchUi } from "./search-timing.ts";

/** Where each site is served. */
export interface Origins {
  site: string;
  anchor: string;
}

/** A figure of both sites. */
export interface Pair<T> {
  site: T;
  anchor: T;
}

/** One page of both sites: before interaction, and its first screen. */
export interface PagePair {
  path: string;
  metrics: Pair<PageMetrics>;
  firstScreen: Pair<FirstScreen>;
}

/** Measures each path on this site then on the anchor, page by page. */
export async function measurePages(
  browser: Browser,
  origins: Origins,
  paths: string[],
): Promise<PagePair[]> {
  const pairs: PagePair[] = [];
  for (const path of paths) {
    const site = await measurePage(browser, origins.site, path);
    const anchor = await measurePage(browser, origins.anchor, path);
    const siteScreen = await measureFirstScreen(browser, origins.site, path);
    const anchorScreen = await measureFirstScreen(browser, origins.anchor, path);
    pairs.push({
      path,
      metrics: { site, anchor },
      firstScreen: { site: siteScreen, anchor: anchorScreen },
    });
  }
  return pairs;
}

/** The worst of several Lighthouse runs of one page (the lowest scores, the highest metrics). */
export interface WorstRuns {
  runs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Every run's TBT, for the report. */
  tbtRuns: number[];
  scores: LighthouseResult["scores"];
  lost: string[];
  retries: number;
}

/** Each audit that cost points once, with its lowest score: "performance: TBT (0.43)". */
export function worstLost(lost: string[]): string[] {
  const lowest = new Map<string, number>();
  for (const line of lost) {
    const [, audit = line, score = "0"] = /^(.*) \(([\d.]+)\)$/.exec(line) ?? [];
    lowest.set(audit, Math.min(lowest.get(audit) ?? 1, Number(score)));
  }
  return [...lowest].map(([audit, score]) => `${audit} (${score})`);
}

function worst(results: LighthouseResult[]): WorstRuns {
  const scores = { ...results[0]!.scores };
  for (const r of results) {
    for (const key of Object.keys(scores) as (keyof typeof scores)[]) {
      scores[key] = Math.min(scores[key], r.scores[key]);
    }
  }
  return {
    runs: results.length,
    lcpMs: Math.max(...results.map((r) => r.lcpMs)),
    tbtMs: Math.max(...results.map((r) => r.tbtMs)),
    cls: Math.max(...results.map((r) => r.cls)),
    tbtRuns: results.map((r) => r.tbtMs),
    scores,
    lost: worstLost(results.flatMap((r) => r.lost)),
    retries: results.reduce((sum, r) => sum + r.retries, 0),
  };
}

/**
 * Runs Lighthouse `runs` times on each path of each site, alternating site and anchor run by
 * run. This site gets the categories given (its scores are budgeted); the anchor performance only.
 */
export async function lighthousePages(
  origins: Origins,
  paths: string[],
  runs: number,
  siteCategories: readonly LighthouseCategory[],
): Promise<{ path: string; worst: Pair<WorstRuns> }[]> {
  const out: { path: string; worst: Pair<WorstRuns> }[] = [];
  for (const path of paths) {
    const site: LighthouseResult[] = [];
    const anchor: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) {
      site.push(await runLighthouse(origins.site + path, siteCategories));
      anchor.push(await runLighthouse(origins.anchor + path, ["performance"]));
    }
    out.push({ path, worst: { site: worst(site), anchor: worst(anchor) } });
  }
  return out;
}

/** The first search of both sites: medians of the runs, and the bytes of each. */
export interface SearchPair {
  runs: Pair<SearchRun[]>;
  firstMs: Pair<number>;
  warmMs: Pair<number>;
  /** The most bytes any run fetched for its first search. */
  bytes: Pair<number>;
}

/** Runs the first search `runs` times on each site, alternating, on `path` with the same queries. */
export async function searchBoth(
  browser: Browser,
  origins: Origins,
  path: string,
  ui: Pair<SearchUi>,
  runs: number,
  queries = { first: "ACD", warm: "privacy" },
): Promise<SearchPair> {
  const site: SearchRun[] = [];
  const anchor: SearchRun[] = [];
  for (let i = 0; i < runs; i++) {
    site.push(await searchOnce(browser, origins.site, path, ui.site, queries));
    anchor.push(await searchOnce(browser, origins.anchor, path, ui.anchor, queries));
  }
  const pair = (f: (r: SearchRun) => number, pick: (v: number[]) => number) => ({
    site: pick(site.map(f)),
    anchor: pick(anchor.map(f)),
  });
  return {
    runs: { site, anchor },
    firstMs: pair((r) => r.firstMs, median),
    warmMs: pair((r) => r.warmMs, median),
    bytes: pair(
      (r) => r.bytes,
      (v) => Math.max(...v),
    ),
  };
}
