/**
 * A quick parse of HTML the build rendered itself, for measuring it: every explainer's body is
 * parsed once per build to size its embeds (`panelCards`), and a full HTML parser spends about a
 * millisecond on each. Well-formed markup — every element closed where it was opened, nothing a
 * parser would have to repair — gives the same tree with a stack of open elements. Anything else
 * (a block inside a paragraph, tables, raw text other than scripts and styles, an entity it does
 * not know, a stray `<`) answers `undefined`, and the caller uses the full parser. Of the
 * attributes it keeps only those the measuring reads: `id`, `href` and `popover`.
 */
import type { Element, ElementContent, Root } from "hast";

/** A set of the words of a list. */
const words = (list: string) => new Set(list.split(" "));

const voidTags = words(
  "area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound",
);
/** Elements the HTML parser treats in ways a stack cannot follow: left to the full parser. */
const repaired = words(
  "html head body frameset frame select option optgroup datalist rp rt rb rtc template noscript iframe noembed noframes plaintext xmp textarea title pre listing image math nobr ruby font",
);
/** Start tags that close an open `<p>` (an element a paragraph cannot hold). */
const closesParagraph = words(
  "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup hr main menu nav ol p search section summary table ul h1 h2 h3 h4 h5 h6 li dd dt",
);
/** HTML elements that end an `<svg>` where they start. */
const leavesSvg = words(
  "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var",
);
/** What a table's parts may hold directly; anything else the parser moves out of the table. */
const tableParts: Record<string, string[]> = {
  table: ["caption", "colgroup", "thead", "tbody", "tfoot"],
  thead: ["tr"],
  tbody: ["tr"],
  tfoot: ["tr"],
  tr: ["td", "th"],
  colgroup: ["col"],
};
const inTableOnly = new Set(Object.values(tableParts).flat());
const headings = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decoded text, or undefined when it holds a character reference this does not know. */
function decode(text: string): string | undefined {
  if (!text.includes("&")) return text;
  let unknown = false;
  const out = text.replace(
    /&(?:#(\d{1,6})|#x([\da-f]{1,6})|([a-z]+));|&/gi,
    (ref, dec, hex, name) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      // Control characters and surrogates are remapped or refused by the parser.
      const plain =
        code !== undefined &&
        (code === 9 ||
          code === 10 ||
          (code >= 0x20 && code < 0x7f) ||
          (code >= 0xa0 && code < 0xd800));
      if (plain) return String.fromCharCode(code);
      if (code !== undefined) unknown = true;
      const named = name ? entities[name as string] : undefined;
      if (named === undefined) unknown = true;
      return named ?? ref;
    },
  );
  return unknown ? undefined : out;
}

const tokenPattern =
  /<!--[\s\S]*?-->|<\/([a-z][a-z0-9-]*)\s*>|<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<|[^<]+/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes the measuring code reads, or undefined when one cannot be decoded. */
function properties(source: string): Element["properties"] | undefined {
  const props: Element["properties"] = {};
  attributePattern.lastIndex = 0;
  for (let m = attributePattern.exec(source); m; m = attributePattern.exec(source)) {
    const name = m[1]!.toLowerCase();
    const value = decode(m[2] ?? m[3] ?? m[4] ?? "");
    if (value === undefined) return undefined;
    if ((name === "id" || name === "href" || name === "popover") && !(name in props))
      props[name] = value;
  }
  return props;
}

/** `html` (a fragment the build rendered) as hast, or undefined where the full parser is needed. */
export function parseRendered(html: string): Root | undefined {
  const root: Root = { type: "root", children: [] };
  const stack: (Root | Element)[] = [root];
  const open: string[] = [];
  let svg = 0;
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(html); m; m = tokenPattern.exec(html)) {
    const token = m[0];
    const parent = stack.at(-1)!;
    if (token.startsWith("<!--")) {
      (parent.children as ElementContent[]).push({ type: "comment", value: token.slice(4, -3) });
      continue;
    }
    if (m[1]) {
      if (open.at(-1) !== m[1]) return undefined;
      if (m[1] === "svg") svg--;
      open.pop();
      stack.pop();
    } else if (m[2]) {
      const tag = m[2];
      if (svg > 0 ? leavesSvg.has(tag) || tag === "font" : repaired.has(tag)) return undefined;
      if ((tag === "button" || tag === "form") && open.includes(tag)) return undefined;
      if (closesParagraph.has(tag) && open.includes("p")) return undefined;
      if (headings.has(tag) && headings.has(open.at(-1) ?? "")) return undefined;
      if (tag === "a" && open.includes("a")) return undefined;
      const within = tableParts[open.at(-1) ?? ""];
      if (within ? !within.includes(tag) : inTableOnly.has(tag)) return undefined;
      const lastTerm = Math.max(open.lastIndexOf("dd"), open.lastIndexOf("dt"));
      if ((tag === "dd" || tag === "dt") && lastTerm > open.lastIndexOf("dl")) return undefined;
      if (
        tag === "li" &&
        open.lastIndexOf("li") > Math.max(open.lastIndexOf("ul"), open.lastIndexOf("ol"))
      )
        return undefined;
      const props = properties(m[3] ?? "");
      if (!props) return undefined;
      const element: Element = { type: "element", tagName: tag, properties: props, children: [] };
      parent.children.push(element);
      const selfClosing = m[4] === "/";
      if (voidTags.has(tag) || (selfClosing && svg > 0)) continue;
      if (selfClosing) return undefined;
      if (tag === "script" || tag === "style") {
        if (svg > 0) return undefined; // markup there, not raw text
        const end = html.indexOf(`</${tag}>`, tokenPattern.lastIndex);
        if (end < 0) return undefined;
        const text = html.slice(tokenPattern.lastIndex, end);
        if (text) element.children.push({ type: "text", value: text });
        tokenPattern.lastIndex = end + tag.length + 3;
        continue;
      }
      if (tag === "svg") svg++;
      stack.push(element);
      open.push(tag);
    } else if (token === "<" || token.includes("\0") || token.includes("\r")) {
      return undefined;
    } else if (tableParts[open.at(-1) ?? ""] && /[^ \t\n\f\r]/.test(token)) {
      return undefined; // text the parser would move out of the table
    } else {
      const value = decode(token);
      if (value === undefined) return undefined;
      const last = parent.children.at(-1);
      if (last?.type === "text") last.value += value;
      else (parent.children as ElementContent[]).push({ type: "text", value });
    }
  }
  return open.length ? undefined : root;
}
