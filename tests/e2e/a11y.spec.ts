import { expect, test } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { axeViolations } from "../support/axe";
import { hasSearchControl, sitePages } from "../support/site";
import { noSearchDialog, openDefinition, openSearchDialog } from "../support/states";

// axe (WCAG 2.2 A/AA + best practice) on every built page, in both themes, on arrival and in
// each interactive state: a glossary definition open, the search dialog open. A build whose
// Search control is still a plain link has no dialog state: the test notes that (annotation
// "state not checked", with the reason) instead of failing or passing silently.
const pages = sitePages();

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        // Up to three axe runs (on arrival, a definition open, the search dialog open): a long
        // page's work is bounded but slow, so it gets three times the usual time.
        test.slow();
        await page.goto(path);
        // The theme in effect (pages set data-theme from the system; embeds follow it in CSS).
        const scheme = () =>
          page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
        await expect.poll(scheme).toBe(colorScheme);
        expect.soft(await axeViolations(page), "on arrival").toEqual([]);
        if (await openDefinition(page)) {
          expect.soft(await axeViolations(page), "with a definition open").toEqual([]);
          await page.keyboard.press("Escape");
        }
        if (!hasSearchControl(path)) return;
        if (await openSearchDialog(page)) {
          expect.soft(await axeViolations(page), "with the search dialog open").toEqual([]);
        } else {
          test.info().annotations.push({ type: "state not checked", description: noSearchDialog });
        }
      });
    }
  });
}

test("axe reports a deliberately inaccessible page", async ({ page }) => {
  // Proof that the check can fail: low contrast, an unlabelled button, an image without alt.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>' +
      '<h1>Broken</h1><p style="color:#bbb;background:#fff">Faint text</p>' +
      '<button></button><img src="/favicon.svg"></main></body></html>',
  );
  const ids = (await axeViolations(page)).map((v) => v.split(" ")[0]);
  expect(ids).toEqual(expect.arrayContaining(["color-contrast", "button-name", "image-alt"]));
});
