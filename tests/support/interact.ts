import type { Page } from "@playwright/test";
import { openDefinition, openSearchDialog, searchInDialog } from "./states";

/**
 * Does what a reader does on a page, so checks see more than the page on arrival:
 * switches the theme, opens a glossary definition, and searches — in the search dialog
 * when the build has one, otherwise with the page's own search form (which leads to
 * /search/?q=…, where the query runs). Returns once the network is quiet.
 */
export async function useThePage(page: Page, query = "strategy"): Promise<void> {
  const toggle = page.getByRole("button", { name: "Dark theme" });
  if (await toggle.isVisible()) await toggle.click();
  if (await openDefinition(page)) await page.keyboard.press("Escape");
  if (await openSearchDialog(page)) {
    await searchInDialog(page, query);
  } else {
    const box = page.getByRole("searchbox").first();
    if (await box.isVisible()) {
      await box.fill(query);
      await box.press("Enter");
    }
  }
  await page.waitForLoadState("networkidle");
}
