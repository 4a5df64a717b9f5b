/**
 * What a reader's browser does before they interact with a page, measured in Chromium:
 * the requests it makes, which of them block rendering, the JavaScript it loads (inline
 * and external, brotli-compressed), and the layout shift (CLS) it sees; plus the size of
 * the HTML response itself with its inlined CSS.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium, type Browser, type Page, type Request } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../tests/support/chromium.ts";

/** Brotli size at quality 11 (what a static host or CDN serves), bytes. */
export const brotliSize = (data: string | Buffer): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The bytes a request cost on the wire: the response's body as sent (compressed) and its headers.
 * A worker's script reports no body size; its Content-Length stands in.
 */
export async function transferSize(request: Request): Promise<number> {
  const sizes = await request.sizes();
  let body = sizes.responseBodySize;
  if (!body) body = Number((await request.response())?.headers()["content-length"] ?? 0);
  return body + sizes.responseHeadersSize;
}

/** URLs of the files the browser marked render-blocking on `page` (Resource Timing). */
export function renderBlocking(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter(
        (e) =>
          (e as PerformanceResourceTiming & { renderBlockingStatus?: string })
            .renderBlockingStatus === "blocking",
      )
      .map((e) => e.name),
  );
}

/** The measurements of one page. */
export interface PageMetrics {
  path: string;
  /** The HTML response: raw bytes, brotli bytes, and the brotli bytes of its inlined CSS alone. */
  htmlBytes: number;
  htmlBrotli: number;
  cssBrotli: number;
  /** Every request before interaction, the document included. */
  requests: string[];
  /** Bytes of those requests as served (bodies compressed, headers included), the worse viewport. */
  transferBytes: number;
  /** Requests the browser marked render-blocking (PerformanceResourceTiming.renderBlockingStatus). */
  renderBlocking: string[];
  /** JavaScript before interaction, inline and external, each brotli-compressed, summed. */
  jsBrotli: number;
  /** Cumulative layout shift, the worse of a phone and a desktop viewport. */
  cls: number;
  /** The elements that moved, when something did: what to fix. */
  shifted: string[];
  /** The HTML as served (uncompressed), for the size breakdown. */
  html: string;
}

/** Launches the browser the tests use (tests/support/chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

const viewports = [
  { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

/** Loads `url` in a fresh context per viewport (empty cache), waits for quiet, and measures. */
export async function measurePage(
  browser: Browser,
  origin: string,
  path: string,
): Promise<PageMetrics> {
  let result: PageMetrics | undefined;
  for (const viewport of viewports) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.deviceScaleFactor,
      isMobile: viewport.isMobile,
      hasTouch: viewport.hasTouch,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __shifted: string[] };
      w.__cls = 0;
      w.__shifted = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          w.__cls += entry.value;
          for (const { node } of entry.sources) {
            if (node instanceof Element) {
              const id = node.id ? `#${node.id}` : "";
              const cls = node.getAttribute("class")?.split(" ").slice(0, 3).join(".") ?? "";
              w.__shifted.push(`${node.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ""}`);
            }
          }
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const requests: string[] = [];
    const scripts: Promise<number>[] = [];
    page.on("request", (r) => requests.push(r.url().replace(origin, "")));
    const transfers: Promise<number>[] = [];
    context.on("requestfinished", (r) => transfers.push(transferSize(r)));
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") {
        scripts.push(r.body().then(brotliSize, () => 0));
      }
    });
    const response = await page.goto(origin + path, { waitUntil: "load" });
    if (!response) throw new Error(`${path}: no response`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const inPage = await page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      shifted: (window as unknown as { __shifted: string[] }).__shifted,
      inlineScripts: [...document.scripts]
        .filter((s) => !s.src && !/json/.test(s.type))
        .map((s) => s.textContent ?? ""),
    }));
    const blocking = await renderBlocking(page);
    const html = await response.body();
    const css = [...html.toString("utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
      .map((m) => m[1])
      .join("");
    const external = await Promise.all(scripts);
    const transferBytes = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
    const metrics: PageMetrics = {
      path,
      htmlBytes: html.length,
      htmlBrotli: brotliSize(html),
      cssBrotli: css ? brotliSize(css) : 0,
      requests,
      transferBytes,
      renderBlocking: blocking.map((u) => u.replace(origin, "")),
      jsBrotli:
        inPage.inlineScripts.reduce((sum, s) => sum + brotliSize(s), 0) +
        external.reduce((sum, n) => sum + n, 0),
      cls: inPage.cls,
      shifted: inPage.shifted.map((el) => `${el} (${viewport.width} px)`),
      html: html.toString("utf8"),
    };
    await context.close();
    result = result
      ? {
          ...result,
          requests:
            result.requests.length >= metrics.requests.length ? result.requests : metrics.requests,
          transferBytes: Math.max(result.transferBytes, metrics.transferBytes),
          renderBlocking: [...new Set([...result.renderBlocking, ...metrics.renderBlocking])],
          jsBrotli: Math.max(result.jsBrotli, metrics.jsBrotli),
          cls: Math.max(result.cls, metrics.cls),
          shifted: [...new Set([...result.shifted, ...metrics.shifted])],
        }
      : metrics;
  }
  return result!;
}

/** Parts of an explainer's HTML, by the markup that marks them, for the size breakdown. */
const htmlParts: [string, RegExp][] = [
  ["inlined CSS", /<style[^>]*>[\s\S]*?<\/style>/g],
  ["CSP meta", /<meta http-equiv="content-security-policy"[^>]*>/g],
  ["other head tags", /<(?:meta|link|title)\b[^>]*>(?:[^<]*<\/title>)?/g],
  ["inline scripts", /<script\b[^>]*>[\s\S]*?<\/script>/g],
  ["glossary popovers", /<span id="def-[^"]*" popover[\s\S]*?<\/a><\/span>/g],
  ["share panel", /<details id="share"[\s\S]*?<\/details>/g],
  ["source list", /<section aria-labelledby="sources-heading"[\s\S]*?<\/section>/g],
  ["class attributes", / class="[^"]*"/g],
];

/**
 * What an HTML page's brotli size is made of: for each part, the brotli bytes saved by
 * removing it alone, and what is left with every part removed (mostly the text itself).
 */
export function htmlBreakdown(html: string): { part: string; brotli: number }[] {
  const full = brotliSize(html);
  let rest = html;
  const parts = htmlParts.map(([part, pattern]) => {
    rest = rest.replace(pattern, "");
    return { part, brotli: full - brotliSize(html.replace(pattern, "")) };
  });
  return [
    ...parts.filter((p) => p.brotli > 0),
    { part: "the rest (text and markup)", brotli: brotliSize(rest) },
  ];
}

/** URL paths of the built HTML pages (no embeds, email files or redirects). */
export function listPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => join(d.parentPath, d.name).slice(dist.length))
    .filter((p) => !/^\/(embed|email|pagefind)\//.test(p))
    .filter((p) => !readFileSync(join(dist, p), "utf8").includes('http-equiv="refresh"'))
    .map((p) => (p === "/404.html" ? "/404.html" : p.replace(/index\.html$/, "")))
    .sort();
}
