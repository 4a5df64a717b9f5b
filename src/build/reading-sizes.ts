/**
 * The reading sizes of an explainer's rendered body and of each of its top-level sections, read
 * from the HTML in one pass instead of from a parsed tree: at 1,000 explainers, parsing every
 * page's body into hast only to count its text cost about a second of the build. It gives what
 * `sizeOf` and `splitTree` (sections.ts, copies/embed.ts) give on the parsed body, and declines
 * (returns undefined) wherever an HTML parser would reshape the markup — an implied end tag,
 * foster-parented table text, a raw-text element, an entity it does not know — so that the
 * caller parses the page instead.
 */
import type { ReadingSize } from "./copies/embed";
import { squash } from "./sections";

/** What {@link readingSizes} gives: the whole body's size and each `<h2 id>` section's. */
export interface ReadingSizes {
  body: ReadingSize;
  sections: { id: string; title: string; size: ReadingSize }[];
}

const blockTags = new Set(["p", "li", "h2", "h3", "h4", "blockquote", "figure"]);
const voidTags = new Set([
  ...["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"],
  ...["track", "wbr"],
]);
/** Start tags an HTML parser treats specially in a body (raw text, implied ends, foster parents). */
const declined = new Set([
  ...["textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"],
  ...["pre", "listing", "template", "select", "option", "optgroup", "form", "math", "html"],
  ...["body", "head", "frameset", "image", "isindex", "nobr", "font", "rb", "rt", "rp"],
]);
/** Table parts, each only in its own parent: elsewhere a parser would move or add elements. */
const tableParents: Record<string, string[]> = {
  caption: ["table"],
  colgroup: ["table"],
  col: ["colgroup", "table"],
  thead: ["table"],
  tbody: ["table"],
  tfoot: ["table"],
  tr: ["table", "thead", "tbody", "tfoot"],
  td: ["tr"],
  th: ["tr"],
};
/** Elements whose children are only table parts (and white space). */
const tableContexts = new Set(["table", "thead", "tbody", "tfoot", "tr", "colgroup"]);
/** Tags that close an open `<p>` when they start (the parser's implied `</p>`). */
const closesP = new Set([
  ...["address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset"],
  ...["figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"],
  ...["hr", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "li"],
  ...["table", "dd", "dt"],
]);
const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its character references decoded; undefined for one this reader does not know. */
function decode(text: string): string | undefined {
  if (!text.includes("&")) return text;
  let unknown = false;
  const out = text.replace(
    /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]+));|&/g,
    (m, d, x, n) => {
      const code = d ? Number(d) : x ? parseInt(x, 16) : undefined;
      // Control characters, C1 codes (read as windows-1252) and surrogates are left to a parser.
      const plain =
        code === 9 ||
        code === 10 ||
        (code! >= 0x20 && code! < 0x7f) ||
        (code! >= 0xa0 && code! < 0xd800);
      if (code !== undefined && plain) return String.fromCodePoint(code);
      if (n && entities[n]) return entities[n];
      unknown = true;
      return m;
    },
  );
  return unknown ? undefined : out;
}

const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of a start tag (names lowercased, values decoded); undefined when unreadable. */
function attributesOf(source: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  attributePattern.lastIndex = 0;
  for (let m = attributePattern.exec(source); m; m = attributePattern.exec(source)) {
    const value = decode(m[2] ?? m[3] ?? m[4] ?? "");
    if (value === undefined) return undefined;
    const name = m[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, value);
  }
  return found;
}

interface Frame {
  tag: string;
  /** Its text is not reading text (buttons, popovers, drawings, citation markers). */
  skipped: boolean;
  /** Where its text starts in `pieces`: a citation marker's is taken out when it closes. */
  start: number;
  /** For a `<sup>`: the href of its first child `<a>` (null before one is seen). */
  firstLink: string | null;
}

/** Where a top-level `<h2 id>` starts and ends, in reading text pieces and blocks counted. */
interface Cut {
  id: string;
  startPiece: number;
  startBlocks: number;
  endPiece: number;
  endBlocks: number;
}

/** Reading text of `pieces` from `from` to `to`, white space collapsed. */
const joined = (pieces: string[], from: number, to?: number) =>
  squash(pieces.slice(from, to).join(""));

/** True when starting an `<li>` would close an open one (an `<li>` in list item scope). */
const closesLi = (stack: Frame[]) => {
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = stack[i]!.tag;
    if (tag === "li") return true;
    if (tag === "ol" || tag === "ul") return false;
  }
  return false;
};

/**
 * The reading sizes of a rendered explainer body (an HTML fragment), or undefined when the
 * fragment holds markup this reader leaves to a parser.
 */
export function readingSizes(html: string): ReadingSizes | undefined {
  if (html.includes("\r") || html.includes("\0")) return undefined;
  const pieces: string[] = []; // reading text, in document order
  const stack: Frame[] = [];
  const cuts: Cut[] = [];
  let blocks = 0;
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<[!?/]/g;
  let at = 0;
  const text = (raw: string): boolean => {
    if (!raw) return true;
    const value = decode(raw);
    if (value === undefined) return false;
    // Text inside a table but outside its cells moves before the table; only white space stays.
    if (tableContexts.has(stack.at(-1)?.tag ?? "") && /[^\t\n\f ]/.test(value)) return false;
    if (!stack.at(-1)?.skipped) pieces.push(value);
    return true;
  };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!text(html.slice(at, m.index))) return undefined;
    at = tag.lastIndex;
    if (m[0].startsWith("<!--")) continue;
    if (m[2] === undefined) return undefined; // a doctype, bogus comment or stray "</"
    const name = m[2].toLowerCase();
    if (m[1]) {
      const open = stack.pop();
      if (open?.tag !== name) return undefined; // mismatched: a parser would repair it
      if (name === "sup" && /^#source-\d+$/.test(open.firstLink ?? "")) pieces.length = open.start;
      const cut = cuts.at(-1);
      if (stack.length === 0 && name === "h2" && cut && cut.endPiece < 0) {
        cut.endPiece = pieces.length;
        cut.endBlocks = blocks;
      }
      continue;
    }
    const attributes = attributesOf(m[3] ?? "");
    if (!attributes) return undefined;
    const parent = stack.at(-1);
    if (stack.some((f) => f.tag === "svg")) {
      if (name === "foreignobject" || blockTags.has(name) || closesP.has(name)) return undefined;
      if (!m[3]?.trimEnd().endsWith("/"))
        stack.push({ tag: name, skipped: true, start: pieces.length, firstLink: null });
      continue;
    }
    if (declined.has(name) || (name === "a" && stack.some((f) => f.tag === "a"))) return undefined;
    if (closesP.has(name) && stack.some((f) => f.tag === "p")) return undefined;
    if (headingTags.has(name) && stack.some((f) => headingTags.has(f.tag))) return undefined;
    if (name === "li" && closesLi(stack)) return undefined;
    if (name === "button" && stack.some((f) => f.tag === "button")) return undefined;
    if ((name === "dd" || name === "dt") && stack.some((f) => f.tag === "dd" || f.tag === "dt"))
      return undefined;
    const tableParent = tableParents[name];
    if (tableParent && !tableParent.includes(parent?.tag ?? "")) return undefined;
    if (
      tableContexts.has(parent?.tag ?? "") &&
      !tableParent &&
      name !== "script" &&
      name !== "style"
    )
      return undefined;
    if (stack.length === 0 && name === "h2" && attributes.get("id")) {
      cuts.push({
        id: attributes.get("id")!,
        startPiece: pieces.length,
        startBlocks: blocks,
        endPiece: -1,
        endBlocks: -1,
      });
    }
    if (blockTags.has(name)) blocks++;
    if (parent?.tag === "sup" && name === "a" && parent.firstLink === null)
      parent.firstLink = attributes.get("href") ?? "";
    if (voidTags.has(name)) continue;
    const skipped =
      !!parent?.skipped || name === "button" || name === "svg" || attributes.has("popover");
    stack.push({ tag: name, skipped, start: pieces.length, firstLink: null });
    if (name === "script" || name === "style") {
      // Raw text up to the end tag, which the next match closes.
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      if (end < 0) return undefined;
      tag.lastIndex = at = end;
    }
  }
  if (!text(html.slice(at)) || stack.length) return undefined;
  return {
    body: { chars: joined(pieces, 0).length, blocks },
    sections: cuts.map((cut, i) => {
      const next = cuts[i + 1];
      return {
        id: cut.id,
        title: joined(pieces, cut.startPiece, cut.endPiece),
        size: {
          chars: joined(pieces, cut.endPiece, next?.startPiece).length,
          blocks: (next?.startBlocks ?? blocks) - cut.endBlocks,
        },
      };
    }),
  };
}
