/**
 * The reading sizes of an explainer's rendered body and of each of its top-level sections, read
 * from the HTML in one streaming pass (htmlparser2's `Parser`, no tree) instead of from a parsed
 * tree: at 1,000 explainers, parsing every page's body into hast only to count its text cost about
 * a second of the build. It gives what `sizeOf` and `splitTree` (sections.ts, copies/embed.ts) give
 * on the parsed body. htmlparser2 tokenizes as the HTML standard does, but it is not the standard's
 * tree builder, so this declines (returns undefined) wherever a spec parser could build another
 * tree — an end tag htmlparser2 implies or drops, foster-parented table text, markup that leaves
 * an `<svg>`, an element with its own parsing rules, a character reference beyond the plainest —
 * and the caller then parses the page instead.
 */
import { Parser } from "htmlparser2";
import type { ReadingSize } from "./copies/embed";
import { squash } from "./sections";

/** What {@link readingSizes} gives: the whole body's size and each `<h2 id>` section's. */
export interface ReadingSizes {
  body: ReadingSize;
  sections: { id: string; title: string; size: ReadingSize }[];
}

const blockTags = new Set(["p", "li", "h2", "h3", "h4", "blockquote", "figure"]);
/**
 * Start tags a spec parser treats specially in a body (raw text, implied ends, foster parents,
 * renaming), or that htmlparser2 and the standard count differently as void.
 */
const declined = new Set([
  ...["textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"],
  ...["pre", "listing", "template", "select", "option", "optgroup", "form", "math", "html"],
  ...["body", "head", "frameset", "image", "isindex", "nobr", "font", "rb", "rt", "rp"],
  ...["bgsound", "command", "frame"],
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
/** Start tags that end an `<svg>` in a spec parser (and HTML integration points). */
const leavesSvg = new Set([
  ...["b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em"],
  ...["embed", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p"],
  ...["pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u"],
  ...["ul", "var", "font", "foreignobject", "math"],
]);
const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Raw text in a body: htmlparser2 and the standard both read it up to its end tag. */
const rawTextTags = new Set(["script", "style"]);

/**
 * True for a character reference this reader leaves decoded as htmlparser2 decodes it: the five
 * XML names and numeric references to plain characters. Others (named references beyond those,
 * control and C1 codes, a bare `&`) are where two parsers' tables and error handling could part.
 */
function isPlainReference(raw: string): boolean {
  const m = /^&(?:(?:amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));$/.exec(raw);
  if (!m) return false;
  if (m[1] === undefined && m[2] === undefined) return true;
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  return (
    code === 9 || code === 10 || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0xd800)
  );
}

/** True when every `&` of a tag's source starts a plain character reference. */
const plainReferencesIn = (source: string) =>
  !source.includes("&") ||
  (source.match(/&[^&\s]*?;|&/g) ?? []).every((ref) => isPlainReference(ref));

interface Frame {
  tag: string;
  /** Its text is not reading text (buttons, popovers, drawings, scripts, citation markers). */
  skipped: boolean;
  /** Where its text starts in `pieces`: a citation marker's is taken out when it closes. */
  start: number;
  /** For a `<sup>`: the href of its first child `<a>` (null before one is seen). */
  firstLink: string | null;
  /** Where its start tag ends in the source: a void or self-closed element closes there. */
  end: number;
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

/** Why a start tag is left to a spec parser in this place (true), or false when it is not. */
function isReshaped(name: string, stack: Frame[], parent: Frame | undefined): boolean {
  if (stack.some((f) => f.tag === "svg")) return leavesSvg.has(name) || blockTags.has(name);
  if (declined.has(name) || (name === "a" && stack.some((f) => f.tag === "a"))) return true;
  if (closesP.has(name) && stack.some((f) => f.tag === "p")) return true;
  if (headingTags.has(name) && stack.some((f) => headingTags.has(f.tag))) return true;
  if (name === "li" && closesLi(stack)) return true;
  if (name === "button" && stack.some((f) => f.tag === "button")) return true;
  if ((name === "dd" || name === "dt") && stack.some((f) => f.tag === "dd" || f.tag === "dt"))
    return true;
  const tableParent = tableParents[name];
  if (tableParent && !tableParent.includes(parent?.tag ?? "")) return true;
  return tableContexts.has(parent?.tag ?? "") && !tableParent && !rawTextTags.has(name);
}

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
  let declines = false;
  // Where the next event must start: htmlparser2 drops some tokens without an event (an end tag
  // with nothing open to close, a void element's end tag), and a spec parser might not.
  let next = 0;
  const parser: Parser = new Parser({
    onopentag(name, attributes, isImplied) {
      const parent = stack.at(-1);
      if (
        isImplied ||
        parser.startIndex !== next ||
        isReshaped(name, stack, parent) ||
        !plainReferencesIn(html.slice(parser.startIndex, parser.endIndex + 1))
      )
        return decline();
      next = parser.endIndex + 1;
      const id = attributes["id"];
      if (stack.length === 0 && name === "h2" && id)
        cuts.push({
          id,
          startPiece: pieces.length,
          startBlocks: blocks,
          endPiece: -1,
          endBlocks: -1,
        });
      if (blockTags.has(name)) blocks++;
      if (parent?.tag === "sup" && name === "a" && parent.firstLink === null)
        parent.firstLink = attributes["href"] ?? "";
      const skipped =
        !!parent?.skipped ||
        ["button", "svg", "script", "style"].includes(name) ||
        Object.hasOwn(attributes, "popover");
      stack.push({ tag: name, skipped, start: pieces.length, firstLink: null, end: next });
    },
    onclosetag(name, isImplied) {
      const open = stack.pop();
      if (open?.tag !== name) return decline();
      if (isImplied) {
        // Only a void element, or one self-closed in an <svg>, closes where its start tag ends.
        if (open.end !== parser.endIndex + 1) return decline();
      } else {
        // A well-formed end tag, "</" and its name, where the last token ended.
        if (parser.startIndex !== next || parser.endIndex - next !== name.length + 2)
          return decline();
        next = parser.endIndex + 1;
      }
      if (name === "sup" && /^#source-\d+$/.test(open.firstLink ?? "")) pieces.length = open.start;
      const cut = cuts.at(-1);
      if (stack.length === 0 && name === "h2" && cut && cut.endPiece < 0) {
        cut.endPiece = pieces.length;
        cut.endBlocks = blocks;
      }
    },
    ontext(value) {
      if (parser.startIndex !== next) return decline();
      const raw = html.slice(next, parser.endIndex + 1);
      next = parser.endIndex + 1;
      const parent = stack.at(-1);
      if (parent?.skipped) {
        // In an <svg>, htmlparser2 still reads <title>, <style> and <script> as raw text; a spec
        // parser reads tags there. In a script, "<!--" starts escapes htmlparser2 does not know.
        const inSvg = stack.some((f) => f.tag === "svg");
        if ((inSvg && value.includes("<")) || (parent.tag === "script" && value.includes("<!--")))
          return decline();
        if (rawTextTags.has(parent.tag)) return;
      }
      if (raw.includes("&") && !isPlainReference(raw)) return decline();
      // Text inside a table but outside its cells moves before the table; only white space stays.
      if (tableContexts.has(parent?.tag ?? "") && /[^\t\n\f ]/.test(value)) return decline();
      if (!parent?.skipped) pieces.push(value);
    },
    oncomment() {
      const raw = html.slice(parser.startIndex, parser.endIndex + 1);
      if (parser.startIndex !== next || !/^<!--[\s\S]*-->$/.test(raw) || raw.includes("--!>"))
        return decline();
      next = parser.endIndex + 1;
    },
    onprocessinginstruction: () => decline(), // a doctype or bogus comment
  });
  function decline() {
    declines = true;
    parser.pause();
  }
  parser.end(html);
  if (declines || stack.length || next !== html.length) return undefined;
  return {
    body: { chars: joined(pieces, 0).length, blocks },
    sections: cuts.map((cut, i) => {
      const following = cuts[i + 1];
      return {
        id: cut.id,
        title: joined(pieces, cut.startPiece, cut.endPiece),
        size: {
          chars: joined(pieces, cut.endPiece, following?.startPiece).length,
          blocks: (following?.startBlocks ?? blocks) - cut.endBlocks,
        },
      };
    }),
  };
}
