/**
 * An explainer (or one card of it) as email-safe HTML, plain text and feed
 * HTML. The page's rendered HTML is first reduced to a small, portable set of
 * elements — citations become numbers, glossary popovers become plain links,
 * drawn figures become their text version — and then written out three ways.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { citationNumber, isElement, isPageOnly, parseFragment, squash, textOf } from "../sections";

/** A source in a list at the end, with its number on the full page. */
export interface NumberedSource {
  n: number;
  title: string;
  publisher: string;
  /** Formatted date, e.g. "23 December 2025", or "undated". */
  date: string;
  url: string;
  lang: string;
}

/** One block of content: the In short box, the introduction or a section. */
export interface EmailPart {
  /** Heading of the part; none for an introduction. */
  title?: string;
  /** The page's rendered HTML of the part (without its heading). */
  html: string;
  /** The same HTML parsed, when the caller has it (read, never changed); saves parsing again. */
  nodes?: RootContent[];
  /** Shown as a shaded box (the In short card). */
  boxed?: boolean;
  /** Levels to lift the part's headings by (a section's `###` follows the `<h1>`). Default 0. */
  promote?: number;
}

export interface EmailDoc {
  lang: string;
  siteTitle: string;
  /** Absolute URL of the home page. */
  siteUrl: string;
  /** The headline: the explainer's or the section's title. */
  title: string;
  /** For a section: the explainer it comes from. */
  from?: { title: string; url: string } | undefined;
  /** A one-sentence standfirst under the headline. */
  dek?: string | undefined;
  /** "25 November 2026". */
  updated: string;
  /** Absolute URL of the full page (with the section anchor for a section). */
  url: string;
  parts: EmailPart[];
  /** Sources cited in the parts, by their number on the full page. */
  sources: NumberedSource[];
  licence: { name: string; url: string };
}

// ---------------------------------------------------------------------------
// 1. Reduce page HTML to portable elements.

/** Elements that start a block of text (the plain-text writer puts blank lines between them). */
const blockTags = new Set([
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

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}
function text(value: string): ElementContent {
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
function sourceUrl(href: string): string {
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
  if (cite !== undefined) return [element("sup", { dataCite: String(cite) }, [])];
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

/** A part's page HTML reduced to portable elements (see the module comment). */
export function toPortable(part: EmailPart, pageUrl: string): ElementContent[] {
  const nodes = part.nodes ?? parseFragment(part.html).children;
  return portableChildren(nodes, { pageUrl, promote: part.promote ?? 0 });
}

/** The numbers of a citation marker. */
function citeNumbers(node: Element): number[] {
  return String(node.properties["dataCite"] ?? "")
    .split(",")
    .filter(Boolean)
    .map(Number);
}

// ---------------------------------------------------------------------------
// 2. Email-safe HTML: tables for layout, inline styles, hex colours, no scripts.

const colour = {
  ink: "#1b1c20",
  muted: "#4f525a",
  accent: "#a8231b",
  rule: "#d8d3c8",
  panel: "#f1eee7",
  paper: "#ffffff",
};
const sans = "Arial, Helvetica, sans-serif";
const serif = "Georgia, Times New Roman, Times, serif";

const emailStyles: Record<string, string> = {
  p: `margin:0 0 16px 0;font-family:${sans};font-size:16px;line-height:24px;color:${colour.ink};`,
  h2: `margin:28px 0 12px 0;font-family:${serif};font-size:22px;line-height:28px;font-weight:bold;color:${colour.ink};`,
  h3: `margin:20px 0 8px 0;font-family:${serif};font-size:18px;line-height:24px;font-weight:bold;color:${colour.ink};`,
  h4: `margin:16px 0 8px 0;font-family:${sans};font-size:16px;line-height:22px;font-weight:bold;color:${colour.ink};`,
  ul: `margin:0 0 16px 0;padding:0 0 0 24px;font-family:${sans};font-size:16px;line-height:24px;color:${colour.ink};`,
  ol: `margin:0 0 16px 0;padding:0 0 0 24px;font-family:${sans};font-size:16px;line-height:24px;color:${colour.ink};`,
  li: `margin:0 0 8px 0;`,
  a: `color:${colour.accent};text-decoration:underline;`,
  blockquote: `margin:0 0 8px 0;padding:0 0 0 16px;border-left:4px solid ${colour.accent};`,
  sup: `font-size:11px;line-height:11px;color:${colour.muted};`,
  table: `border-collapse:collapse;margin:0 0 16px 0;font-family:${sans};font-size:15px;line-height:21px;color:${colour.ink};`,
  th: `border:1px solid ${colour.rule};padding:6px 8px;text-align:left;`,
  td: `border:1px solid ${colour.rule};padding:6px 8px;`,
  pre: `margin:0 0 16px 0;font-family:Courier New, Courier, monospace;font-size:14px;line-height:20px;white-space:pre-wrap;`,
  code: `font-family:Courier New, Courier, monospace;`,
  img: `display:block;border:0;max-width:100%;height:auto;`,
};
const attributionStyle = `margin:0 0 20px 0;font-family:${sans};font-size:14px;line-height:20px;color:${colour.muted};`;

const quoteParagraphStyle = `margin:0 0 8px 0;font-family:${serif};font-size:19px;line-height:27px;color:${colour.ink};`;

function styled(node: ElementContent, parent?: string): ElementContent {
  if (node.type !== "element") return node;
  if (node.tagName === "sup") {
    const numbers = citeNumbers(node);
    if (numbers.length)
      return element("sup", { style: emailStyles["sup"] ?? "" }, [text(numbers.join(","))]);
  }
  const children = node.children.map((c) => styled(c, node.tagName));
  const style =
    node.properties["dataAttribution"] !== undefined
      ? attributionStyle
      : node.tagName === "p" && parent === "blockquote"
        ? quoteParagraphStyle
        : (emailStyles[node.tagName] ?? "");
  const { dataAttribution: _, ...props } = node.properties;
  return element(node.tagName, style ? { ...props, style } : props, children);
}

function table(
  props: Properties,
  cells: { props?: Properties; children: ElementContent[] }[],
): Element {
  return element(
    "table",
    {
      role: "presentation",
      width: "100%",
      cellPadding: "0",
      cellSpacing: "0",
      border: "0",
      style: "border-collapse:collapse;",
      ...props,
    },
    cells.map((c) => element("tr", {}, [element("td", c.props ?? {}, c.children)])),
  );
}

function p(style: string, children: ElementContent[]): Element {
  return element("p", { style }, children);
}
function a(href: string, label: string, style = emailStyles["a"] ?? ""): Element {
  return element("a", { href, style }, [text(label)]);
}

function sourceItems(sources: NumberedSource[], style: (s: string) => Properties): Element {
  return element(
    "ol",
    style(emailStyles["ol"] ?? ""),
    sources.map((s) =>
      element("li", { value: String(s.n), ...style(emailStyles["li"] ?? "") }, [
        element(
          "a",
          { href: sourceUrl(s.url), hrefLang: s.lang, ...style(emailStyles["a"] ?? "") },
          [text(s.title)],
        ),
        text(`. ${s.publisher}, ${s.date}.${s.lang === "en" ? "" : " In Japanese."}`),
      ]),
    ),
  );
}

/** The email-safe HTML document for `doc` (see the module comment for the rules it keeps). */
export function toEmailHtml(doc: EmailDoc): string {
  const small = (margin: string) =>
    `margin:${margin};font-family:${sans};font-size:13px;line-height:18px;color:${colour.muted};`;
  const body: ElementContent[] = [];
  body.push(
    p(small("0"), [a(doc.siteUrl, doc.siteTitle, `color:${colour.muted};text-decoration:none;`)]),
  );
  if (doc.from) {
    body.push(
      p(
        `margin:16px 0 0 0;font-family:${sans};font-size:14px;line-height:20px;color:${colour.muted};`,
        [text("From "), a(doc.from.url, doc.from.title)],
      ),
    );
  }
  body.push(
    element(
      "h1",
      {
        style: `margin:${doc.from ? 4 : 16}px 0 12px 0;font-family:${serif};font-size:30px;line-height:36px;font-weight:bold;color:${colour.ink};`,
      },
      [text(doc.title)],
    ),
  );
  if (doc.dek)
    body.push(
      p(
        `margin:0 0 12px 0;font-family:${sans};font-size:18px;line-height:26px;color:${colour.muted};`,
        [text(doc.dek)],
      ),
    );
  body.push(p(small("0 0 20px 0"), [text(`Updated ${doc.updated}`)]));

  for (const part of doc.parts) {
    const content = toPortable(part, doc.url).map((c) => styled(c));
    const heading = part.title
      ? [element("h2", { style: emailStyles["h2"] ?? "" }, [text(part.title)])]
      : [];
    if (part.boxed) {
      const h = part.title
        ? [
            p(
              `margin:0 0 8px 0;font-family:${sans};font-size:13px;line-height:18px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:${colour.accent};`,
              [text(part.title)],
            ),
          ]
        : [];
      body.push(
        table({ style: `border-collapse:collapse;margin:0 0 20px 0;` }, [
          {
            props: {
              bgColor: colour.panel,
              style: `padding:16px 20px;background-color:${colour.panel};border:1px solid ${colour.rule};`,
            },
            children: [...h, ...content],
          },
        ]),
      );
    } else body.push(...heading, ...content);
  }

  body.push(
    table({ width: "auto", style: "border-collapse:collapse;margin:8px 0 24px 0;" }, [
      {
        props: {
          bgColor: colour.accent,
          style: `padding:12px 20px;background-color:${colour.accent};`,
        },
        children: [
          a(
            doc.url,
            doc.from ? "Read the full explainer" : "Read it on the web",
            `font-family:${sans};font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;`,
          ),
        ],
      },
    ]),
  );
  if (doc.sources.length) {
    body.push(element("h2", { style: emailStyles["h2"] ?? "" }, [text("Sources")]));
    body.push(sourceItems(doc.sources, (style) => ({ style })));
  }
  body.push(
    p(`${small("24px 0 0 0")}padding:16px 0 0 0;border-top:1px solid ${colour.rule};`, [
      text("From "),
      a(doc.siteUrl, doc.siteTitle),
      text(". Text under "),
      a(doc.licence.url, doc.licence.name),
      text(": share it with credit and a link to the page."),
    ]),
  );

  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      element("html", { lang: doc.lang }, [
        element("head", {}, [
          element("meta", { charSet: "utf-8" }, []),
          element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }, []),
          element("title", {}, [text(doc.title)]),
        ]),
        element("body", { style: `margin:0;padding:0;background-color:${colour.paper};` }, [
          table({ bgColor: colour.paper }, [
            {
              props: { align: "center", style: "padding:16px 12px;" },
              children: [
                table(
                  { width: "600", style: "border-collapse:collapse;width:100%;max-width:600px;" },
                  [{ props: { align: "left" }, children: body }],
                ),
              ],
            },
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

// ---------------------------------------------------------------------------
// 3. Plain text.

function plainInline(nodes: ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.value;
      if (node.type !== "element") return "";
      if (node.tagName === "sup" && node.properties["dataCite"] !== undefined)
        return citeNumbers(node)
          .map((n) => `[${n}]`)
          .join("");
      if (node.tagName === "br") return "\u0000";
      if (node.tagName === "img") return `[${String(node.properties["alt"] ?? "image")}]`;
      const inner = plainInline(node.children);
      if (node.tagName === "a") {
        const href = String(node.properties["href"] ?? "");
        // Glossary and in-page links read better as plain words; the full page has them.
        return /\/glossary\/#/.test(href) || squash(inner) === href ? inner : `${inner} <${href}>`;
      }
      return inner;
    })
    .join("");
}

function plainBlocks(nodes: ElementContent[], indent = ""): string[] {
  const out: string[] = [];
  let inline: ElementContent[] = [];
  const flush = () => {
    const line = squash(plainInline(inline)).replace(/\s*\u0000\s*/g, `\n${indent}`);
    if (line) out.push(indent + line);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type !== "element" || !blockTags.has(node.tagName)) {
      inline.push(node);
      continue;
    }
    flush();
    const tag = node.tagName;
    if (tag === "ul" || tag === "ol") {
      let n = Number(node.properties["start"] ?? 1);
      const items = node.children.filter((c): c is Element => isElement(c, "li"));
      const lines = items.map((li) => {
        const marker = tag === "ol" ? `${Number(li.properties["value"] ?? n++)}. ` : "- ";
        const body = plainBlocks(li.children, " ".repeat(marker.length)).join("\n");
        return `${indent}${marker}${body.trimStart()}`;
      });
      out.push(lines.join("\n"));
    } else if (tag === "blockquote") {
      out.push(
        plainBlocks(node.children)
          .join("\n\n")
          .split("\n")
          .map((l) => `${indent}> ${l}`.trimEnd())
          .join("\n"),
      );
    } else if (/^h[2-4]$/.test(tag)) {
      const title = squash(plainInline(node.children)).replace(/\s*\u0000\s*/g, ": ");
      out.push(`${indent}${title}\n${indent}${"-".repeat(title.length)}`);
    } else {
      out.push(...plainBlocks(node.children, indent));
    }
  }
  flush();
  return out;
}

/** The plain-text version of `doc`: headings underlined, citations as [n], sources at the end. */
export function toEmailText(doc: EmailDoc): string {
  const blocks: string[] = [doc.siteTitle];
  if (doc.from) blocks.push(`From: ${doc.from.title} <${doc.from.url}>`);
  blocks.push(`${doc.title}\n${"=".repeat(doc.title.length)}`);
  if (doc.dek) blocks.push(doc.dek);
  blocks.push(`Updated ${doc.updated}`);
  for (const part of doc.parts) {
    if (part.title) blocks.push(`${part.title.toUpperCase()}`);
    blocks.push(...plainBlocks(toPortable(part, doc.url)));
  }
  blocks.push(`${doc.from ? "Read the full explainer" : "Read it on the web"}: ${doc.url}`);
  if (doc.sources.length) {
    blocks.push(
      [
        "Sources",
        "-------",
        ...doc.sources.map(
          (s) =>
            `[${s.n}] ${s.title}. ${s.publisher}, ${s.date}.${s.lang === "en" ? "" : " In Japanese."} <${sourceUrl(s.url)}>`,
        ),
      ].join("\n"),
    );
  }
  blocks.push(
    `From ${doc.siteTitle} <${doc.siteUrl}>. Text under ${doc.licence.name} <${doc.licence.url}>: share it with credit and a link to the page.`,
  );
  return `${blocks.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------
// 4. Feed HTML: the same portable content, unstyled, citations linked to the page.

function feedNode(node: ElementContent, pageUrl: string): ElementContent {
  if (node.type !== "element") return node;
  if (node.tagName === "sup" && node.properties["dataCite"] !== undefined) {
    const page = new URL(pageUrl);
    const links: ElementContent[] = citeNumbers(node).map((n) => {
      page.hash = `source-${n}`;
      return element("a", { href: page.href }, [text(`[${n}]`)]);
    });
    return element("sup", {}, links);
  }
  const { dataAttribution: _, ...props } = node.properties;
  return element(
    node.tagName,
    props,
    node.children.map((c) => feedNode(c, pageUrl)),
  );
}

/** The full content of `doc` as plain semantic HTML for a feed's `content:encoded`. */
export function toFeedHtml(doc: EmailDoc): string {
  const children: ElementContent[] = [];
  for (const part of doc.parts) {
    if (part.title) children.push(element("h2", {}, [text(part.title)]));
    children.push(...toPortable(part, doc.url).map((c) => feedNode(c, doc.url)));
  }
  if (doc.sources.length) {
    children.push(element("h2", {}, [text("Sources")]));
    children.push(sourceItems(doc.sources, () => ({})));
  }
  return toHtml({ type: "root", children });
}
