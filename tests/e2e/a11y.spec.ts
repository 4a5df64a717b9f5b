import { expect, test } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { axeViolations } from "../support/axe";
import { hasSearchControl, sitePages } from "../support/site";
import { noSearchDialog, openDefinition, openSearchDialog } from "../support/states";

// axe (WCAG 2.2 A/AA + best practice) on every built page, in both themes, on arrival and in
// each interactive state: a glossary definition open, the search dialog open.
const pages = sitePages();

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        // The theme in effect (pages set data-theme from the system; embeds follow it in CSS).
        const scheme = () =>
          page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
        await expect.poll(scheme).toBe(colorScheme);
        expect(await axeViolations(page), "on arrival").toEqual([]);
        if (await openDefinition(page)) {
          expect(await axeViolations(page), "with a definition open").toEqual([]);
        }
      });

      if (!hasSearchControl(path)) continue;
      test(`axe finds no violation on ${path} with the search dialog open`, async ({ page }) => {
        await page.goto(path);
        const opened = await openSearchDialog(page);
        test.skip(!opened, noSearchDialog);
        expect(await axeViolations(page)).toEqual([]);
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
