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

test("the print view hides navigation on every page", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  const problems: string[] = [];
  for (const path of sitePages()) {
    await page.goto(path);
    const heading = page.getByRole("heading", { level: 1 }).first();
    if (!(await heading.isVisible())) problems.push(`${path}: the page heading does not print`);
    problems.push(...(await printedNavigation(page)).map((n) => `${path}: prints "${n}"`));
  }
  expect(problems).toEqual([]);
});

test("the print check reports navigation left in print", async ({ page }) => {
  // Proof that the check can fail: a page with no print rules.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Nav</title><nav aria-label="Main"><a href=/>Home</a></nav><h1>x</h1>',
  );
  await page.emulateMedia({ media: "print" });
  expect(await printedNavigation(page)).toEqual(["Main"]);
});
