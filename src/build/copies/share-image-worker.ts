/**
 * The thread that draws share images while Astro renders (see share-image-feed.ts): it takes
 * the heads of rendered pages, one at a time, and writes each page's card, once, to the cache
 * the share images step reads (integrations/share-images.ts). On `finish` it answers with the
 * number it drew and its own CPU time (ms; sharp's threads not included), once all it was given
 * is drawn.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { cardKey, loadFonts, pageCard, renderShareImage, type ShareSite } from "./share-image.ts";

/** What the thread is started with. */
export interface ShareImageWorkerData {
  cacheDir: string;
  site: ShareSite;
}

/** A message to the thread: a rendered page's head, or `finish`. */
export type ShareImageMessage = { head: string } | { finish: true };

/** The thread's answer to `finish`: cards it drew, and its own CPU time, ms. */
export interface ShareImageReply {
  drawn: number;
  cpuMs: number;
}

const { cacheDir, site } = workerData as ShareImageWorkerData;
const port = parentPort!;
let fonts: ReturnType<typeof loadFonts> | undefined;
const seen = new Set<string>();
let drawn = 0;
let queue = Promise.resolve();

async function draw(head: string): Promise<void> {
  const found = pageCard(head, site);
  if (!found || seen.has(found.path)) return;
  seen.add(found.path);
  const cached = join(cacheDir, `${cardKey(found.card)}.png`);
  if (existsSync(cached)) return;
  fonts ??= loadFonts();
  writeFileSync(cached, await renderShareImage(found.card, fonts));
  drawn++;
}

port.on("message", (message: ShareImageMessage) => {
  if ("head" in message) {
    const { head } = message;
    queue = queue.then(() => draw(head)).catch(() => undefined); // the step draws what fails here
  } else {
    queue = queue.then(() => {
      const { user, system } = process.threadCpuUsage();
      port.postMessage({
        drawn,
        cpuMs: Math.round((user + system) / 1000),
      } satisfies ShareImageReply);
    });
  }
});
