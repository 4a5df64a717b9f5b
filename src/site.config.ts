/**
 * The one site config. The public address comes from `SITE_URL` (origin plus
 * optional base path, e.g. `https://example.org/cyber/`), so canonical links,
 * feeds, share images and embeds carry the right absolute URLs wherever the
 * site is deployed. Default: `http://localhost:4321/`, the address `npm start` serves.
 */
export interface NavItem {
  /** Path relative to the base, without leading slash, e.g. `strategy/`. */
  path: string;
  label: string;
}

/** A reading path on the explainers index, for one kind of reader. */
export interface ReaderPath {
  /** Anchor of the path's section on the index, e.g. `companies`. */
  id: string;
  label: string;
  /** One sentence on what this reader will find. */
  intro: string;
  /** Explainer slugs in reading order. */
  slugs: string[];
  /** Anchor of the matching group on the questions page. */
  questions: string;
}

const rawUrl = new URL(process.env["SITE_URL"] ?? "http://localhost:4321/");
/**
 * Copies made for other sites: embeds, email files, paste copies, oEmbed JSON, share images
 * and the share links of sections (which forward readers to the full page).
 */
export const copyPrefixes = ["embed/", "email/", "paste/", "oembed/", "og/", "share/"] as const;

/** True for a built file's path (relative to the base path) that is one of those copies. */
export function isCopyPath(path: string): boolean {
  return copyPrefixes.some((prefix) => path.startsWith(prefix));
}
const basePath = rawUrl.pathname.endsWith("/") ? rawUrl.pathname : `${rawUrl.pathname}/`;

export const siteConfig = {
  /** Origin only, as Astro's `site` wants it. */
  origin: rawUrl.origin,
  /** Base path, always with leading and trailing slash (`/` at the root). */
  base: basePath,
  title: "Japan's Cyber Strategy, Explained",
  shortTitle: "Cyber Strategy Explained",
  description:
    "Plain-English explainers on Japan's 2025 cybersecurity strategy, active cyber defense, its privacy safeguards and its history, with every claim sourced.",
  lang: "en",
  /** Licence of the text; code is MIT (see package.json). */
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  /** Explainers in the RSS feed, most recently updated first (each carries its full text). */
  feedItems: 20,
  /**
   * `PAGES_ONLY=1` builds the pages, feed, sitemap and search index without the copies made
   * for other sites ({@link copyPrefixes}): a quicker build for previews, and the part of the
   * build the bench compares with a plain site's.
   */
  pagesOnly: process.env["PAGES_ONLY"] === "1",
  // Four short labels fit one line at 320 px; the explainers are reached through their index.
  nav: [
    { path: "explainers/", label: "Explainers" },
    { path: "questions/", label: "Questions" },
    { path: "timeline/", label: "Timeline" },
    { path: "glossary/", label: "Glossary" },
  ],
  /**
   * Reading paths on the explainers index, one per kind of reader: explainer slugs (checked at
   * build) in the order to read them, then the group of the questions page that fits.
   */
  readerPaths: [
    {
      id: "citizens",
      label: "For citizens",
      intro: "What the state may see, who checks it, and what the law means for your privacy.",
      slugs: ["privacy-safeguards", "active-cyber-defense", "why-now"],
      questions: "for-citizens",
    },
    {
      id: "companies",
      label: "For companies",
      intro: "Whether your company is covered, what it must file and by when.",
      slugs: ["company-duties", "active-cyber-defense", "strategy"],
      questions: "for-companies",
    },
    {
      id: "journalists",
      label: "For journalists",
      intro: "Who decides, who approves, what has happened and what is still open.",
      slugs: ["who-decides", "why-now", "privacy-safeguards", "history"],
      questions: "for-journalists",
    },
    {
      id: "students",
      label: "For students",
      intro: "How Japan got here and how it compares with other countries.",
      slugs: ["history", "strategy", "international-comparison", "why-now"],
      questions: "for-students",
    },
  ],
} satisfies {
  origin: string;
  base: string;
  title: string;
  shortTitle: string;
  description: string;
  lang: string;
  licence: { name: string; url: string };
  feedItems: number;
  pagesOnly: boolean;
  nav: NavItem[];
  readerPaths: ReaderPath[];
};

/** A path inside the site, with the base path: `sitePath("glossary/")` → `/glossary/`. */
export function sitePath(path = ""): string {
  return `${siteConfig.base}${path.replace(/^\//, "")}`;
}

/** An absolute URL inside the site: `siteUrl("glossary/")` → `https://…/glossary/`. */
export function siteUrl(path = ""): string {
  return new URL(sitePath(path), siteConfig.origin).href;
}
