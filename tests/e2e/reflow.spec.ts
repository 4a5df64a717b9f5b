import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";
import { openDefinition } from "../support/states";

// WCAG 1.4.10 Reflow: at 320 CSS px (a 1280 px window at 400% zoom) nothing scrolls sideways,
// and an open glossary definition fits on the screen.
test.use({ viewport: { width: 320, height: 640 } });

/** How far the page, or an open popover, reaches past the 320 px viewport. */
async function overflow(page: Page): Promise<{ page: number; popover: number }> {
  return page.evaluate(() => {
    const open = document.querySelector(":popover-open");
    const rect = open?.getBoundingClientRect();
    return {
      page: document.documentElement.scrollWidth - innerWidth,
      popover: rect ? Math.max(0, rect.right - innerWidth, -rect.left) : 0,
    };
  });
}

for (const path of sitePages()) {
  test(`${path} does not scroll sideways at 320 px, nor does an open definition`, async ({
    page,
  }) => {
    await page.goto(path);
    expect((await overflow(page)).page, "px wider than the screen").toBeLessThanOrEqual(0);
    if (await openDefinition(page)) {
      expect((await overflow(page)).popover, "px the definition overflows").toBe(0);
    }
  });
}

test("the reflow check reports a page wider than the screen", async ({ page }) => {
  // Proof that the check can fail: a fixed-width table.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Wide</title><table style="width:600px"><td>x</table>',
  );
  expect((await overflow(page)).page).toBeGreaterThan(0);
});
