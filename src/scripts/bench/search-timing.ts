/**
 * The first search, side by side (issue 16): this site's dialog and the anchor's (Starlight's
 * Pagefind UI) on the same page and query, alternating, in fresh browser contexts. Counts every
 * byte the browser context fetches once the page is quiet — Pagefind's worker's fetches (its
 * script, WASM, index and fragments) included: Playwright reports a dedicated worker's requests on
 * its context, and the run fails when none are seen, so an undercount cannot pass silently.
 */
import type { Browser, Page, Request } from "@playwright/test";
import { transferSize } from "./page-metrics.ts";

/** How each site opens its search and shows a result. */
export interface SearchUi {
  /** The key that opens search. */
  open: string;
  /** The search box once open. */
  input: string;
  /** In-page test: true when the top result for the typed query is on screen. */
  shown: string;
}

/** This site: `/` opens the dialog; the status names the query once its results are in. */
export const siteSearchUi: SearchUi = {
  open: "/",
  input: "dialog input",
  shown: `(() => {
    const status = document.querySelector("dialog [role=status]")?.textContent ?? "";
    const first = document.querySelector("dialog ol[aria-label='Search results'] > li");
    const input = document.querySelector("dialog input");
    return !!(first && input && status.includes("“" + input.value + "”"));
  })()`,
};

/** Starlight: Ctrl+K opens its dialog; Pagefind UI's message names the query with its results. */
export const anchorSearchUi: SearchUi = {
  open: "Control+k",
  input: "#starlight__search input",
  shown: `(() => {
    const input = document.querySelector("#starlight__search input");
    const message = document.querySelector("#starlight__search .pagefind-ui__message")?.textContent ?? "";
    const first = document.querySelector("#starlight__search .pagefind-ui__result-link");
    return !!(first && input && input.value && message.includes(input.value));
  })()`,
};

/** One first search. */
export interface SearchRun {
  /** From the last keystroke to the top result on screen, ms. */
  firstMs: number;
  /** The same for a second query (index loaded), ms. */
  warmMs: number;
  /** Every byte the context fetched for the first search (bodies and headers), and how many. */
  bytes: number;
  requests: number;
  /** Requests made by Pagefind's worker (its WASM, index and fragment files). */
  workerRequests: number;
  /** Each fetch of the first search: its path and transferred bytes, in the order they finished. */
  fetches: { path: string; bytes: number }[];
}

const pagefindData = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/**
 * Types `query` and resolves with the time from its last keystroke to the result on screen. The
 * watcher is sent as an expression (evaluated by the debugger protocol, which the page's CSP does
 * not govern), with the site's own test inlined.
 */
async function typeAndTime(page: Page, ui: SearchUi, query: string): Promise<number> {
  await page.evaluate(`(() => {
    window.__shown = new Promise((resolve) => {
      const check = () => {
        if (${ui.shown}) {
          resolve(performance.now() - window.__lastKey);
          return true;
        }
        return false;
      };
      new MutationObserver((_, observer) => {
        if (check()) observer.disconnect();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    addEventListener("keydown", () => (window.__lastKey = performance.now()), { capture: true });
  })()`);
  await page.keyboard.type(query, { delay: 30 });
  return page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown);
}

/** One first search (and a warm one) on `origin + path`, in a fresh context. */
export async function searchOnce(
  browser: Browser,
  origin: string,
  path: string,
  ui: SearchUi,
  queries: { first: string; warm: string },
): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    const sizes: Promise<{ path: string; bytes: number }>[] = [];
    let workerRequests = 0;
    const count = (r: Request) => {
      const path = new URL(r.url()).pathname;
      sizes.push(transferSize(r).then((bytes) => ({ path, bytes })));
      if (pagefindData.test(path)) workerRequests++;
    };
    context.on("requestfinished", count);
    await page.keyboard.press(ui.open);
    await page.locator(ui.input).waitFor();
    await page.locator(ui.input).focus();
    const firstMs = await typeAndTime(page, ui, queries.first);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    context.off("requestfinished", count);
    const fetches = await Promise.all(sizes);
    const bytes = fetches.reduce((a, f) => a + f.bytes, 0);
    await page.locator(ui.input).fill("");
    const warmMs = await typeAndTime(page, ui, queries.warm);
    if (!workerRequests) {
      throw new Error(
        `${origin}${path}: no Pagefind worker fetch was counted for the first search`,
      );
    }
    return { firstMs, warmMs, bytes, requests: fetches.length, workerRequests, fetches };
  } finally {
    await context.close();
  }
}
