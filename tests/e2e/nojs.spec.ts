import { expect, test, type Page } from "@playwright/test";
import { openBrokenPage } from "../support/broken";
import { sitePages } from "../support/site";

// Without JavaScript every page is readable and navigable, and nothing on screen is a dead
// control: a glossary term is a link to its entry; anything that needs a script (theme toggle,
// definition buttons, section share buttons, copy buttons of the share panel) stays hidden,
// leaving links and text.
test.use({ javaScriptEnabled: false });

/** What does not work on the page as a reader without JavaScript sees it. */
async function noScriptProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    const h1 = document.querySelector("h1");
    if (!h1 || !shown(h1)) problems.push("no visible heading");
    const main = document.querySelector("main");
    if (!main || !shown(main) || (main as HTMLElement).innerText.trim().length < 100) {
      problems.push("no readable main text");
    }
    const links = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].filter(shown);
    if (!links.some((a) => new URL(a.href).pathname !== location.pathname)) {
      problems.push("no link to another page");
    }
    for (const el of document.querySelectorAll("button, input, select, textarea, [role=button]")) {
      if (!shown(el) || (el as HTMLInputElement).type === "hidden") continue;
      const form = (el as HTMLInputElement).form;
      const works =
        el.hasAttribute("popovertarget") ||
        el.hasAttribute("commandfor") ||
        (form !== null && form !== undefined && form.hasAttribute("action"));
      if (!works) problems.push(`${name(el)} does nothing without JavaScript`);
    }
    return problems;
  });
}

for (const path of sitePages()) {
  test(`${path} is readable and navigable without JavaScript`, async ({ page }) => {
    await page.goto(path);
    expect(await noScriptProblems(page)).toEqual([]);
  });
}

test("without JavaScript a glossary term is a link to its entry, with no dead button", async ({
  page,
}) => {
  await page.goto("/strategy/");
  const term = page.locator("main").getByRole("link", { name: "active cyber defense" }).first();
  await expect(term).toHaveAttribute("href", "/glossary/#active-cyber-defense");
  await expect(page.getByRole("button", { name: /^Definition:/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Share this section" })).toHaveCount(0);
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#active-cyber-defense$/);
  await expect(page.locator("#active-cyber-defense")).toBeVisible();
});

test("the no-script check reports a page that needs JavaScript", async ({ page }) => {
  // Proof that the check can fail: a script-rendered page with a script-only button.
  await openBrokenPage(
    page,
    '<!doctype html><html lang="en"><title>App</title><main><div id="app"></div>' +
      '<button type="button">Copy link</button></main>',
  );
  expect(await noScriptProblems(page)).toEqual([
    "no visible heading",
    "no readable main text",
    "no link to another page",
    'button "Copy link" does nothing without JavaScript',
  ]);
});
