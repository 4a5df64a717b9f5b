/** The plain-text email: headings underlined, lists marked, citations as [n], sources at the end. */
import type { Element, ElementContent } from "hast";
import { isElement, squash } from "../../sections.ts";
import { blockTags, citeNumbers, sourceUrl, toPortable } from "./reduce.ts";
import type { EmailDoc } from "./types";

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
    blocks.push(...plainBlocks(toPortable(part, doc.url, doc.numbers)));
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
