import { expect, type Page } from "@playwright/test";

/**
 * The interactive states every page is checked in, besides its state on arrival.
 * Each opener returns false when the page has nothing to open, so the same list of
 * pages drives every state.
 */

/** Why the search-dialog state can be missing from a build. */
export const noSearchDialog =
  "this build has no search dialog: the header's Search control ([data-search-open]) is still a " +
  "plain link to /search/, which is tested as a page of its own; the state is checked as soon as " +
  "the search issue's dialog is built";

/** Opens the first glossary definition (a Term's popover); false when the page has no Term. */
export async function openDefinition(page: Page): Promise<boolean> {
  const button = page.getByRole("button", { name: /^Definition:/ }).first();
  if ((await button.count()) === 0) return false;
  await button.click();
  await expect(page.locator(":popover-open")).toBeVisible();
  return true;
}

/**
 * Opens the search dialog from the header's Search control. Returns false when the
 * page has no such control, or when the control is a plain link (it navigated away;
 * the page is brought back so the caller can go on).
 */
export async function openSearchDialog(page: Page): Promise<boolean> {
  const control = page.locator("[data-search-open]").first();
  if ((await control.count()) === 0 || !(await control.isVisible())) return false;
  const before = page.url();
  // Listen before clicking: a plain link may finish navigating before click() returns.
  const left = page
    .waitForEvent("framenavigated", { timeout: 5_000 })
    .then(() => "left" as const)
    .catch(() => "neither" as const);
  const shown = page
    .getByRole("dialog")
    .first()
    .waitFor({ state: "visible", timeout: 5_000 })
    .then(() => "dialog" as const)
    .catch(() => "neither" as const);
  await control.click();
  const outcome = await Promise.race([left, shown]);
  if (outcome === "neither")
    throw new Error("the Search control neither opened a dialog nor led anywhere");
  if (outcome === "left") {
    await page.goto(before);
    return false;
  }
  return true;
}

/** Types a query into the open search dialog and waits for its results. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("searchbox").or(dialog.getByRole("combobox")).first().fill(query);
  await expect(dialog.getByRole("link").first()).toBeVisible();
}
