import { formatPartialDate } from "../../lib/dates.ts";
import { addJapaneseTokens, withTokens } from "../../lib/search/search-text.ts";
import { replaceStyles } from "../style-blocks.ts";

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
    japanese ? `Japanese: ${withTokens(japanese)}.` : "",
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

/** Any character of a Japanese script (all lie above U+2E80), or a surrogate half. */
const maybeJapanese = /[\u2e80-\uffff]/;

/**
 * The HTML Pagefind indexes for a page: the page itself with each Japanese term
 * in its text followed, where it stands, by its parts in token marks (Pagefind
 * splits words at spaces, and Japanese has none). In place, so a match on a
 * part belongs to the section that holds the term; in marks, so excerpts can
 * leave the tokens out. Readers' pages are not changed.
 */
export function withJapaneseTokens(html: string): string {
  const body = html.search(/<body[\s>]/i);
  if (body < 0) return html;
  let skip = false;
  const rest = html.slice(body).replace(/(<[^>]*>)|([^<]+)/g, (_, tag?: string, text?: string) => {
    if (tag) {
      if (/^<(script|style)[\s>]/i.test(tag)) skip = true;
      else if (/^<\/(script|style)>/i.test(tag)) skip = false;
      return tag;
    }
    // Most runs of text have no Japanese: a quick test spares them the slower one.
    return skip || !text || !maybeJapanese.test(text) ? (text ?? "") : addJapaneseTokens(text);
  });
  return html.slice(0, body) + rest;
}

/**
 * The page as Pagefind is given it: {@link withJapaneseTokens}, without the text of its
 * inline stylesheets, which Pagefind never indexes (about a third of a page before the
 * per-page CSS step, sent to Pagefind's process and parsed there for nothing).
 */
export function pagefindHtml(html: string): string {
  return withJapaneseTokens(replaceStyles(html, (openTag) => `${openTag}</style>`));
}
