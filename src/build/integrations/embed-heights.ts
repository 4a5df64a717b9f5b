import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { embedWidth } from "../../lib/embed-code.ts";
import { siteConfig } from "../../site.config.ts";
import { chromiumLaunchOptions } from "../chromium.ts";

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

/** Embeds laid out at once in one measuring page: a few MB of markup, so a page stays small. */
const batchSize = 100;
/** Measuring pages working at once, each in its own renderer process: one per core of these machines. */
const pageCount = 2;
/** The made-up origin the embeds' files are served from, through Playwright's routing, not a server. */
const origin = "http://embed-heights.invalid";
/** The measuring page's own path. */
const hostPath = "/__embed-heights__";

/** What of an embed's document the measuring page needs: its `<html>` and `<body>` tags, the
 * address of the whole stylesheet its own CSS was cut from, and the markup inside `<body>`. */
interface EmbedParts {
  htmlTag: string;
  bodyTag: string;
  styles: string;
  body: string;
}

export function embedParts(html: string): EmbedParts | undefined {
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(html)?.[0];
  const bodyTag = /<body(?:\s[^>]*)?>/i.exec(html);
  const styles = /<html[^>]*\sdata-styles="([^"]+)"/i.exec(html)?.[1];
  const end = html.lastIndexOf("</body>");
  if (!htmlTag || !bodyTag || !styles || end < 0) return undefined;
  return {
    htmlTag,
    bodyTag: bodyTag[0],
    styles,
    body: html.slice(bodyTag.index + bodyTag[0].length, end),
  };
}

/** The file in `dist` a site path (with the base path) is served from, if there is one. */
function distFile(dist: string, path: string): string | undefined {
  const rest = path.startsWith(siteConfig.base) ? path.slice(siteConfig.base.length) : path;
  let file = join(dist, rest);
  if (rest.endsWith("/") || rest === "") file = join(file, "index.html");
  return existsSync(file) ? file : undefined;
}

/**
 * The height each embed's document (`embed/<tail>/`) would have in a frame {@link embedWidth}
 * wide and 100 px high — the same viewport a page of its own would get — plus
 * {@link heightMargin}. Loading each in a frame of its own cost about 50 ms an embed; instead
 * one page, styled like the embeds (their `<html>` and `<body>`, the whole stylesheet their own
 * CSS was cut from, the site's fonts), lays out {@link batchSize} embeds' bodies at once, each
 * in a box of its own, and reads each box's height as the frame's document would report it:
 * as wide as the frame less its scrollbar (a 100 px frame scrolls), rounded like
 * `scrollHeight`. `contain: style` keeps counters and quotes from running from one box into
 * the next. {@link pageCount} such pages work in parallel.
 */
async function measure(
  browser: import("playwright-core").Browser,
  dist: string,
  tails: string[],
): Promise<Map<string, number>> {
  const heights = new Map<string, number>();
  // Embeds of one shell (tags and stylesheet) are measured in one kind of page: in practice all.
  const shells = new Map<string, { host: string; items: [string, string][] }>();
  for (const tail of tails) {
    const file = distFile(dist, `${siteConfig.base}embed/${tail}/`);
    const parts = file ? embedParts(readFileSync(file, "utf8")) : undefined;
    if (!parts)
      throw new Error(`embed/${tail}/: no built embed with <html data-styles> to measure`);
    const key = `${parts.htmlTag}${parts.bodyTag}${parts.styles}`;
    let shell = shells.get(key);
    if (!shell) {
      const css = distFile(dist, parts.styles);
      if (!css) throw new Error(`embed/${tail}/: no stylesheet ${parts.styles}`);
      const host =
        `<!doctype html>${parts.htmlTag}<head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Embed heights</title><style>${readFileSync(css, "utf8")}</style></head>` +
        `${parts.bodyTag}</body></html>`;
      shells.set(key, (shell = { host, items: [] }));
    }
    shell.items.push([tail, parts.body]);
  }
  const work = async (host: string, queue: [string, string][]) => {
    const context = await browser.newContext({ viewport: { width: embedWidth, height: 100 } });
    await context.route(`${origin}/**`, (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      if (path === hostPath) return route.fulfill({ contentType: "text/html", body: host });
      const file = distFile(dist, path);
      if (!file) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({
        contentType: types[extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    });
    const page = await context.newPage();
    await page.goto(`${origin}${hostPath}`);
    for (let batch = queue.splice(0, batchSize); batch.length; batch = queue.splice(0, batchSize)) {
      const measured = await page.evaluate(
        async ({ bodies, viewport }) => {
          const boxes = bodies.map((body) => {
            const box = document.createElement("div");
            // All at the top left, as wide as the frame's document: the viewport less the
            // root's scrollbar (or gutter), which the boxes' height gives the page too.
            box.style.cssText = "position:absolute;top:0;left:0;width:100%;contain:style";
            box.innerHTML = body;
            return box;
          });
          document.body.append(...boxes);
          // Laid out first, so that the fonts and images the text needs are asked for before waiting.
          void document.documentElement.scrollHeight;
          await document.fonts.ready;
          await Promise.all(
            [...document.images].map((image) => image.decode().catch(() => undefined)),
          );
          // Rounded as `scrollHeight` is; an embed is never shorter than its frame.
          const result = boxes.map((box) =>
            Math.max(Math.round(box.getBoundingClientRect().height), viewport),
          );
          for (const box of boxes) box.remove();
          return result;
        },
        { bodies: batch.map(([, body]) => body), viewport: 100 },
      );
      batch.forEach(([tail], i) => heights.set(tail, measured[i]! + heightMargin));
    }
    await context.close();
  };
  await Promise.all(
    [...shells.values()].flatMap(({ host, items }) =>
      Array.from({ length: pageCount }, () => work(host, items)),
    ),
  );
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
