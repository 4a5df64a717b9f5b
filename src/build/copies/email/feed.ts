/** Feed HTML: the same portable content, unstyled, citations linked to the page's source list. */
import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { sourceItems } from "./blocks.ts";
import { citeNumbers, element, text, toPortable } from "./reduce.ts";
import type { EmailDoc } from "./types";

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
