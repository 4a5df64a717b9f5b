import { formatPartialDate } from "../../lib/dates";
import { japaneseIndexTokens } from "../../lib/search-text";

/** A record Pagefind indexes on its own (Pagefind's `addCustomRecord` input). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** A glossary term as its own search result, landing on its anchor on /glossary/. */
export function glossaryRecord(id: string, data: Record<string, unknown>): SearchRecord {
  const japanese = text(data["japanese"]);
  const aliases = list(data["aliases"]);
  const content = [
    text(data["term"]),
    japanese ? `Japanese: ${japaneseIndexTokens(japanese).join(" ")}.` : "",
    aliases.length ? `Also called: ${aliases.join(", ")}.` : "",
    text(data["definition"]),
  ]
    .filter(Boolean)
    .join(" ");
  return {
    url: `/glossary/#${id}`,
    content,
    language: "en",
    meta: { title: text(data["term"]), kind: "Glossary term" },
    filters: { kind: ["Glossary term"] },
  };
}

/** A timeline event as its own search result, landing on its anchor on /history/. */
export function timelineRecord(id: string, data: Record<string, unknown>): SearchRecord {
  const date = text(data["date"]);
  const title = text(data["title"]);
  return {
    url: `/timeline/#event-${id}`,
    content: `${title}. ${formatPartialDate(date)}. ${text(data["summary"])}`,
    language: "en",
    meta: { title: `${title} (${formatPartialDate(date)})`, kind: "Timeline event" },
    filters: { kind: ["Timeline event"] },
  };
}

const voidTags = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * The text Pagefind will index: inside `data-pagefind-body` elements, outside
 * `data-pagefind-ignore` ones, without scripts and styles.
 */
export function indexedText(html: string): string {
  const out: string[] = [];
  const stack: { tag: string; body: boolean; ignore: boolean }[] = [];
  const tagPattern = /<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  const state = () => stack.at(-1) ?? { tag: "", body: false, ignore: false };
  for (const m of html.matchAll(tagPattern)) {
    const { body, ignore } = state();
    if (body && !ignore) out.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, rawTag = "", attrs = "", selfClosing] = m;
    const tag = rawTag.toLowerCase();
    if (!rawTag || voidTags.has(tag) || selfClosing) continue;
    if (closing) {
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    const skip = tag === "script" || tag === "style" || /\sdata-pagefind-ignore/.test(attrs);
    stack.push({ tag, body: body || /\sdata-pagefind-body/.test(attrs), ignore: ignore || skip });
  }
  return out.join(" ");
}

/**
 * The HTML Pagefind indexes for a page: the page itself plus, inside its
 * searchable body, the Japanese terms it contains split into their parts
 * (Pagefind splits words at spaces, and Japanese has none).
 */
export function withJapaneseTokens(html: string): string {
  const tokens = japaneseIndexTokens(indexedText(html));
  const end = bodyEnd(html);
  if (!tokens.length || end === undefined) return html;
  // At the end of the body, so excerpts of other matches do not start with it.
  return `${html.slice(0, end)}<p data-pagefind-weight="2">${tokens.join(" ")}</p>${html.slice(end)}`;
}

/** Index of the closing tag of the first `data-pagefind-body` element. */
function bodyEnd(html: string): number | undefined {
  const open = html.match(/<([a-z][\w-]*)[^>]*\sdata-pagefind-body[^>]*>/);
  if (!open || open.index === undefined) return undefined;
  const tag = open[1] ?? "";
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
  pattern.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return undefined;
}
