/**
 * The first screen of a page in bytes (issue 16), measured in Chromium on a phone (412×823): the
 * HTML is served with every start tag marked (fold.ts), the browser says which elements it drew in
 * the viewport, and the fold is where the source of the element after the last one drawn begins.
 * First-screen bytes are what a server compressing at gzip level 6 sends until the browser holds
 * the HTML up to the fold — response headers included — plus, for each render-blocking resource
 * (stylesheets a page links instead of inlining), its headers and its whole body at the same level.
 */
import { request } from "node:http";
import type { Browser } from "@playwright/test";
import {
  foldOffset,
  gzipBytes,
  gzipPrefixBytes,
  headerBytes,
  markStartTags,
  startTagOffsets,
} from "./fold.ts";
import { renderBlocking } from "./page-metrics.ts";

/** The first screen of one page. */
export interface FirstScreen {
  path: string;
  /** The HTML, uncompressed, bytes. */
  htmlBytes: number;
  /** The fold's offset in the HTML, bytes. */
  fold: number;
  /** Response headers of the HTML, bytes. */
  headers: number;
  /** Headers + gzip 6 of the HTML up to the fold. */
  htmlPart: number;
  /** Headers + gzip 6 of each render-blocking resource, summed. */
  blockingPart: number;
  /** htmlPart + blockingPart: what must arrive before the first screen can be drawn. */
  bytes: number;
  /** Headers + gzip 6 of the whole HTML. */
  wholeHtml: number;
  /** The last element drawn, for the report: tag, id or class, start of its text. */
  lastDrawn: string;
}

/** The status and headers a server sends for `url` asking for gzip, and the body's bytes. */
export function fetchRaw(
  url: string,
): Promise<{ status: number; headers: [string, string][]; length: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
      const headers: [string, string][] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      }
      let length = 0;
      res.on("data", (chunk: Buffer) => (length += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers, length }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The response head's bytes as sent for gzip, Content-Length stated for level 6. */
async function responseHead(url: string, gzipLength: number): Promise<number> {
  const raw = await fetchRaw(url);
  const headers = raw.headers.map(([n, v]): [string, string] =>
    n.toLowerCase() === "content-length" ? [n, String(gzipLength)] : [n, v],
  );
  return headerBytes(raw.status, headers);
}

/** Measures the first screen of `origin + path` on a phone. */
export async function measureFirstScreen(
  browser: Browser,
  origin: string,
  path: string,
): Promise<FirstScreen> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    let html: Buffer | undefined;
    await page.route(origin + path, async (route) => {
      const response = await route.fetch();
      html = await response.body();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(
          ([n]) => !/^(content-encoding|content-length)$/i.test(n),
        ),
      );
      await route.fulfill({ status: response.status(), headers, body: markStartTags(html) });
    });
    await page.goto(origin + path, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const drawn = await page.evaluate(() => {
      let last: Element | undefined;
      let lastN = -1;
      for (const el of document.querySelectorAll("[data-fold-n]")) {
        const r = el.getBoundingClientRect();
        const inView =
          r.width > 0 &&
          r.height > 0 &&
          r.bottom > 0 &&
          r.right > 0 &&
          r.top < innerHeight &&
          r.left < innerWidth &&
          el.checkVisibility({ visibilityProperty: true });
        const n = Number(el.getAttribute("data-fold-n"));
        if (inView && n > lastN) [last, lastN] = [el, n];
      }
      if (!last) return { next: -1, label: "(nothing drawn)" };
      const inside = [...last.querySelectorAll("[data-fold-n]")].map((e) =>
        Number(e.getAttribute("data-fold-n")),
      );
      const id = last.id ? `#${last.id}` : "";
      const text = (last.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return {
        next: Math.max(lastN, ...inside) + 1,
        label: `<${last.tagName.toLowerCase()}${id}> “${text}”`,
      };
    });
    const blocking = await renderBlocking(page);
    if (!html) throw new Error(`${path}: the HTML was not intercepted`);
    const fold = foldOffset(startTagOffsets(html), drawn.next, html.length);
    const prefix = gzipPrefixBytes(html, fold);
    const headers = await responseHead(origin + path, gzipBytes(html));
    let blockingPart = 0;
    for (const url of blocking) {
      const body = await (await page.request.get(url)).body();
      blockingPart += (await responseHead(url, gzipBytes(body))) + gzipBytes(body);
    }
    return {
      path,
      htmlBytes: html.length,
      fold,
      headers,
      htmlPart: headers + prefix,
      blockingPart,
      bytes: headers + prefix + blockingPart,
      wholeHtml: headers + gzipBytes(html),
      lastDrawn: drawn.label,
    };
  } finally {
    await context.close();
  }
}
