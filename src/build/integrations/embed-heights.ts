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

/** Sets `height` everywhere the build wrote `from` for the embed at `embedPath`. */
function rewrite(dist: string, tail: string, slug: string, card: string, height: number): void {
  const oembedFile = join(dist, "oembed", `${tail}.json`);
  const json = JSON.parse(readFileSync(oembedFile, "utf8")) as { height: number; html: string };
  json.height = height;
  json.html = json.html.replace(/ height="\d+"/, ` height="${height}"`);
  writeFileSync(oembedFile, JSON.stringify(json, null, 2));
  const pageFile = join(dist, slug, "index.html");
  if (!existsSync(pageFile)) return;
  let page = readFileSync(pageFile, "utf8");
  if (card) {
    page = page.replace(new RegExp(`(<li data-card="${card}" data-height=")\\d+"`), `$1${height}"`);
  } else {
    page = page
      .replace(/(<details [^>]*data-share [^>]*data-height=")\d+"/, `$1${height}"`)
      // The embed code in the panel's text area (the whole explainer's, the one shown first).
      .replace(
        new RegExp(`(&lt;iframe src="[^"]*/embed/${slug}/"[^\\n]*? height=")\\d+"`),
        `$1${height}"`,
      );
  }
  writeFileSync(pageFile, page);
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
          const page = await browser.newPage({ viewport: { width: embedWidth, height: 100 } });
          const origin = "http://embed-heights.invalid";
          await page.route(`${origin}/**`, (route) => {
            const path = decodeURIComponent(new URL(route.request().url()).pathname);
            const rest = path.startsWith(siteConfig.base)
              ? path.slice(siteConfig.base.length)
              : path;
            let file = join(dist, rest);
            if (rest.endsWith("/") || rest === "") file = join(file, "index.html");
            if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
            return route.fulfill({
              contentType: types[extname(file)] ?? "application/octet-stream",
              body: readFileSync(file),
            });
          });
          for (const tail of tails) {
            await page.goto(`${origin}${siteConfig.base}embed/${tail}/`);
            const content = await page.evaluate(async () => {
              await document.fonts.ready;
              return Math.ceil(document.documentElement.scrollHeight);
            });
            const [slug = "", card = ""] = tail.split("/");
            rewrite(dist, tail, slug, card, content + heightMargin);
          }
          logger.info(`measured ${tails.length} embeds at ${embedWidth} px`);
        } finally {
          await browser.close();
        }
      },
    },
  };
}
