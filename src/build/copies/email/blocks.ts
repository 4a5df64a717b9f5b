/**
 * The email-safe building blocks: hex colours, web-safe fonts, inline styles on
 * every element, tables for layout. `styled` dresses the portable elements.
 */
import type { Element, ElementContent, Properties } from "hast";
import { citeNumbers, element, sourceUrl, text } from "./reduce.ts";
import type { NumberedSource } from "./types";

export const colour = {
  ink: "#1b1c20",
  muted: "#4f525a",
  accent: "#a8231b",
  rule: "#d8d3c8",
  panel: "#f1eee7",
  paper: "#ffffff",
};
/** The dark scheme, for clients that honour `prefers-color-scheme` (see {@link darkStyles}). */
export const darkColour = {
  ink: "#ecebe7",
  muted: "#c4c1ba",
  accent: "#ff9d94",
  rule: "#44464d",
  panel: "#24262b",
  paper: "#17181c",
};

/**
 * The only class names an email file uses, and only for the dark scheme: every light style
 * is inline, so a client that drops `<style>` (or `class`) shows the light file unchanged.
 */
export const darkClasses = { doc: "x-doc", box: "x-box", button: "x-button" } as const;

/**
 * The one `<style>` of an email file: `color-scheme` for clients that read it, and dark
 * colours under `prefers-color-scheme: dark` (Apple Mail, Outlook for macOS and iOS,
 * Thunderbird, …; caniemail lists them). `!important` wins over the inline light colours.
 */
export const darkStyles = (() => {
  const d = darkColour;
  const c = darkClasses;
  const text = ["h1", "h2", "h3", "h4", "p", "li", "ul", "ol", "td", "th", "blockquote", "pre"]
    .map((t) => `.${c.doc} ${t}`)
    .join(",");
  return (
    `:root{color-scheme:light dark;supported-color-schemes:light dark}` +
    `@media (prefers-color-scheme: dark){` +
    `.${c.doc},.${c.doc} table,.${c.doc} td{background-color:${d.paper} !important}` +
    `${text}{color:${d.ink} !important}` +
    `.${c.doc} a{color:${d.accent} !important}` +
    `.${c.doc} sup{color:${d.muted} !important}` +
    `.${c.doc} .${c.box}{background-color:${d.panel} !important;border-color:${d.rule} !important}` +
    `.${c.doc} .${c.button}{background-color:${d.accent} !important}` +
    `.${c.doc} .${c.button} a{color:${d.paper} !important}}`
  );
})();

export const sans = "Arial, Helvetica, sans-serif";
export const serif = "Georgia, Times New Roman, Times, serif";

export const emailStyles: Record<string, string> = {
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

export function styled(node: ElementContent, parent?: string): ElementContent {
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

export function table(
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

export function p(style: string, children: ElementContent[]): Element {
  return element("p", { style }, children);
}
export function a(href: string, label: string, style = emailStyles["a"] ?? ""): Element {
  return element("a", { href, style }, [text(label)]);
}

export function sourceItems(sources: NumberedSource[], style: (s: string) => Properties): Element {
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
