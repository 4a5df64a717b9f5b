import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { embedWidth } from "../../lib/embed-code";
import { siteConfig } from "../../site.config";
import { chromiumLaunchOptions } from "../chromium";

/** Pixels added to a measured height: room for a browser whose text runs a little longer. */
export const heightMargin = 16;

const types: Record<string, string> = {
  ".html": "text/html",
  ".css": "text/css",
  ".js": "text/javascript",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Sets the measured `height` of each embed in `heights` in its oEmbed JSON. */
function rewriteOembed(dist: string, heights: Map<string, number>): void {
  for (const [tail, height] of heights) {
    const oembedFile = join(dist, "oembed", `${tail}.json`);
    const json = JSON.parse(readFileSync(oembedFile, "utf8")) as { height: number; html: string };
    json.height = height;
    json.html = json.html.replace(/ height="\d+"/, ` height="${height}"`);
    writeFileSync(oembedFile, JSON.stringify(json, null, 2));
  }
}

/**
 * Sets the measured heights in each explainer's page, read and written once however many of
 * its cards were measured: the share panel's and its text area's for the whole explainer (the
 * tail `slug`), each card's `data-height` for `slug/card`.
 */
function rewritePages(dist: string, heights: Map<string, number>): void {
  const bySlug = new Map<string, [string, number][]>();
  for (const [tail, height] of heights) {
    const [slug = "", card = ""] = tail.split("/");
    const list = bySlug.get(slug) ?? [];
    list.push([card, height]);
    bySlug.set(slug, list);
  }
  for (const [slug, list] of bySlug) {
    const pageFile = join(dist, slug, "index.html");
    if (!existsSync(pageFile)) continue;
    let page = readFileSync(pageFile, "utf8");
    for (const [card, height] of list) {
      if (card) {
        page = page.replace(
          new RegExp(`(<li data-card="${card}" data-height=")\\d+"`),
          `$1${height}"`,
        );
      } else {
        page = page
          .replace(/(<details [^>]*data-share [^>]*data-height=")\d+"/, `$1${height}"`)
          // The embed code in the panel's text area (the whole explainer's, the one shown first).
          .replace(
            new RegExp(`(&lt;iframe src="[^"]*/embed/${slug}/"[^\\n]*? height=")\\d+"`),
            `$1${height}"`,
          );
      }
    }
    writeFileSync(pageFile, page);
  }
}

/** Embeds loaded at once in one measuring page: few enough that a page's frames stay small. */
const batchSize = 12;
/** Measuring pages working at once, each in its own renderer process: one per core of these machines. */
const pageCount = 2;
/** The made-up origin the embeds are served from, through Playwright's routing, not a server. */
const origin = "http://embed-heights.invalid";
/** The measuring page's own path: an empty document the embeds' frames go into. */
const hostPath = "/__embed-heights__";

/**
 * Loads the embed documents (`embed/<tail>/`) of `dist` in Chromium and returns each one's
 * content height plus {@link heightMargin}. Each embed is loaded in an `<iframe>`
 * {@link embedWidth} wide and 100 px high — the same viewport a page of its own would get —
 * in batches of {@link batchSize} in one same-origin page, so the browser measures many per
 * round trip; {@link pageCount} such pages work in parallel.
 */
async function measure(
  browser: import("playwright-core").Browser,
  dist: string,
  tails: string[],
): Promise<Map<string, number>> {
  const heights = new Map<string, number>();
  let next = 0;
  const work = async () => {
    const context = await browser.newContext({ viewport: { width: embedWidth, height: 100 } });
    await context.route(`${origin}/**`, (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      if (path === hostPath) {
        return route.fulfill({
          contentType: "text/html",
          body: '<!doctype html><html lang="en"><title>Embed heights</title><body style="margin:0">',
        });
      }
      const rest = path.startsWith(siteConfig.base) ? path.slice(siteConfig.base.length) : path;
      let file = join(dist, rest);
      if (rest.endsWith("/") || rest === "") file = join(file, "index.html");
      if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({
        contentType: types[extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    });
    const page = await context.newPage();
    await page.goto(`${origin}${hostPath}`);
    while (next < tails.length) {
      const batch = tails.slice(next, next + batchSize);
      next += batch.length;
      const srcs = batch.map((tail) => `${origin}${siteConfig.base}embed/${tail}/`);
      const measured = await page.evaluate(
        async ({ srcs, width }) => {
          const frames = srcs.map((src) => {
            const frame = document.createElement("iframe");
            // All at the top left, in view: a frame out of view may be left unrendered.
            frame.style.cssText = `position:absolute;top:0;left:0;border:0;width:${width}px;height:100px`;
            frame.src = src;
            return frame;
          });
          const loaded = frames.map(
            (frame) => new Promise((done) => frame.addEventListener("load", done, { once: true })),
          );
          document.body.append(...frames);
          await Promise.all(loaded);
          const result = await Promise.all(
            frames.map(async (frame) => {
              const doc = frame.contentDocument!;
              // Laid out first, so that the fonts its text needs are asked for before waiting.
              void doc.documentElement.scrollHeight;
              await doc.fonts.ready;
              return Math.ceil(doc.documentElement.scrollHeight);
            }),
          );
          for (const frame of frames) frame.remove();
          return result;
        },
        { srcs, width: embedWidth },
      );
      batch.forEach((tail, i) => heights.set(tail, measured[i]! + heightMargin));
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: pageCount }, work));
  return heights;
}

/**
 * Measures every embed at its declared width (600 px) in Chromium at the end of
 * `astro build`, with the site's own fonts, and writes the measured height (plus
 * {@link heightMargin}) into its oEmbed JSON and into the embed codes of the
 * explainer's share panel: an oEmbed consumer that inserts the `html` as given, with
 * no sizing script, shows the whole embed without an inner scrollbar. The estimate
 * from the text (`embedHeight`) stays where no browser can be started.
 */
export function embedHeights(): AstroIntegration {
  return {
    name: "local:embed-heights",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped: building pages only");
        const dist = fileURLToPath(dir);
        const oembedDir = join(dist, "oembed");
        if (!existsSync(oembedDir)) return;
        const tails = readdirSync(oembedDir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith(".json"))
          .map((d) =>
            join(d.parentPath, d.name)
              .slice(oembedDir.length + 1)
              .replace(/\.json$/, "")
              .split("\\")
              .join("/"),
          );
        let browser;
        try {
          // Loaded by Node, not Vite's module runner (closed by now); a dev dependency, so a
          // production-only install builds with estimates.
          const { chromium } = createRequire(import.meta.url)(
            "playwright-core",
          ) as typeof import("playwright-core");
          browser = await chromium.launch(chromiumLaunchOptions);
        } catch (error) {
          logger.warn(`no browser to measure embeds in; heights stay estimates (${String(error)})`);
          return;
        }
        try {
          const started = performance.now();
          const heights = await measure(browser, dist, tails);
          rewriteOembed(dist, heights);
          rewritePages(dist, heights);
          const ms = Math.round(performance.now() - started);
          logger.info(`measured ${tails.length} embeds at ${embedWidth} px in ${ms} ms`);
        } finally {
          await browser.close();
        }
      },
    },
  };
}
