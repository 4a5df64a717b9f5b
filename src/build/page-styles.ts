import { withExactHashes } from "./csp-hashes.ts";
import { pruneCss } from "./css-prune.ts";
import { replaceStyles, styleText } from "./style-blocks.ts";

/** The page's inline stylesheets, joined in document order ("" when it has none). */
export function inlineStyles(html: string): string {
  return styleText(html);
}

/**
 * A built page with only the CSS its own markup can use inlined (one `<style>`), the whole
 * stylesheet's address in `<html data-styles>` for scripts that build markup later
 * (`browser/full-styles.ts`), and a CSP whose hashes match the new inline style.
 * `fullStylesHref` is where the whole stylesheet `css` is served; `searchStylesHref`, where
 * the search dialog's part of it is (`build/search/search-styles.ts`).
 */
export function withOwnStyles(
  html: string,
  css: string,
  fullStylesHref: string,
  searchStylesHref?: string,
): string {
  if (!css) return html;
  const markup = replaceStyles(html, () => "");
  const own = pruneCss(css, markup);
  const page = replaceStyles(html, (_open, _text, i) =>
    i === 0 ? `<style>${own}</style>` : "",
  ).replace(
    /<html(\s[^>]*)?>/i,
    (tag) =>
      `${tag.slice(0, -1)} data-styles="${fullStylesHref}"${
        searchStylesHref ? ` data-search-styles="${searchStylesHref}"` : ""
      }>`,
  );
  return withExactHashes(page);
}
