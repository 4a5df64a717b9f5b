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

/** The next character of a Japanese script (all lie above U+2E80), or a surrogate half. */
const nextJapanese = /[\u2e80-\uffff]/g;

/**
 * The HTML Pagefind indexes for a page: the page itself with each Japanese term
 * in its text followed, where it stands, by its parts in token marks (Pagefind
 * splits words at spaces, and Japanese has none). In place, so a match on a
 * part belongs to the section that holds the term; in marks, so excerpts can
 * leave the tokens out. Readers' pages are not changed.
 *
 * Walks the body's tags (`<` to the next `>`) and runs of text between them with `indexOf`,
 * changing only the runs that hold a Japanese character, outside scripts and styles; one
 * `replace` with a callback for every tag and run took three to five times as long.
 */
export function withJapaneseTokens(html: string): string {
  const body = html.search(/<body[\s>]/i);
  if (body < 0) return html;
  const nextJapaneseFrom = (from: number) => {
    nextJapanese.lastIndex = from;
    return nextJapanese.exec(html)?.index ?? html.length;
  };
  let japaneseAt = nextJapaneseFrom(body);
  let out = "";
  let copied = body; // html before this is in `out` (from `body` on)
  let skip = false; // inside a script or style
  for (let at = body; at < html.length;) {
    if (html.charCodeAt(at) === 60 /* < */) {
      const close = html.indexOf(">", at + 1);
      if (close < 0) {
        at += 1; // a "<" that opens no tag is text
        continue;
      }
      const next = html.charCodeAt(at + 1);
      if (next === 115 /* s */ || next === 83 /* S */ || next === 47 /* / */) {
        const tag = html.slice(at, close + 1);
        if (/^<(script|style)[\s>]/i.test(tag)) skip = true;
        else if (/^<\/(script|style)>/i.test(tag)) skip = false;
      }
      at = close + 1;
      continue;
    }
    let end = html.indexOf("<", at);
    if (end < 0) end = html.length;
    if (japaneseAt < at) japaneseAt = nextJapaneseFrom(at);
    if (!skip && japaneseAt < end) {
      out += html.slice(copied, at) + addJapaneseTokens(html.slice(at, end));
      copied = end;
    }
    at = end;
  }
  return html.slice(0, body) + out + html.slice(copied);
}

/**
 * The page as Pagefind is given it: {@link withJapaneseTokens}, without the text of its
 * inline stylesheets, which Pagefind never indexes (about a third of a page before the
 * per-page CSS step, sent to Pagefind's process and parsed there for nothing).
 */
export function pagefindHtml(html: string): string {
  return withJapaneseTokens(replaceStyles(html, (openTag) => `${openTag}</style>`));
}
