/**
 * oEmbed responses (https://oembed.com, type "rich"), written as static JSON
 * files: a static host cannot read `maxwidth`/`maxheight`, so every consumer
 * gets the same 600-pixel-wide frame, which scales down with the page.
 */
import { embedWidth, iframeHtml } from "../../lib/embed-code.ts";
import { shareImageSize, sharePaths } from "../../lib/share-urls.ts";
import { siteConfig, siteUrl } from "../../site.config.ts";
import { routeTitle, type PortableRoute } from "./portable-route.ts";

export interface OembedInput {
  title: string;
  /** Absolute URL of the embed page. */
  embedUrl: string;
  /** Starting height of the frame, in pixels. */
  height: number;
  providerName: string;
  /** Absolute URL of the site's home page. */
  providerUrl: string;
  /** Absolute URL of the share image (1200×630 PNG). */
  thumbnailUrl: string;
  /** Seconds a consumer may cache the response. */
  cacheAge?: number;
}

/** An oEmbed "rich" response. Field names are the spec's. */
export interface Oembed {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed JSON for one embed: a single titled iframe. */
export function buildOembed(input: OembedInput): Oembed {
  const height = Math.round(input.height);
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: iframeHtml({ src: input.embedUrl, title: input.title, height }),
    width: embedWidth,
    height,
    cache_age: input.cacheAge ?? 86_400,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: shareImageSize.width,
    thumbnail_height: shareImageSize.height,
  };
}

/** The oEmbed JSON file of an explainer or card, as written to `oembed/<path>.json`. */
export function oembedJson(route: PortableRoute): string {
  const { explainer, card } = route;
  const paths = sharePaths({ slug: explainer.slug, card: card?.id });
  const oembed = buildOembed({
    title: routeTitle(route),
    embedUrl: siteUrl(paths.embed),
    height: (card ?? explainer).height,
    providerName: siteConfig.title,
    providerUrl: siteUrl(),
    thumbnailUrl: siteUrl(paths.image),
  });
  return JSON.stringify(oembed, null, 2);
}
