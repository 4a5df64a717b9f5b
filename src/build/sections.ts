/**
 * The "cards" of an explainer — the In short box and each top-level (##)
 * section — cut from the page's own rendered HTML, so embeds, email, feeds and
 * share images reuse one source of truth.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { htmlToHast } from "satteri";
import { toHtml } from "hast-util-to-html";

/** One card of an explainer. */
export interface Card {
  /** The heading id on the full page; `in-short` for the In short box. */
  id: string;
  /** The heading text. */
  title: string;
  /** The card's content as HTML, without its heading. */
  html: string;
}

/** Id of the In short card, the anchor of the box on the full page. */
export const inShortId = "in-short";

/** Parses an HTML fragment (natively: Sätteri's parser gives the same tree as parse5, 3× faster). */
export function parseFragment(html: string): Root {
  return htmlToHast(html, { fragment: true }) as Root;
}

/** Parses a whole HTML document, as {@link parseFragment} does a fragment. */
export function parseDocument(html: string): Root {
  return htmlToHast(html) as Root;
}

/** True for a hast element, optionally of one of `tags`. */
export function isElement(node: unknown, ...tags: string[]): node is Element {
  const el = node as Element | undefined;
  return el?.type === "element" && (tags.length === 0 || tags.includes(el.tagName));
}

/** A numbered citation as `<Cite>` renders it: `<sup><a href="#source-n">[n]</a></sup>`; its number. */
export function citationNumber(node: ElementContent | RootContent): number | undefined {
  if (!isElement(node, "sup")) return undefined;
  const link = node.children.find((c) => isElement(c, "a"));
  const href = isElement(link) ? String(link.properties["href"] ?? "") : "";
  const match = /^#source-(\d+)$/.exec(href);
  return match ? Number(match[1]) : undefined;
}

/** Parts of a term popover or other controls that mean nothing outside the page. */
export function isPageOnly(node: ElementContent | RootContent): boolean {
  if (!isElement(node)) return false;
  if (node.tagName === "button" || node.tagName === "script" || node.tagName === "style")
    return true;
  return node.properties["popover"] !== undefined;
}

/** The reading text of a node: no citation markers, no popovers, no figure drawings. */
export function textOf(node: ElementContent | RootContent | Root): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element") {
    if (isPageOnly(node) || citationNumber(node) !== undefined) return "";
    if (node.tagName === "svg") return "";
  }
  return node.children.map((c) => textOf(c)).join("");
}

/** Collapses white space. */
export function squash(text: string): string {
  // Runs of white space become one space; lone spaces, most of any text, are left as they are.
  return text.replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/** A top-level (##) section of a parsed explainer body: its heading and what follows it. */
export interface SectionNodes {
  id: string;
  title: string;
  nodes: RootContent[];
}

/**
 * Splits a parsed explainer body at its top-level `<h2 id>` headings. What comes
 * before the first heading is the introduction.
 */
export function splitTree(root: Root): { intro: RootContent[]; sections: SectionNodes[] } {
  const intro: RootContent[] = [];
  const sections: SectionNodes[] = [];
  for (const node of root.children) {
    if (isElement(node, "h2") && node.properties["id"]) {
      sections.push({ id: String(node.properties["id"]), title: squash(textOf(node)), nodes: [] });
    } else {
      (sections.at(-1)?.nodes ?? intro).push(node);
    }
  }
  return {
    intro: trimmed(intro),
    sections: sections.map((s) => ({ ...s, nodes: trimmed(s.nodes) })),
  };
}

/** Nodes without the white space between the blocks at either end (as serialise().trim()). */
function trimmed(nodes: RootContent[]): RootContent[] {
  const blank = (n: RootContent | undefined) => n?.type === "text" && !n.value.trim();
  let start = 0;
  let end = nodes.length;
  while (start < end && blank(nodes[start])) start++;
  while (end > start && blank(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

/** Nodes back to HTML. */
export function serialise(nodes: RootContent[]): string {
  return toHtml({ type: "root", children: nodes }).trim();
}

/** {@link splitTree} of an HTML body, with each part as HTML. */
export function splitSections(html: string): { intro: string; sections: Card[] } {
  const { intro, sections } = splitTree(parseFragment(html));
  return {
    intro: serialise(intro),
    sections: sections.map((s) => ({ id: s.id, title: s.title, html: serialise(s.nodes) })),
  };
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** The In short box as a card: its points as a list. */
export function inShortCard(points: string[]): Card {
  return {
    id: inShortId,
    title: "In short",
    html: `<ul>${points.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`,
  };
}

/** Citation numbers used in a parsed fragment, ascending, each once. */
export function citationsOf(root: Root): number[] {
  const found = new Set<number>();
  const walk = (node: Root | RootContent) => {
    const n = node.type === "element" ? citationNumber(node) : undefined;
    if (n !== undefined) found.add(n);
    if (node.type === "element" || node.type === "root") node.children.forEach((c) => walk(c));
  };
  walk(root);
  return [...found].sort((a, b) => a - b);
}

/** Citation numbers used in an HTML fragment, ascending, each once. */
export function citationsIn(html: string): number[] {
  return citationsOf(parseFragment(html));
}

// Abbreviations whose full stop does not end a sentence ("Act No. 42", "Art. 6").
const abbreviations =
  /\b(?:No|Nos|Art|Arts|Para|Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** The first sentence of `text`: up to a full stop, question or exclamation mark before a capital or the end. */
export function firstSentence(text: string): string {
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9]|$)/g;
  for (const match of text.matchAll(end)) {
    const upTo = text.slice(0, match.index + match[0].length);
    if (!abbreviations.test(upTo)) return upTo;
  }
  return text;
}

/**
 * One line for a share image or a description: the first sentence of `html`
 * (citation markers and definitions left out), at most `max` characters, cut
 * at a word with an ellipsis. Japanese glosses in brackets are dropped, since
 * the share image font is Latin only.
 */
export function oneLine(html: string, max = 150): string {
  return oneLineOf(squash(textOf(parseFragment(html))), max);
}

/** {@link oneLine} of reading text already taken from the HTML (`squash(textOf(…))`). */
export function oneLineOf(readingText: string, max = 150): string {
  const text = readingText
    .replace(/\s*[(（][^()（）]*[\u3000-\u9fff\uff00-\uffef][^()（）]*[)）]/g, "")
    .replace(/\s+([.,;:])/g, "$1");
  const sentence = firstSentence(text);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
