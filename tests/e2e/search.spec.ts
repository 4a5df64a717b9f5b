import { expect, test, type Page } from "@playwright/test";

const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search the site" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

test.describe("the search page", () => {
  test("searches the real index as the reader types, with a count for screen readers", async ({
    page,
  }) => {
    await page.goto("/search/");
    await searchbox(page).fill("strategy");
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “strategy”\.$/);
    const hrefs = await results(page)
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => h?.startsWith("/strategy/"))).toBe(true);
  });

  test("a shared link /search/?q=ACD lists the active cyber defense explainer first", async ({
    page,
  }) => {
    await page.goto("/search/?q=ACD");
    await expect(searchbox(page)).toHaveValue("ACD");
    await expect(page.getByRole("status")).toContainText("for “ACD”");
    await expect(results(page).getByRole("link").first()).toHaveAttribute(
      "href",
      "/active-cyber-defense/",
    );
  });

  test("results point at the section that matched and highlight the words there", async ({
    page,
  }) => {
    await page.goto("/search/?q=Shiokawa");
    const first = results(page).getByRole("link").first();
    await expect(first).toHaveAttribute(
      "href",
      /^\/privacy-safeguards\/\?highlight=shiokawa#[a-z-]+$/,
    );
    await first.click();
    await expect(page.locator("mark", { hasText: /Shiokawa/i }).first()).toBeVisible();
  });

  test("glossary terms and timeline events are results of their own, and kinds can be filtered", async ({
    page,
  }) => {
    await page.goto("/search/?q=2021");
    await expect(page.getByRole("status")).toContainText("for “2021”");
    const filters = page.getByRole("group", { name: "Show only" });
    await filters.getByRole("button", { name: /^Timeline events \(\d+\)$/ }).click();
    await expect(page.getByRole("status")).toContainText("(timeline events) for “2021”");
    const first = results(page).getByRole("link").first();
    await expect(first).toHaveAttribute("href", /^\/timeline\/(\?[^#]*)?#event-2021-/);
    await expect(filters.getByRole("button", { name: /^Timeline events/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  test("a query with no match suggests the nearest glossary terms and the A–Z list", async ({
    page,
  }) => {
    await page.goto("/search/?q=NCIS");
    await expect(page.getByRole("status")).toHaveText("No results for “NCIS”.");
    await expect(page.getByText("Did you mean")).toBeVisible();
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("link", { name: "NISC", exact: true })).toHaveAttribute(
      "href",
      "/glossary/#nisc",
    );
    await expect(
      page.getByRole("link", { name: "the A–Z list of everything on this site" }),
    ).toBeVisible();
  });

  test("a misspelt name is corrected from the site's own words", async ({ page }) => {
    await page.goto("/search/?q=Kihra");
    await expect(page.getByRole("status")).toContainText("for “kihara” (no match for “Kihra”)");
  });
});

test.describe("the search dialog", () => {
  test("opens from the header button, searches by keyboard alone and closes with Escape", async ({
    page,
  }) => {
    await page.goto("/history/");
    const trigger = page.getByRole("banner").getByRole("link", { name: "Search" });
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "Search" });
    await expect(dialog).toBeVisible();
    await expect(searchbox(page)).toBeFocused();
    await page.keyboard.type("NISC");
    await expect(dialog.getByRole("status")).toContainText("for “NISC”");
    const first = dialog.getByRole("list", { name: "Search results" }).getByRole("link").first();
    await expect(first).toHaveAttribute("href", "/glossary/#nisc");
    // Tab reaches the first result (after the kind filters), without leaving the dialog.
    for (let i = 0; i < 8 && !(await first.evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
      await expect(dialog.locator(":focus")).toHaveCount(1);
    }
    await expect(first).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  for (const [name, keys] of [
    ["/", "/"],
    ["Ctrl+K", "Control+k"],
  ] as const) {
    test(`opens with ${name}`, async ({ page }) => {
      await page.goto("/strategy/");
      await page.keyboard.press(keys);
      await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
      await expect(searchbox(page)).toBeFocused();
    });
  }

  test("an article page loads no Pagefind byte until the reader opens search", async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/pagefind/") || r.url().includes("search-vocabulary"))
        pagefindRequests.push(r.url());
    });
    await page.goto("/active-cyber-defense/");
    await page.waitForLoadState("networkidle");
    expect(pagefindRequests).toEqual([]);
    await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
    await searchbox(page).fill("ACD");
    await expect(page.getByRole("dialog").getByRole("status")).toContainText("for “ACD”");
    expect(pagefindRequests.some((u) => u.endsWith("/pagefind/pagefind.js"))).toBe(true);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page lists everything A–Z and its form is a plain GET", async ({ page }) => {
    await page.goto("/search/?q=ACD");
    const az = page.getByRole("region", { name: "Everything on this site, A–Z" });
    await expect(
      az.getByRole("link", { name: "Active cyber defense", exact: true }).first(),
    ).toBeVisible();
    expect(await az.getByRole("listitem").count()).toBeGreaterThan(30);
    await expect(
      page
        .getByRole("search")
        .locator("form, [method]")
        .or(page.locator("form[method=get]"))
        .first(),
    ).toBeAttached();
  });
});
