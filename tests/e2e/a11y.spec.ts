import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { allPages } from "../support/pages";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of allPages) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
