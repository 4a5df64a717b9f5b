/**
 * oEmbed responses (https://oembed.com, type "rich"), written as static JSON
 * files: a static host cannot read `maxwidth`/`maxheight`, so every consumer
 * gets the same 600-pixel-wide frame, which scales down with the page.
 */
import { embedWidth, iframeHtml } from "../../lib/embed-code";
import { shareImageSize } from "../../lib/share-urls";

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
