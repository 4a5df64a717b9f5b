import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";

// Each page inlines only the CSS its own markup can use (src/build/css-prune.ts). This proves the
// pruning changes nothing a reader sees: every element and pseudo-element of every page has the
// same computed style with the page's own CSS as with the whole stylesheet added, in the light
// and the dark theme. One test per page and theme, so each has its own time and a failure names it.

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
async function prunedAway(page: Page, href: string): Promise<string[]> {
  const sheet = await page.addStyleTag({ url: href });
  const properties = await declaredProperties(page);
  const full = await computedStyles(page, properties);
  // The same page without the whole stylesheet: take away the tag just added.
  await sheet.evaluate((el) => (el as Element).remove());
  const own = await computedStyles(page, properties);
  const keys = new Set([...Object.keys(own), ...Object.keys(full)]);
  return [...keys].filter((key) => own[key] !== full[key]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of sitePages()) {
      test(`the CSS ${path} keeps styles it exactly as the whole stylesheet would`, async ({
        page,
      }) => {
        await page.goto(path);
        const href = await page.evaluate(() => document.documentElement.dataset["styles"]);
        expect(href, "data-styles on <html> (the page-styles step ran)").toBeTruthy();
        expect((await prunedAway(page, href!)).slice(0, 5)).toEqual([]);
      });
    }
  });
}

test("the style check reports a page whose own CSS lacks a rule it needs", async ({ page }) => {
  // Proof that the check can fail: the page's inline CSS misses the rule for its paragraph,
  // which the "whole stylesheet" (served here from a stub) has.
  await page.route("**/__broken__/full.css", (route) =>
    route.fulfill({ contentType: "text/css", body: "p{color:rgb(200,0,0)}" }),
  );
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en" data-styles="/__broken__/full.css"><title>Pruned</title>' +
      "<style>h1{color:black}</style><h1>Title</h1><p>Text</p>",
  );
  expect(await prunedAway(page, "/__broken__/full.css")).toContain("1 p");
});

test("the style check reports a pseudo-element only the whole stylesheet generates", async ({
  page,
}) => {
  // The own CSS has no ::before on the heading; the whole stylesheet adds one.
  await page.route("**/__broken__/full.css", (route) =>
    route.fulfill({ contentType: "text/css", body: 'h1::before{content:"§"}' }),
  );
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Pruned</title><h1>Title</h1><p>Text</p>',
  );
  expect(await prunedAway(page, "/__broken__/full.css")).toContain("0 h1::before");
});
