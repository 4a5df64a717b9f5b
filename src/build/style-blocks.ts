/**
 * The `<style>` elements of a built page, found with `indexOf` rather than a regular
 * expression: a lazy `<style[^>]*>([\s\S]*?)<\/style>` walks every character of the
 * stylesheet, and the build looks for a page's styles five times (the per-page CSS four, the
 * search index once), about five times slower at 1,000 explainers. Built pages write the tags
 * in lower case (Astro's compiler does); a style element ends at the first `</style>`, as
 * in HTML.
 */

/** One `<style>` element: where it starts, where its text starts and ends, where it ends. */
interface StyleBlock {
  start: number;
  textStart: number;
  textEnd: number;
  end: number;
}

const closing = "</style>";

/** A character that may follow `<style` in an opening tag: `>` or white space. */
const endsName = (code: number) =>
  code === 62 || code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** The page's `<style>` elements, in document order. */
export function styleBlocks(html: string): StyleBlock[] {
  const blocks: StyleBlock[] = [];
  let from = 0;
  for (;;) {
    const start = html.indexOf("<style", from);
    if (start < 0) return blocks;
    if (!endsName(html.charCodeAt(start + 6))) {
      from = start + 6;
      continue;
    }
    const open = html.indexOf(">", start);
    if (open < 0) return blocks;
    const textEnd = html.indexOf(closing, open + 1);
    if (textEnd < 0) return blocks;
    blocks.push({ start, textStart: open + 1, textEnd, end: textEnd + closing.length });
    from = textEnd + closing.length;
  }
}

/** The text of the page's `<style>` elements, joined in document order ("" when it has none). */
export function styleText(html: string): string {
  return styleBlocks(html)
    .map((b) => html.slice(b.textStart, b.textEnd))
    .join("");
}

/**
 * The page with each `<style>` element replaced by what `replace` returns for it, given its
 * opening tag, its text and its place among the page's style elements (0 for the first).
 */
export function replaceStyles(
  html: string,
  replace: (openTag: string, text: string, index: number) => string,
): string {
  const blocks = styleBlocks(html);
  if (!blocks.length) return html;
  let out = "";
  let last = 0;
  blocks.forEach((b, i) => {
    out += html.slice(last, b.start);
    out += replace(html.slice(b.start, b.textStart), html.slice(b.textStart, b.textEnd), i);
    last = b.end;
  });
  return out + html.slice(last);
}
