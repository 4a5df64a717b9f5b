import type { AstroIntegration } from "astro";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ShareCard } from "../copies/share-image.ts";
import { isCopyPath, siteConfig } from "../../site.config.ts";

/**
 * Writes the share image of every built page (its `og:image`, drawn from its
 * `og:title` and `og:description`; a section's copies use their explainer's) at the
 * end of `astro build`, before the link check. Images are cached by a hash of their content in
 * node_modules/.cache/share-images/, so an unchanged card is never drawn twice.
 */
export function shareImages(): AstroIntegration {
  let root = "";
  let site = "";
  let base = "/";
  return {
    name: "local:share-images",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        site = new URL(config.site ?? "http://localhost:4321").origin;
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped: building pages only");
        const started = performance.now();
        const cpu = process.cpuUsage(); // all the process's threads: sharp encodes on libuv's pool
        // Loaded here, not with the config: satori and sharp cost a pages-only build ~0.1 s.
        const { cardKey, loadFonts, readShareCard, renderShareImage } =
          await import("../copies/share-image.ts");
        const outDir = fileURLToPath(dir);
        const cacheDir = join(root, "node_modules/.cache/share-images");
        mkdirSync(cacheDir, { recursive: true });
        const host = new URL(site).host + base.replace(/\/$/, "");
        const cards = new Map<string, ShareCard>();
        // Cards are drawn from the site's own pages; the copies for other sites (share links,
        // embeds) show their explainer's card, and the link check finds any that has none.
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter(
          (d) =>
            d.isFile() &&
            d.name.endsWith(".html") &&
            !isCopyPath(relative(outDir, join(d.parentPath, d.name)).split(sep).join("/")),
        );
        for (const d of files) {
          const found = readShareCard(readFileSync(join(d.parentPath, d.name), "utf8"));
          if (!found) continue;
          const url = new URL(found.image);
          if (url.origin !== site || !url.pathname.startsWith(base)) continue;
          const path = decodeURIComponent(url.pathname.slice(base.length));
          if (!cards.has(path))
            cards.set(path, {
              title: found.title,
              summary: found.summary,
              siteName: found.siteName,
              host,
            });
        }
        let fonts: ReturnType<typeof loadFonts> | undefined;
        let drawn = 0;
        // Two cards at a time: while sharp encodes one PNG on libuv's thread pool, satori lays
        // out the next on the main thread, so both cores work.
        const queue = [...cards];
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [path, card] = next;
            const cached = join(cacheDir, `${cardKey(card)}.png`);
            if (!existsSync(cached)) {
              fonts ??= loadFonts();
              writeFileSync(cached, await renderShareImage(card, fonts));
              drawn++;
            }
            const target = join(outDir, path);
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(cached, target);
          }
        };
        await Promise.all([worker(), worker()]);
        const ms = Math.round(performance.now() - started);
        const { user, system } = process.cpuUsage(cpu);
        const cpuMs = Math.round((user + system) / 1000);
        logger.info(
          `${cards.size} share images (${drawn} drawn, ${cards.size - drawn} from cache) in ${ms} ms (${cpuMs} ms CPU)`,
        );
      },
    },
  };
}
