import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";

// Each page inlines only the CSS its own markup can use (src/build/css-prune.ts). This proves the
// pruning changes nothing a reader sees: every element and pseudo-element of every page has
// the same computed style with the page's own CSS as with the whole stylesheet added, in the
// light and the dark theme.

/** Every element's computed style (and its ::before, ::after, ::marker), keyed by position and tag. */
async function computedStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const elements = [...document.querySelectorAll("body *")];
    elements.forEach((el, i) => {
      const key = `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`;
      // What is not rendered shows nothing (a script that shows it loads the whole stylesheet);
      // an element the whole stylesheet would show, but the page's own CSS hides, still differs.
      if (!el.checkVisibility()) {
        out[key] = "not rendered";
        return;
      }
      for (const pseudo of ["", "::before", "::after", "::marker"]) {
        const style = getComputedStyle(el, pseudo || null);
        let text = "";
        for (let p = 0; p < style.length; p++) {
          const name = style.item(p);
          // Custom properties show only through the real properties that use them.
          if (!name.startsWith("--")) text += `${name}:${style.getPropertyValue(name)};`;
        }
        out[`${key}${pseudo}`] = text;
      }
    });
    return out;
  });
}

/** Elements whose style changes when the whole stylesheet (`href`) is added to the page. */
async function prunedAway(page: Page, href: string): Promise<string[]> {
  const own = await computedStyles(page);
  await page.addStyleTag({ url: href });
  const full = await computedStyles(page);
  const keys = new Set([...Object.keys(own), ...Object.keys(full)]);
  return [...keys].filter((key) => own[key] !== full[key]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the CSS each page keeps styles it exactly as the whole stylesheet would (${colorScheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    const problems: string[] = [];
    for (const path of sitePages()) {
      await page.goto(path);
      const href = await page.evaluate(() => document.documentElement.dataset["styles"]);
      if (!href) {
        problems.push(`${path}: no data-styles (the page-styles step did not run)`);
        continue;
      }
      const changed = await prunedAway(page, href);
      if (changed.length) problems.push(`${path}: ${changed.slice(0, 5).join(", ")}`);
    }
    expect(problems).toEqual([]);
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
