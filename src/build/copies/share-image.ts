/**
 * Share images: a 1200×630 PNG card (title, one-line summary, site name) made
 * at build time from packages alone — satori lays out the card and turns its
 * text into paths with fonts read from node_modules (@fontsource), sharp
 * rasterises the SVG — so no browser, network or system font is needed.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Element, Root, RootContent } from "hast";
import satori, { type Font } from "satori";
import sharp from "sharp";
import { parseDocument } from "../sections.ts";
import { shareImageSize } from "../../lib/share-urls.ts";

/** What a share image shows. */
export interface ShareCard {
  title: string;
  summary: string;
  siteName: string;
  /** The site's address as shown on the card, e.g. `example.org`. */
  host: string;
}

/** Bump when the design or the encoding changes, so cached images are made again. */
const designVersion = 6;

/** Cache key of a card: a hash of everything that changes its pixels. */
export function cardKey(card: ShareCard): string {
  return createHash("sha256")
    .update(JSON.stringify({ designVersion, ...card }))
    .digest("hex")
    .slice(0, 32);
}

/** Title size that keeps long titles to three lines. */
export function titleSize(title: string): number {
  if (title.length > 80) return 48;
  if (title.length > 50) return 58;
  return 68;
}

const require = createRequire(import.meta.url);

/** The card fonts (Latin and Latin Extended), read from the @fontsource packages. */
export function loadFonts(): Font[] {
  const file = (pkg: string, name: string) =>
    readFileSync(require.resolve(`@fontsource/${pkg}/files/${name}`));
  const fonts: Font[] = [];
  for (const subset of ["latin", "latin-ext"]) {
    fonts.push({
      name: "Serif",
      data: file("source-serif-4", `source-serif-4-${subset}-600-normal.woff`),
      weight: 600,
      style: "normal",
    });
    for (const weight of [400, 600] as const) {
      fonts.push({
        name: "Sans",
        data: file("source-sans-3", `source-sans-3-${subset}-${weight}-normal.woff`),
        weight,
        style: "normal",
      });
    }
  }
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children?: unknown): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

/** The card's layout, in satori's element format. */
export function cardLayout(card: ShareCard): Node {
  const { width, height } = shareImageSize;
  const column = box(
    {
      flexDirection: "column",
      flexGrow: 1,
      flexShrink: 1,
      padding: "60px 80px 52px 72px",
    },
    [
      box(
        {
          fontSize: 28,
          fontWeight: 600,
          color: "#a8231b",
          letterSpacing: 2,
          textTransform: "uppercase",
        },
        card.siteName,
      ),
      box(
        {
          display: "block",
          marginTop: 36,
          fontFamily: "Serif",
          fontWeight: 600,
          fontSize: titleSize(card.title),
          lineHeight: 1.12,
          lineClamp: 3,
        },
        card.title,
      ),
      box(
        {
          display: "block",
          marginTop: 24,
          fontSize: 32,
          lineHeight: 1.35,
          color: "#4f525a",
          lineClamp: 3,
        },
        card.summary,
      ),
      box({ flexGrow: 1 }),
      // The rule above the footer as a box of its own, not a border: satori draws a border
      // through three clipping paths, which cost the rasteriser about 2 ms a card. Same pixels.
      box({ height: 2, flexShrink: 0, width: "100%", backgroundColor: "#d8d3c8" }),
      box(
        {
          paddingTop: 20,
          fontSize: 26,
          color: "#4f525a",
          justifyContent: "space-between",
          width: "100%",
        },
        [box({}, card.host), box({ fontWeight: 600, color: "#1b1c20" }, "Every claim sourced")],
      ),
    ],
  );
  return box({ width, height, backgroundColor: "#fbfaf7", color: "#1b1c20", fontFamily: "Sans" }, [
    box({ width: 24, height, flexShrink: 0, backgroundColor: "#a8231b" }),
    column,
  ]);
}

/** Renders a card to PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(cardLayout(card) as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts,
  });
  // The card is opaque: RGB, no alpha channel. zlib level 3: encoding takes under 1 ms of the
  // card's 15–20 ms (level 6, sharp's default, took 3–4 ms, 3 s of CPU at 1,000 explainers),
  // and files are about 6% larger than level 6's in RGBA (76 KB against 71 KB for a card).
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
}

/** The Open Graph tags of a built page that describe its share image. */
export function readShareCard(
  html: string,
): { image: string; title: string; summary: string; siteName: string } | undefined {
  const head = html.slice(0, html.indexOf("</head>") + 7);
  const meta = new Map<string, string>();
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "meta") {
      const el = node as Element;
      const property = el.properties["property"];
      if (typeof property === "string") meta.set(property, String(el.properties["content"] ?? ""));
    }
    if (node.type === "element" || node.type === "root") node.children.forEach(visit);
  };
  visit(parseDocument(head));
  const image = meta.get("og:image");
  if (!image) return undefined;
  return {
    image,
    title: meta.get("og:title") ?? "",
    summary: meta.get("og:description") ?? "",
    siteName: meta.get("og:site_name") ?? "",
  };
}

/** Where a site's share images are served from: its origin, base path (with a trailing `/`)
 * and the address shown on the cards. */
export interface ShareSite {
  origin: string;
  base: string;
  host: string;
}

/** The share image a built page asks for, as a path under the base path, and its card;
 * undefined when the page has none or its image is not the site's own. */
export function pageCard(
  html: string,
  site: ShareSite,
): { path: string; card: ShareCard } | undefined {
  const found = readShareCard(html);
  if (!found) return undefined;
  const url = new URL(found.image);
  if (url.origin !== site.origin || !url.pathname.startsWith(site.base)) return undefined;
  return {
    path: decodeURIComponent(url.pathname.slice(site.base.length)),
    card: { title: found.title, summary: found.summary, siteName: found.siteName, host: site.host },
  };
}
