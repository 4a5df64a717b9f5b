/**
 * The paste copy: what "Copy for newsletter" puts on the clipboard for a newsletter
 * editor (Tiptap/ProseMirror, Quill, Lexical, Substack, Mailchimp, …), apart from the email
 * file. Plain semantic HTML — headings, paragraphs, lists, block quotes, links and a source
 * list — with no layout tables, no inline styles (an editor drops them or, in a page with a
 * strict CSP, the browser reports each one) and citations as text, "[3]", linked to the
 * source, so they survive an editor that drops superscript. A section's copy numbers its
 * citations from 1 with its own source list, since editors renumber every list from 1.
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { citeNumbers, element, sourceUrl, text, toPortable } from "./reduce.ts";
import type { EmailDoc, NumberedSource } from "./types";

/** Page-wide citation numbers in the order `doc` first cites them. */
function citationOrder(doc: EmailDoc): number[] {
  const order = new Set<number>();
  const walk = (node: ElementContent) => {
    if (node.type !== "element") return;
    if (node.tagName === "sup") citeNumbers(node).forEach((n) => order.add(n));
    node.children.forEach(walk);
  };
  for (const part of doc.parts) toPortable(part, doc.url).forEach(walk);
  return [...order];
}

/**
 * `doc` with its citations numbered from 1 in the order it first cites them, its source
 * list in that order, so a section's first citation is "[1]", the first item of its list.
 */
export function ownNumbers(doc: EmailDoc): EmailDoc {
  const byNumber = new Map(doc.sources.map((s) => [s.n, s]));
  const order = citationOrder(doc).filter((n) => byNumber.has(n));
  // Sources listed but never cited in the text (none today) keep their place at the end.
  for (const s of doc.sources) if (!order.includes(s.n)) order.push(s.n);
  const numbers = new Map(order.map((n, i) => [n, i + 1]));
  return {
    ...doc,
    numbers,
    sources: order.flatMap((n, i) => {
      const s = byNumber.get(n);
      return s ? [{ ...s, n: i + 1 }] : [];
    }),
  };
}

function pasteNode(node: ElementContent, sources: Map<number, NumberedSource>): ElementContent[] {
  if (node.type !== "element") return [node];
  if (node.tagName === "sup" && node.properties["dataCite"] !== undefined) {
    // "[3]" as text: an editor without superscript keeps the brackets, so it never reads as a digit.
    return citeNumbers(node).map((n) => {
      const source = sources.get(n);
      return source
        ? element("a", { href: sourceUrl(source.url) }, [text(`[${n}]`)])
        : text(`[${n}]`);
    });
  }
  // Editors lay tables out as columns side by side: a table becomes a list, one row an item,
  // its cells joined ("Oversight commission: not confirmed …").
  if (node.tagName === "table") {
    const rows: Element[] = [];
    const collect = (n: ElementContent) => {
      if (n.type !== "element") return;
      if (n.tagName === "tr") rows.push(n);
      else n.children.forEach(collect);
    };
    node.children.forEach(collect);
    const items = rows
      // The header row names the columns; each item says them in its own words.
      .filter((row) => row.children.some((c) => c.type === "element" && c.tagName === "td"))
      .map((row) => {
        const cells = row.children.filter((c): c is Element => c.type === "element");
        const joined = cells.flatMap((cell, i) => [
          ...(i > 0 ? [text(i === 1 ? ": " : "; ")] : []),
          ...cell.children.flatMap((c) => pasteNode(c, sources)),
        ]);
        return element("li", {}, joined);
      });
    return [element("ul", {}, items)];
  }
  // A quotation's attribution is a line of its own after the quote.
  const { dataAttribution: _, ...props } = node.properties;
  return [
    element(
      node.tagName,
      props,
      node.children.flatMap((c) => pasteNode(c, sources)),
    ),
  ];
}

function sourceList(sources: NumberedSource[]): Element {
  // No `value` attributes: editors renumber from 1, so the list is in number order from 1.
  return element(
    "ol",
    {},
    sources.map((s) =>
      element("li", {}, [
        element("a", { href: sourceUrl(s.url), hrefLang: s.lang }, [text(s.title)]),
        text(`. ${s.publisher}, ${s.date}.${s.lang === "en" ? "" : " In Japanese."}`),
      ]),
    ),
  );
}

/** The paste copy of `doc` as an HTML document (see the module comment). */
export function toPasteHtml(source: EmailDoc): string {
  const doc = ownNumbers(source);
  const byNumber = new Map(doc.sources.map((s) => [s.n, s]));
  const body: ElementContent[] = [element("h1", {}, [text(doc.title)])];
  if (doc.from)
    body.push(
      element("p", {}, [
        text("From "),
        element("a", { href: doc.from.url }, [text(doc.from.title)]),
        text(`, ${doc.siteTitle}`),
      ]),
    );
  if (doc.dek) body.push(element("p", {}, [element("em", {}, [text(doc.dek)])]));
  for (const part of doc.parts) {
    if (part.title) body.push(element("h2", {}, [text(part.title)]));
    const content = toPortable(part, doc.url, doc.numbers);
    body.push(...content.flatMap((c) => pasteNode(c, byNumber)));
  }
  body.push(
    element("p", {}, [
      element("a", { href: doc.url }, [
        text(doc.from ? "Read the full explainer" : "Read it on the web"),
      ]),
      text(` (updated ${doc.updated})`),
    ]),
  );
  if (doc.sources.length) {
    body.push(element("h2", {}, [text("Sources")]), sourceList(doc.sources));
  }
  body.push(
    element("p", {}, [
      text("From "),
      element("a", { href: doc.siteUrl }, [text(doc.siteTitle)]),
      text(". Text under "),
      element("a", { href: doc.licence.url }, [text(doc.licence.name)]),
      text(": share it with credit and a link to the page."),
    ]),
  );
  return `${toHtml({
    type: "root",
    children: [
      { type: "doctype" },
      element("html", { lang: doc.lang }, [
        element("head", {}, [
          element("meta", { charSet: "utf-8" }, []),
          element("title", {}, [text(doc.title)]),
        ]),
        element("body", {}, body),
      ]),
    ],
  })}\n`;
}
