/**
 * Hands each page Astro renders to the share images' drawing thread while the build is still
 * rendering (integrations/share-images.ts adds this module as middleware in `astro build`), so
 * the cards are drawn on the core that rendering leaves idle instead of after it. The step at
 * the end of the build still reads every built page and draws any card the thread has not:
 * what the thread draws only saves that step time. A process-wide slot keyed by a registered
 * symbol joins this module, bundled into Astro's prerender code, with the integration's.
 */
import type { MiddlewareHandler } from "astro";

const slot = Symbol.for("japan-cyber-explainer:share-image-feed");
/** Receives a rendered page: its path (with the base path) and its head. */
export type ShareImageFeed = (pathname: string, head: string) => void;
type Slot = { [slot]?: ShareImageFeed };

/** Sets (or, with undefined, clears) what receives each rendered page. */
export function setShareImageFeed(feed: ShareImageFeed | undefined): void {
  if (feed) (globalThis as Slot)[slot] = feed;
  else delete (globalThis as Slot)[slot];
}

/** Passes a rendered HTML page on, when a build is listening; the response is left as it was. */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const feed = (globalThis as Slot)[slot];
  if (feed && response.headers.get("content-type")?.startsWith("text/html")) {
    const html = await response.clone().text();
    // Only the head holds the card (its Open Graph tags).
    const end = html.indexOf("</head>");
    if (end >= 0) feed(context.url.pathname, html.slice(0, end + 7));
  }
  return response;
};
