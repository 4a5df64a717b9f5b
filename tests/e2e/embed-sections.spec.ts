import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { sectionEmbedPages } from "../support/site";
import { prunedAway } from "../support/styles";

// Each section's embed page holds one section of its explainer in the embed layout. The layout
// and its scripts are checked on the whole-explainer embeds with every other page; what depends
// on the section's own markup is checked here on every one: axe and its own CSS, in both themes.
// (Its width at 320 px and its height are in embed.spec.ts and embed-heights.spec.ts.)
for (const path of sectionEmbedPages()) {
  test(`${path}: axe finds no violation and its own CSS styles it as the whole stylesheet would, light and dark`, async ({
    page,
  }) => {
    test.slow();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect.soft(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
      const href = await page.evaluate(() => document.documentElement.dataset["styles"]);
      expect(href, "data-styles on <html> (the page-styles step ran)").toBeTruthy();
      expect
        .soft((await prunedAway(page, href!)).slice(0, 5), `own CSS, ${colorScheme}`)
        .toEqual([]);
    }
  });
}
