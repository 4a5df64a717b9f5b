/**
 * The search dialog's own stylesheet. The dialog and its results are built by scripts, so no
 * page's inline CSS holds their rules; they used to load the whole stylesheet (~7.6 KB brotli)
 * at the first search. This keeps the rules their markup can use (about a quarter), found as
 * Tailwind finds classes: every word of the scripts that build them is a possible class. The
 * rules are scoped to the dialog's root element (`@scope`), so that, loaded after a page's
 * own CSS, they cannot restyle the page behind the dialog; rules that only set custom
 * properties (the theme's colours, Tailwind's defaults) stay global, as in the whole sheet.
 */
import postcss, { type Container, type Rule } from "postcss";
import { pruneCss } from "../css-prune.ts";

/** The attribute on the element that holds the dialog (`browser/search/search-dialog.ts`). */
export const searchRootAttribute = "data-search-root";

/** The elements and attributes the search scripts create; their classes come from the scripts. */
const elements =
  '<dialog aria-labelledby="t"><div role="group" aria-label="t" tabindex="0" aria-pressed="true" hidden>' +
  '<h2 id="t"></h2><button type="button"></button><form role="search" method="get" action="/">' +
  '<label for="q"></label><input id="q" type="search" name="q" autocomplete="off" spellcheck="false">' +
  "</form><p></p><section></section><ol><li><a href='/'><span></span><mark></mark></a></li></ol></div></dialog>";

/** Markup standing for everything the search scripts (their built code) can create. */
export function searchMarkup(scripts: string[]): string {
  const words = new Set<string>();
  for (const script of scripts) for (const w of script.split(/[\s"'`<>=\\]+/)) if (w) words.add(w);
  return `<div ${searchRootAttribute} class="${[...words].join(" ")}">${elements}</div>`;
}

const setsOnlyVariables = (rule: Rule) =>
  rule.nodes.every(
    (n) => n.type !== "decl" || n.prop.startsWith("--") || n.prop === "color-scheme",
  );

/** Moves each run of rules in `container` (and its group rules) into one `@scope` block. */
function scopeRules(container: Container, root: string): void {
  let run: ReturnType<typeof postcss.atRule> | undefined;
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === "rule" && !setsOnlyVariables(node)) {
      if (!run) {
        run = postcss.atRule({ name: "scope", params: `(${root})` });
        node.before(run);
      }
      run.append(node);
      continue;
    }
    run = undefined;
    if (node.type === "atrule" && !/keyframes$/.test(node.name)) scopeRules(node, root);
  }
}

/** The search dialog's stylesheet, from the whole stylesheet `css` and the search scripts. */
export function searchStyles(css: string, scripts: string[]): string {
  const kept = postcss.parse(pruneCss(css, searchMarkup(scripts)));
  scopeRules(kept, `[${searchRootAttribute}]`);
  return kept.toString();
}
