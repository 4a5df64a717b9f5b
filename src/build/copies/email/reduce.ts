/**
 * Step one of every email format: the page's rendered HTML reduced to a small,
 * portable set of elements — citations become numbers (`<sup data-cite="3,4">`),
 * glossary popovers become plain links, drawn figures become their text version,
 * links become absolute.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import {
  citationNumber,
  isElement,
  isPageOnly,
  parseFragment,
  squash,
  textOf,
} from "../../sections.ts";
import type { EmailPart } from "./types";

/** Elements that start a block of text (the plain-text writer puts blank lines between them). */
export const blockTags = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
/** Everything the portable form keeps; other elements give way to their content. */
const keepTags = new Set([...blockTags, "a", "strong", "b", "em", "i", "sub", "br", "code", "img"]);
const dropTags = new Set(["svg", "button", "script", "style", "template", "noscript", "iframe"]);
const keepAttrs: Record<string, string[]> = {
  a: ["href", "hrefLang"],
  ol: ["start"],
  li: ["value"],
  th: ["colSpan", "rowSpan", "scope"],
  td: ["colSpan", "rowSpan"],
  img: ["src", "alt", "width", "height"],
};

export function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[],
): Element {
  return { type: "element", tagName, properties, children };
}
export function text(value: string): ElementContent {
  return { type: "text", value };
}

function classes(node: Element): string[] {
  const c = node.properties["className"];
  return Array.isArray(c) ? c.map(String) : [];
}

/**
 * Resolves a link for a reader outside the site: absolute, and https for other
 * sites (a few registry entries still say http; every one of those hosts
 * serves https). The site's own links keep the configured scheme.
 */
function absolute(href: string, pageUrl: string): string {
  const url = new URL(href, pageUrl);
  if (url.protocol === "http:" && url.origin !== new URL(pageUrl).origin) url.protocol = "https:";
  return url.href;
}

/** A source's address for email: always https (see {@link absolute}). */
export function sourceUrl(href: string): string {
  return href.replace(/^http:/, "https:");
}

/** A drawn figure's portable form: its caption, its text version and a pointer to the page. */
function figureText(node: Element, ctx: Context): ElementContent[] {
  const caption = node.children.find((c) => isElement(c, "figcaption"));
  const details = findAll(node, "details")[0];
  const out: ElementContent[] = [];
  const captionText = caption ? squash(textOf(caption)) : "Figure";
  out.push(element("p", {}, [element("strong", {}, [text(captionText)])]));
  if (details) {
    out.push(
      ...portableChildren(
        details.children.filter((c) => !isElement(c, "summary")),
        ctx,
      ),
    );
  }
  out.push(
    element("p", {}, [
      element("em", {}, [
        text("The drawing is on the web page: "),
        element("a", { href: ctx.pageUrl }, [text("see the figure")]),
        text("."),
      ]),
    ]),
  );
  return out;
}

function findAll(node: Element | Root, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (isElement(child, tag)) found.push(child);
    if (child.type === "element") found.push(...findAll(child, tag));
  }
  return found;
}

interface Context {
  pageUrl: string;
  promote: number;
  /** The copy's own number for each page-wide citation number (a section's copy counts from 1). */
  numbers?: ReadonlyMap<number, number> | undefined;
}

/** A quotation figure: the quote and its attribution line. */
function quoteFigure(node: Element, ctx: Context): ElementContent[] {
  const quote = findAll(node, "blockquote")[0];
  const caption = node.children.find((c) => isElement(c, "figcaption"));
  const out: ElementContent[] = [];
  if (quote) out.push(element("blockquote", {}, portableChildren(quote.children, ctx)));
  if (caption) out.push(element("p", { dataAttribution: "" }, [text(squash(textOf(caption)))]));
  return out;
}

function portableNode(node: ElementContent | RootContent, ctx: Context): ElementContent[] {
  if (node.type === "text") return [node];
  if (node.type !== "element") return [];
  if (isPageOnly(node) || dropTags.has(node.tagName)) return [];
  if (node.properties["ariaHidden"] === "true" || classes(node).includes("sr-only")) return [];
  const cite = citationNumber(node);
  if (cite !== undefined)
    return [element("sup", { dataCite: String(ctx.numbers?.get(cite) ?? cite) }, [])];
  if (node.tagName === "figure") {
    return findAll(node, "blockquote").length ? quoteFigure(node, ctx) : figureText(node, ctx);
  }
  if (node.tagName === "details") {
    return node.children.flatMap((c) =>
      isElement(c, "summary")
        ? [element("p", {}, [element("strong", {}, portableChildren(c.children, ctx))])]
        : portableNode(c, ctx),
    );
  }
  if (node.tagName === "q") return [text("“"), ...portableChildren(node.children, ctx), text("”")];
  if (node.tagName === "table") {
    // Mail clients and editors know no <caption>: it becomes a bold line before the table.
    const caption = node.children.find((c) => isElement(c, "caption"));
    const rows = node.children.filter((c) => c !== caption);
    const table = element("table", {}, portableChildren(rows, ctx));
    if (!caption || caption.type !== "element") return [table];
    return [
      element("p", {}, [element("strong", {}, portableChildren(caption.children, ctx))]),
      table,
    ];
  }
  if (node.tagName === "img") {
    const src = String(node.properties["src"] ?? "");
    const ok =
      /\.png$|\.jpe?g$/i.test(src) &&
      node.properties["alt"] !== undefined &&
      node.properties["width"] &&
      node.properties["height"];
    return ok
      ? [
          element(
            "img",
            { ...pick(node.properties, keepAttrs["img"] ?? []), src: absolute(src, ctx.pageUrl) },
            [],
          ),
        ]
      : [];
  }
  const children = portableChildren(node.children, ctx);
  // An element styled as a block inside running text (a date over a heading) keeps its line.
  if (classes(node).includes("block") && !keepTags.has(node.tagName)) {
    return [...children, element("br", {}, [])];
  }
  if (node.tagName === "span" && node.properties["lang"]) {
    return [element("span", { lang: String(node.properties["lang"]) }, children)];
  }
  if (!keepTags.has(node.tagName)) return children;
  const props = pick(node.properties, keepAttrs[node.tagName] ?? []);
  if (node.tagName === "a") {
    const href = String(node.properties["href"] ?? "");
    if (!href) return children;
    props["href"] = absolute(href, ctx.pageUrl);
  }
  if (node.properties["lang"]) props["lang"] = String(node.properties["lang"]);
  const level = /^h([3-6])$/.exec(node.tagName)?.[1];
  const tag = level && ctx.promote ? `h${Number(level) - ctx.promote}` : node.tagName;
  return [element(tag, props, children)];
}

function pick(props: Properties, names: string[]): Properties {
  const out: Properties = {};
  for (const name of names) if (props[name] !== undefined) out[name] = props[name];
  return out;
}

/** Portable children, with runs of adjacent citations merged into one marker: `[3, 4]`. */
function portableChildren(nodes: (ElementContent | RootContent)[], ctx: Context): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes.flatMap((n) => portableNode(n, ctx))) {
    const last = out.at(-1);
    const prev = last?.type === "text" && !last.value.trim() ? out.at(-2) : last;
    if (isElement(node, "sup") && isElement(prev, "sup") && prev.properties["dataCite"]) {
      if (prev !== last) out.pop();
      prev.properties["dataCite"] =
        `${String(prev.properties["dataCite"])},${String(node.properties["dataCite"])}`;
      continue;
    }
    out.push(node);
  }
  return out;
}

/**
 * A part's page HTML reduced to portable elements (see the module comment); `numbers` maps
 * the page's citation numbers to the copy's own (by default they stay as on the page).
 */
export function toPortable(
  part: EmailPart,
  pageUrl: string,
  numbers?: ReadonlyMap<number, number>,
): ElementContent[] {
  const nodes = part.nodes ?? parseFragment(part.html).children;
  return portableChildren(nodes, { pageUrl, promote: part.promote ?? 0, numbers });
}

/** The numbers of a citation marker. */
export function citeNumbers(node: Element): number[] {
  return String(node.properties["dataCite"] ?? "")
    .split(",")
    .filter(Boolean)
    .map(Number);
}
