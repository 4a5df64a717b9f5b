import { expect, test } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { auditFocus, focusProblems } from "../support/focus";
import { sitePages } from "../support/site";

// What axe cannot see: every element Tab reaches shows a visible focus indicator, in view and
// not covered (WCAG 2.4.7, 2.4.11), and every visible control can be reached with Tab.
for (const path of sitePages()) {
  test(`every focus stop on ${path} is visible`, async ({ page }) => {
    await page.goto(path);
    const audit = await auditFocus(page);
    expect(audit.stops.length, "Tab reaches something").toBeGreaterThan(0);
    expect(focusProblems(audit)).toEqual([]);
  });
}

test("a glossary definition opens from the keyboard and its link shows focus", async ({ page }) => {
  await page.goto("/strategy/");
  const button = page.getByRole("button", { name: /^Definition:/ }).first();
  await button.focus();
  await page.keyboard.press("Enter");
  const popover = page.locator(":popover-open");
  await expect(popover).toBeVisible();
  await page.keyboard.press("Tab");
  const link = popover.getByRole("link", { name: /^Glossary entry/ });
  await expect(link).toBeFocused();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
});

test("the focus check reports hidden, obscured and unreachable focus", async ({ page }) => {
  // Proof that the check can fail, on a page that breaks each rule once: a link whose ring is
  // removed, a link under a fixed banner, and a field that traps focus so the rest is unreached.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><head><title>Broken</title><style>' +
      ".bare:focus{outline:none}" +
      ".cover{position:fixed;top:0;left:0;right:0;height:100px;background:#fff}" +
      '</style></head><body><main><p><a href="#b">Under a banner</a></p>' +
      '<div style="margin-top:200px"><a class="bare" href="#a">No ring</a>' +
      "<input aria-label=Trap onfocus=\"document.querySelector('a').focus()\">" +
      '<a href="#c">After the trap</a></div></main><div class="cover"></div></body></html>',
  );
  const problems = focusProblems(await auditFocus(page));
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/Under a banner.*obscured by div/),
      expect.stringMatching(/No ring.*no visible focus indicator/),
      expect.stringMatching(/After the trap.*not reachable with Tab/),
    ]),
  );
});
