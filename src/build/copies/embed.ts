/**
 * Embeds: the page markup made safe to show inside another site's iframe (the
 * code a host pastes is in embed-code.ts, which the browser also loads).
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { isElement, parseFragment, squash, textOf } from "../sections.ts";

export * from "../../lib/embed-code.ts";

/**
 * Rewrites the links of page HTML for an embed: a fragment that names an
 * element of the embed stays in the frame; every other link becomes absolute
 * (against `pageUrl`, the full page) and opens in a new tab, since the frame
 * is not the reader's page. Headings can be lifted to follow the embed's `<h1>`.
 */
export function toEmbedHtml(
  html: string | RootContent[],
  pageUrl: string,
  options: {
    /**
     * Levels to lift headings by: a section's `###` follows the embed's `<h1>`
     * directly, so it becomes an `<h2>`. Default 0.
     */
    promote?: number;
  } = {},
): string {
  const promote = options.promote ?? 0;
  // Parsed nodes (an explainer's, shared by all its copies) are read, never changed: the
  // rewritten tree is a new one, which spares parsing the HTML again for each embed.
  const root: Root =
    typeof html === "string" ? parseFragment(html) : { type: "root", children: html };
  const ids = new Set<string>();
  const collect = (node: Root | RootContent) => {
    if (node.type === "element" && node.properties["id"]) ids.add(String(node.properties["id"]));
    if (node.type === "element" || node.type === "root") node.children.forEach(collect);
  };
  collect(root);
  const page = new URL(pageUrl);
  page.hash = "";
  // The page's "Share this section" buttons have no panel to open in an embed.
  const kept = (c: RootContent) =>
    !(isElement(c, "button") && c.properties["dataShareSection"] !== undefined);
  const rewritten = (node: RootContent): RootContent => {
    if (node.type !== "element") return node;
    const children = node.children.filter(kept).map(rewritten) as ElementContent[];
    const copy: Element = { ...node, properties: { ...node.properties }, children };
    if (promote && isElement(copy, "h3", "h4", "h5", "h6")) {
      copy.tagName = `h${Number(copy.tagName.slice(1)) - promote}`;
    }
    const href = copy.properties["href"];
    if (copy.tagName === "a" && typeof href === "string") {
      if (!(href.startsWith("#") && ids.has(decodeURIComponent(href.slice(1))))) {
        copy.properties["href"] = new URL(href, page).href;
        copy.properties["target"] = "_blank";
        copy.properties["rel"] = ["noopener"];
      }
    }
    return copy;
  };
  return toHtml({ type: "root", children: root.children.filter(kept).map(rewritten) });
}

/**
 * A first height for an embed at 600 pixels: a guess from its reading size
 * (about 70 characters a line). The build replaces it with the height measured
 * in a browser (integrations/embed-heights.ts) when it can start one.
 */
export function embedHeight({ chars, blocks }: ReadingSize): number {
  const estimate = 220 + Math.ceil(chars / 70) * 27 + blocks * 14;
  return Math.min(6000, Math.max(240, Math.round(estimate / 10) * 10));
}

/** How much a part of a page has to read: characters of reading text (no citation markers,
 * definitions or drawings) and blocks (paragraphs, items, h2–h4, quotations, figures). */
export interface ReadingSize {
  chars: number;
  blocks: number;
}

const blockTags = new Set(["p", "li", "h2", "h3", "h4", "blockquote", "figure"]);

/** The reading size of parsed HTML. */
export function sizeOf(nodes: RootContent[]): ReadingSize {
  let blocks = 0;
  const count = (node: RootContent) => {
    if (node.type !== "element") return;
    if (blockTags.has(node.tagName)) blocks++;
    node.children.forEach(count);
  };
  nodes.forEach(count);
  return { chars: squash(textOf({ type: "root", children: nodes })).length, blocks };
}

/** {@link embedHeight} of rendered HTML. */
export function estimateHeight(html: string): number {
  return embedHeight(sizeOf(parseFragment(html).children));
}
