import { expect, test } from "@playwright/test";

test("searching the real index finds the strategy explainer", async ({ page }) => {
  await page.goto("/search/");
  await page.getByRole("searchbox", { name: "Search the site" }).fill("strategy");
  await expect(page.getByRole("status")).toContainText(/\d+ results? for “strategy”/);
  const results = page.getByRole("list", { name: "Search results" });
  const hrefs = await results
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain("/strategy/");
});

test("a shared search link runs its query on arrival", async ({ page }) => {
  await page.goto("/search/?q=Kihara");
  await expect(page.getByRole("searchbox", { name: "Search the site" })).toHaveValue("Kihara");
  await expect(page.getByRole("status")).toContainText("for “Kihara”");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page lists everything A–Z", async ({ page }) => {
    await page.goto("/search/");
    const az = page.getByRole("region", { name: "Everything on this site, A–Z" });
    await expect(az.getByRole("link", { name: "Glossary", exact: true })).toBeVisible();
    expect(await az.getByRole("listitem").count()).toBeGreaterThan(10);
  });
});
