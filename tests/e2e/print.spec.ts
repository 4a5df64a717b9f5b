import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";

// The print view is the article: navigation, search, the theme toggle and the skip link are
// hidden; the heading and the text stay.
async function printedNavigation(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "nav, [role=navigation], [role=search], [data-search-open], [data-theme-toggle], a[href='#main']",
      ),
    ]
      .filter((el) => el.checkVisibility())
      .map((el) => el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? ""),
  );
}

for (const path of sitePages()) {
  test(`the print view of ${path} hides navigation and keeps the heading`, async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(await printedNavigation(page)).toEqual([]);
  });
}

test("the print check reports navigation left in print", async ({ page }) => {
  // Proof that the check can fail: a page with no print rules.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Nav</title><nav aria-label="Main"><a href=/>Home</a></nav><h1>x</h1>',
  );
  await page.emulateMedia({ media: "print" });
  expect(await printedNavigation(page)).toEqual(["Main"]);
});
