import type { Page } from "@playwright/test";

// The per-page CSS check (styles.spec.ts, embed-sections.spec.ts): a page's own inlined CSS must
// style it exactly as the whole stylesheet would.

/**
 * Every element's computed style (and its ::before, ::after, ::marker), keyed by position and
 * tag, limited to `properties`. Only properties some rule of the whole stylesheet declares can
 * differ between the page's own CSS and the whole stylesheet (the own CSS is a subset of it), so
 * reading the other ~250 computed properties would only cost time.
 */
async function computedStyles(page: Page, properties: string[]): Promise<Record<string, string>> {
  return page.evaluate((names) => {
    const out: Record<string, string> = {};
    const read = (style: CSSStyleDeclaration) =>
      names.map((name) => `${name}:${style.getPropertyValue(name)};`).join("");
    document.querySelectorAll("body *").forEach((el, i) => {
      const key = `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`;
      // What is not rendered shows nothing (a script that shows it loads the whole stylesheet);
      // an element the whole stylesheet would show, but the page's own CSS hides, still differs.
      if (!el.checkVisibility()) {
        out[key] = "not rendered";
        return;
      }
      const own = getComputedStyle(el);
      out[key] = read(own);
      // A pseudo-element exists only with content (or, for ::marker, on a list item); when one
      // side generates it and the other does not, the keys differ and the check still fails.
      for (const pseudo of ["::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        if (style.content !== "none" && style.content !== "normal") {
          out[`${key}${pseudo}`] = read(style);
        }
      }
      if (own.display.includes("list-item")) {
        out[`${key}::marker`] = read(getComputedStyle(el, "::marker"));
      }
    });
    return out;
  }, properties);
}

/** The longhand properties declared anywhere in the page's style sheets (nested rules too). */
async function declaredProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set<string>();
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          // The CSSOM lists a rule's shorthands as the longhands computed styles report.
          for (let i = 0; i < rule.style.length; i++) {
            const name = rule.style.item(i);
            // Custom properties show only through the real properties that use them.
            if (!name.startsWith("--")) names.add(name);
          }
        }
        if ("cssRules" in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return [...names].sort();
  });
}

/** Elements whose style changes when the whole stylesheet (`href`) is added to the page. */
export async function prunedAway(page: Page, href: string): Promise<string[]> {
  const sheet = await page.addStyleTag({ url: href });
  const properties = await declaredProperties(page);
  const full = await computedStyles(page, properties);
  // The same page without the whole stylesheet: take away the tag just added.
  await sheet.evaluate((el) => (el as Element).remove());
  const own = await computedStyles(page, properties);
  const keys = new Set([...Object.keys(own), ...Object.keys(full)]);
  return [...keys].filter((key) => own[key] !== full[key]);
}

/**
 * Elements whose style changes when the stylesheet `own` (a `<link>` on the page) is replaced by
 * the whole stylesheet `whole`: whether a part of the stylesheet styles what it covers as the
 * whole one would (the search dialog's, `build/search/search-styles.ts`).
 */
export async function restyledByWhole(page: Page, own: string, whole: string): Promise<string[]> {
  const link = page.locator(`link[rel=stylesheet][href="${own}"]`);
  await link.evaluate(() => {}); // present
  const sheet = await page.addStyleTag({ url: whole });
  const properties = await declaredProperties(page);
  await sheet.evaluate((el) => (el as HTMLStyleElement).remove());
  const withOwn = await computedStyles(page, properties);
  await link.evaluate((el) => ((el as HTMLLinkElement).disabled = true));
  await page.addStyleTag({ url: whole });
  const withWhole = await computedStyles(page, properties);
  const keys = new Set([...Object.keys(withOwn), ...Object.keys(withWhole)]);
  return [...keys].filter((key) => withOwn[key] !== withWhole[key]);
}
