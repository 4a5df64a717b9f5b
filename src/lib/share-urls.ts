/**
 * Where the travelling forms of an explainer or one of its cards live, as paths
 * relative to the site's base (wrap them in `siteUrl` or `sitePath`).
 */
export interface ShareRef {
  /** The explainer's slug. */
  slug: string;
  /** A card id (`in-short` or a section heading id); omit for the whole explainer. */
  card?: string | undefined;
}

export interface SharePaths {
  /** The full page, with the section anchor for a card. */
  page: string;
  /**
   * The link to share: the page for an explainer; for a card, a page of its own whose title,
   * description and image are the card's (for link previews) and which forwards a reader to
   * the card on the full page.
   */
  link: string;
  /** The framable embed page. */
  embed: string;
  /** Email-safe HTML. */
  email: string;
  /** Plain text for email. */
  text: string;
  /** The paste copy for newsletter editors: semantic HTML, citations from 1. */
  paste: string;
  /** Its plain-text twin. */
  pasteText: string;
  /** oEmbed JSON. */
  oembed: string;
  /**
   * 1200×630 PNG share image: the explainer's, for a card too. A section's copies carry their
   * own title and description as text; a card per section drew eight times the images (minutes
   * of CI at a thousand explainers) to repeat that text in pixels.
   */
  image: string;
}

/** The paths of every travelling form of an explainer or card. */
export function sharePaths({ slug, card }: ShareRef): SharePaths {
  const tail = card ? `${slug}/${card}` : slug;
  return {
    page: card ? `${slug}/#${card}` : `${slug}/`,
    link: card ? `share/${tail}/` : `${slug}/`,
    embed: `embed/${tail}/`,
    email: `email/${tail}.html`,
    text: `email/${tail}.txt`,
    paste: `paste/${tail}.html`,
    pasteText: `paste/${tail}.txt`,
    oembed: `oembed/${tail}.json`,
    image: `og/${slug}.png`,
  };
}

/**
 * The share image of an ordinary page, from its path: `/` → `og/home.png`,
 * `/glossary/` → `og/glossary.png`, `/strategy/` → `og/strategy.png`.
 */
export function pageImagePath(pathname: string, base = "/"): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const name = rest.replace(/^\/+|\/+$/g, "").replace(/\/index\.html$|\.html$/, "");
  return `og/${name || "home"}.png`;
}

/** Size of every share image, in pixels (the Open Graph large-image shape). */
export const shareImageSize = { width: 1200, height: 630 } as const;
