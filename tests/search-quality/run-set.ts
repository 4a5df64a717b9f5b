/**
 * Runs a query set in a browser page on /search/ (the site's search) or
 * against Pagefind alone (plain Pagefind, the baseline), and scores it. Shared
 * by the quality spec and `npm run bench`.
 */
import type { Page } from "@playwright/test";
import { normaliseQuery } from "../../src/lib/search/search-query.ts";
import {
  answerLinks,
  expectedPaths,
  questionsPath,
  rankOf,
  score,
  type AnswerLinks,
  type QualityQuery,
  type SetScore,
} from "./queries.ts";

export interface SetRun {
  score: SetScore;
  /** Queries scored and not answered first, one line each. */
  misses: string[];
  /** Queries left out because none of their expected pages is in this build. */
  waiting: QualityQuery[];
}

/** How many results count towards a query's rank. */
const depth = 10;

/**
 * Queries whose expected page (and anchor) exists in the build served at
 * `page`'s origin. A query that awaits another branch's page is left out
 * until that page is built; every other query counts, present or not.
 */
export async function presentQueries(
  page: Page,
  queries: QualityQuery[],
): Promise<{ present: QualityQuery[]; waiting: QualityQuery[] }> {
  const html = new Map<string, string>();
  const exists = async (path: string) => {
    const url = new URL(path, page.url());
    if (!html.has(url.pathname)) {
      const response = await page.request.get(url.href.replace(/#.*/, ""));
      html.set(url.pathname, response.ok() ? await response.text() : "");
    }
    const text = html.get(url.pathname) ?? "";
    if (!text) return false;
    return !url.hash || text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  };
  const present: QualityQuery[] = [];
  const waiting: QualityQuery[] = [];
  for (const q of queries) {
    if (!q.awaits) present.push(q);
    else {
      const found = await Promise.all(expectedPaths(q).map(exists));
      (found.some(Boolean) ? present : waiting).push(q);
    }
  }
  return { present, waiting };
}

/** The questions page's answers and where each leads, read from the build `page` is on. */
async function loadAnswerLinks(page: Page): Promise<AnswerLinks> {
  const response = await page.request.get(new URL(questionsPath, page.url()).href);
  return answerLinks(response.ok() ? await response.text() : "");
}

const describe = (q: QualityQuery, urls: string[]) =>
  `${q.kind}: “${q.query}” → ${urls.slice(0, 3).join(", ") || "(no result)"} (expected ${
    q.expected === "none" ? "no result" : expectedPaths(q).join(" or ")
  })`;

/** Runs `queries` through the site's search box on /search/ (which `page` must show). */
export async function runSiteSearch(page: Page, queries: QualityQuery[]): Promise<SetRun> {
  const { present, waiting } = await presentQueries(page, queries);
  const answers = await loadAnswerLinks(page);
  const box = page.getByRole("searchbox", { name: "Search the site" });
  const ranks: number[] = [];
  const misses: string[] = [];
  for (const q of present) {
    await box.fill(q.query);
    // The status names the query, as the search normalised it (width-folded, spaces collapsed),
    // once its results are on screen.
    await page
      .getByRole("status")
      .filter({ hasText: `“${normaliseQuery(q.query)}”` })
      .waitFor();
    const urls = await page
      .getByRole("list", { name: "Search results" })
      .locator(":scope > li > a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const rank = rankOf(q, urls.slice(0, depth), answers);
    ranks.push(rank);
    if (rank !== 1) misses.push(describe(q, urls));
  }
  return { score: score(ranks), misses, waiting };
}

/**
 * Runs `queries` through Pagefind alone, on the same index, as its default UI
 * would show them: each page result leads to its first sub-result.
 */
export async function runPlainPagefind(page: Page, queries: QualityQuery[]): Promise<SetRun> {
  const { present, waiting } = await presentQueries(page, queries);
  const answers = await loadAnswerLinks(page);
  const ranks: number[] = [];
  const misses: string[] = [];
  for (const q of present) {
    const urls = await page.evaluate(
      async ({ query, depth }) => {
        type Data = { url: string; sub_results: { url: string }[] };
        type Api = {
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<Data> }[] } | null>;
        };
        const w = window as unknown as { __plain?: Promise<Api> };
        w.__plain ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(
          async (api: Api) => (await api.init(), api),
        );
        const api = await w.__plain;
        const search = await api.search(query);
        const datas = await Promise.all(
          (search?.results ?? []).slice(0, depth).map((r) => r.data()),
        );
        return datas.map((d) => d.sub_results[0]?.url ?? d.url);
      },
      { query: q.query, depth },
    );
    const rank = rankOf(q, urls, answers);
    ranks.push(rank);
    if (rank !== 1) misses.push(describe(q, urls));
  }
  return { score: score(ranks), misses, waiting };
}

/** One line: the set's size and scores. */
export function formatScore(label: string, run: SetRun): string {
  const { queries, top1, top3, mrr } = run.score;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const waiting = run.waiting.length ? `, ${run.waiting.length} waiting for their pages` : "";
  return `${label}: top-1 ${pct(top1)}, top-3 ${pct(top3)}, MRR ${mrr.toFixed(3)} of ${queries} queries${waiting}`;
}
