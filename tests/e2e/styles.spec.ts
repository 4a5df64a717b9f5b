import { expect, test } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";
import { prunedAway } from "../support/styles";

// Each page inlines only the CSS its own markup can use (src/build/css-prune.ts). This proves the
// pruning changes nothing a reader sees: every element and pseudo-element of every page has the
// same computed style with the page's own CSS as with the whole stylesheet added, in the light
// and the dark theme. One test per page and theme, so each has its own time and a failure names it.

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
