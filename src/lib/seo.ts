/** One tag for the document head, rendered as-is by BaseHead.astro. */
export interface HeadTag {
  tag: "meta" | "link";
  attrs: Record<string, string>;
}

/** The page's share image (Open Graph and Twitter card). */
export interface HeadImage {
  /** Absolute URL of the image. */
  url: string;
  /** What the image shows, for readers who cannot see it. */
  alt: string;
  /** Pixels. */
  width: number;
  height: number;
  /** MIME type; default `image/png`. */
  type?: string;
}

export interface HeadInput {
  /** Page title without the site name; omit on the home page. */
  title?: string;
  description: string;
  /** Absolute canonical URL of the page; omitted for pages with no address of their own (404). */
  canonical?: string;
  /**
   * Absolute URL for `og:url`, when it is not the canonical one: a section's share link keeps
   * its own address for link previews (a preview re-fetches `og:url`) and its canonical on
   * the full page. Default: `canonical`.
   */
  url?: string;
  siteTitle: string;
  lang: string;
  /** Keep the page out of search engines (embeds, 404). */
  noindex?: boolean;
  /** `article` for explainers, `website` otherwise. */
  type?: "article" | "website";
  /** Absolute URL of the RSS feed, linked from every page. */
  feedUrl?: string;
  /** Share image; with one, the Twitter card is `summary_large_image`. */
  image?: HeadImage;
  /** oEmbed discovery: absolute URL of the page's oEmbed JSON and its title. */
  oembed?: { href: string; title: string };
  /** For articles: first publication and last update (`article:*_time`). */
  published?: Date;
  modified?: Date;
}

/** The full `<title>` text: "Page — Site", or just the site on the home page. */
export function buildTitle(title: string | undefined, siteTitle: string): string {
  return title ? `${title} — ${siteTitle}` : siteTitle;
}

/** Builds the head tags (description, canonical, robots, Open Graph, Twitter, feed, oEmbed) as data. */
export function buildHead(input: HeadInput): HeadTag[] {
  const fullTitle = buildTitle(input.title, input.siteTitle);
  const tags: HeadTag[] = [
    { tag: "meta", attrs: { name: "description", content: input.description } },
    { tag: "meta", attrs: { property: "og:title", content: input.title ?? input.siteTitle } },
    { tag: "meta", attrs: { property: "og:description", content: input.description } },
    { tag: "meta", attrs: { property: "og:type", content: input.type ?? "website" } },
    { tag: "meta", attrs: { property: "og:site_name", content: input.siteTitle } },
    {
      tag: "meta",
      attrs: { property: "og:locale", content: input.lang === "en" ? "en_GB" : input.lang },
    },
    {
      tag: "meta",
      attrs: { name: "twitter:card", content: input.image ? "summary_large_image" : "summary" },
    },
    { tag: "meta", attrs: { name: "twitter:title", content: fullTitle } },
    { tag: "meta", attrs: { name: "twitter:description", content: input.description } },
  ];
  if (input.canonical) {
    tags.push({ tag: "link", attrs: { rel: "canonical", href: input.canonical } });
  }
  const ogUrl = input.url ?? input.canonical;
  if (ogUrl) tags.push({ tag: "meta", attrs: { property: "og:url", content: ogUrl } });
  if (input.image) {
    const { url, alt, width, height, type = "image/png" } = input.image;
    const og = (property: string, content: string) =>
      tags.push({ tag: "meta", attrs: { property, content } });
    og("og:image", url);
    og("og:image:type", type);
    og("og:image:width", String(width));
    og("og:image:height", String(height));
    og("og:image:alt", alt);
    tags.push({ tag: "meta", attrs: { name: "twitter:image", content: url } });
    tags.push({ tag: "meta", attrs: { name: "twitter:image:alt", content: alt } });
  }
  if (input.type === "article") {
    if (input.published)
      tags.push({
        tag: "meta",
        attrs: { property: "article:published_time", content: input.published.toISOString() },
      });
    if (input.modified)
      tags.push({
        tag: "meta",
        attrs: { property: "article:modified_time", content: input.modified.toISOString() },
      });
  }
  if (input.noindex) tags.push({ tag: "meta", attrs: { name: "robots", content: "noindex" } });
  if (input.feedUrl) {
    tags.push({
      tag: "link",
      attrs: {
        rel: "alternate",
        type: "application/rss+xml",
        title: input.siteTitle,
        href: input.feedUrl,
      },
    });
  }
  if (input.oembed) {
    tags.push({
      tag: "link",
      attrs: {
        rel: "alternate",
        type: "application/json+oembed",
        href: input.oembed.href,
        title: input.oembed.title,
      },
    });
  }
  return tags;
}
