import type { AstroIntegration } from "astro";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ShareCard } from "../copies/share-image.ts";
import { setShareImageFeed } from "../copies/share-image-feed.ts";
import type {
  ShareImageMessage,
  ShareImageReply,
  ShareImageWorkerData,
} from "../copies/share-image-worker.ts";
import { isCopyPath, siteConfig } from "../../site.config.ts";

/**
 * Writes the share image of every built page (its `og:image`, drawn from its
 * `og:title` and `og:description`; a section's copies use their explainer's) at the
 * end of `astro build`, before the link check. Images are cached by a hash of their content in
 * node_modules/.cache/share-images/, so an unchanged card is never drawn twice. While Astro
 * renders, a thread (copies/share-image-worker.ts) draws the cards of the pages rendered so
 * far into that cache (copies/share-image-feed.ts hands them over), so most are drawn on the
 * core rendering leaves idle; this step waits for it, then draws any card still missing.
 */
export function shareImages(): AstroIntegration {
  let root = "";
  let site = "";
  let base = "/";
  let drawer: { thread: Worker; finished: Promise<ShareImageReply> } | undefined;
  return {
    name: "local:share-images",
    hooks: {
      "astro:config:setup": ({ config, command, addMiddleware }) => {
        root = fileURLToPath(config.root);
        site = new URL(config.site ?? "http://localhost:4321").origin;
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        if (command === "build" && !siteConfig.pagesOnly) {
          addMiddleware({
            entrypoint: new URL("../copies/share-image-feed.ts", import.meta.url),
            order: "pre",
          });
        }
      },
      "astro:build:start": () => {
        if (siteConfig.pagesOnly) return;
        // A thread draws the cards of the pages as Astro renders them, on the core rendering
        // leaves idle (copies/share-image-feed.ts); what it draws lands in the cache below.
        const cacheDir = join(root, "node_modules/.cache/share-images");
        mkdirSync(cacheDir, { recursive: true });
        const host = new URL(site).host + base.replace(/\/$/, "");
        const workerData: ShareImageWorkerData = { cacheDir, site: { origin: site, base, host } };
        const thread = new Worker(new URL("../copies/share-image-worker.ts", import.meta.url), {
          workerData,
        });
        thread.unref();
        const none = { drawn: 0, cpuMs: 0 };
        const finished = new Promise<ShareImageReply>((resolve) => {
          thread.once("message", resolve);
          thread.once("error", () => resolve(none)); // the step draws what the thread did not
          thread.once("exit", () => resolve(none));
        });
        drawer = { thread, finished };
        setShareImageFeed((pathname, head) => {
          const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
          if (isCopyPath(path)) return;
          thread.postMessage({ head } satisfies ShareImageMessage);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped: building pages only");
        const started = performance.now();
        setShareImageFeed(undefined);
        let early = { drawn: 0, cpuMs: 0 };
        if (drawer) {
          drawer.thread.postMessage({ finish: true } satisfies ShareImageMessage);
          early = await drawer.finished;
          await drawer.thread.terminate();
          drawer = undefined;
        }
        const waited = Math.round(performance.now() - started);
        const cpu = process.cpuUsage(); // this thread and libuv's pool (sharp), the drawer ended
        // Loaded here, not with the config: satori and sharp cost a pages-only build ~0.1 s.
        const { cardKey, loadFonts, pageCard, renderShareImage } =
          await import("../copies/share-image.ts");
        const outDir = fileURLToPath(dir);
        const cacheDir = join(root, "node_modules/.cache/share-images");
        mkdirSync(cacheDir, { recursive: true });
        const host = new URL(site).host + base.replace(/\/$/, "");
        const shareSite = { origin: site, base, host };
        const cards = new Map<string, ShareCard>();
        // Cards are drawn from the site's own pages; the copies for other sites (share links,
        // embeds) show their explainer's card, and the link check finds any that has none.
        // Their folders are not even listed: at 1,000 explainers they hold 57,000 files in
        // 20,000 folders, a walk of about 2 s against 20 ms for the pages'.
        const files = readdirSync(outDir, { withFileTypes: true })
          .filter((d) => !isCopyPath(d.isDirectory() ? `${d.name}/` : d.name))
          .flatMap((d) =>
            d.isDirectory()
              ? readdirSync(join(outDir, d.name), { recursive: true, withFileTypes: true })
              : [d],
          )
          .filter((d) => d.isFile() && d.name.endsWith(".html"));
        for (const d of files) {
          const found = pageCard(readFileSync(join(d.parentPath, d.name), "utf8"), shareSite);
          if (found && !cards.has(found.path)) cards.set(found.path, found.card);
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
          `${cards.size} share images (${early.drawn} drawn while rendering, ${drawn} after, ` +
            `${cards.size - drawn - early.drawn} from cache) in ${ms} ms (${waited} ms waiting ` +
            `for the drawing thread, whose own CPU was ${early.cpuMs} ms; ${cpuMs} ms CPU after it)`,
        );
      },
    },
  };
}
