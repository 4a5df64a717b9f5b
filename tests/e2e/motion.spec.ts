import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";
import { openDefinition } from "../support/states";

// With "reduce motion" set, nothing moves: no running animation, and no element (or ::before /
// ::after) has a transition or animation that would play on hover, focus or a theme change.
test.use({ reducedMotion: "reduce" });

/** Elements that would animate now, or on a state change. */
async function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = document
      .getAnimations()
      .map((a) => `running animation on ${(a.effect as KeyframeEffect | null)?.target?.nodeName}`);
    const moves = (s: CSSStyleDeclaration) =>
      s.transitionDuration.split(",").some((d) => parseFloat(d) > 0) ||
      (s.animationName !== "none" && s.animationDuration.split(",").some((d) => parseFloat(d) > 0));
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        if (moves(s)) {
          found.push(`${el.tagName.toLowerCase()}${pseudo ?? ""}.${el.className}: ${s.transition}`);
        }
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") {
      found.push("smooth scrolling");
    }
    return [...new Set(found)].slice(0, 10);
  });
}

for (const path of sitePages()) {
  test(`nothing animates on ${path} with reduced motion, on arrival or after interaction`, async ({
    page,
  }) => {
    await page.goto(path);
    expect(await motion(page), "on arrival").toEqual([]);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    if (await toggle.isVisible()) await toggle.click();
    if (await openDefinition(page)) await page.keyboard.press("Escape");
    const card = page.getByRole("article").first();
    if (await card.isVisible()) await card.hover();
    expect(await motion(page), "after interaction").toEqual([]);
  });
}

test("the motion check reports an animation that ignores the setting", async ({ page }) => {
  // Proof that the check can fail: a spinner and a hover transition with no reduced-motion rule.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>Moving</title><style>' +
      "@keyframes spin{to{transform:rotate(1turn)}}.s{animation:spin 1s infinite}" +
      "a{transition:color .3s}</style><div class=s>*</div><a href=#>link</a>",
  );
  const found = await motion(page);
  expect(found).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/running animation on DIV/),
      expect.stringMatching(/^a\./),
    ]),
  );
});
