import { expect, test } from "@playwright/test";
import { siteConfig } from "../../src/site.config";
import { explainerSlugs } from "../support/pages";

// Nine pages of reading: the header links to an explainers index instead of listing every
// explainer; the index gives the reading order and a path per kind of reader; prev/next lead back
// to it. Checked at 320 px, from the keyboard and without JavaScript.
test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

test("at 320 px the header's navigation fits and leads to the explainers index", async ({
  page,
}) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of siteConfig.nav) {
    const link = nav.getByRole("link", { name: item.label, exact: true });
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.x, item.label).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, item.label).toBeLessThanOrEqual(320);
  }
  // Two lines at most: the header never pushes the page's heading off the first screen.
  const navBox = (await nav.boundingBox())!;
  expect(navBox.height).toBeLessThanOrEqual(2 * 44);
  await nav.getByRole("link", { name: "Explainers", exact: true }).click();
  await expect(page).toHaveURL(/\/explainers\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "All explainers" })).toBeVisible();
});

test("the home page's body leads to the explainers index, each reading path and the questions", async ({
  page,
}) => {
  await page.goto("/");
  const start = page.getByRole("main").getByRole("navigation", { name: "Where to start" });
  for (const path of siteConfig.readerPaths)
    await expect(start.getByRole("link", { name: path.label, exact: true })).toHaveAttribute(
      "href",
      `/explainers/#${path.id}`,
    );
  await expect(
    start.getByRole("link", { name: "All explainers, in reading order" }),
  ).toHaveAttribute("href", "/explainers/");
  await start.getByRole("link", { name: "Questions readers ask" }).click();
  await expect(page).toHaveURL(/\/questions\/$/);
});

test("the index lists every explainer in reading order and a path for each kind of reader", async ({
  page,
}) => {
  await page.goto("/explainers/");
  const order = page.getByRole("region", { name: "The reading order" }).getByRole("listitem");
  await expect(order).toHaveCount(explainerSlugs.length);
  const hrefs = await order
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect([...hrefs].sort()).toEqual(explainerSlugs.map((s) => `/${s}/`).sort());
  for (const path of siteConfig.readerPaths) {
    const section = page.getByRole("region", { name: path.label });
    await expect(section).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(path.slugs.length);
    await expect(
      section.getByRole("link", { name: `Questions ${path.label.toLowerCase()}` }),
    ).toHaveAttribute("href", `/questions/#${path.questions}`);
  }
});

test("every explainer links back to the index, and the reading order runs from first to last", async ({
  page,
}) => {
  await page.goto("/explainers/");
  const first = page.getByRole("region", { name: "The reading order" }).getByRole("link").first();
  await first.click();
  const seen: string[] = [];
  for (;;) {
    seen.push(new URL(page.url()).pathname);
    const more = page.getByRole("navigation", { name: "More explainers" });
    await expect(more.getByRole("link", { name: /All explainers/ })).toHaveAttribute(
      "href",
      "/explainers/",
    );
    const next = more.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect([...seen].sort()).toEqual(explainerSlugs.map((s) => `/${s}/`).sort());
});

test.describe("with the keyboard", () => {
  test.use({ javaScriptEnabled: true });
  test("the explainers index is reached from the header with Tab and Enter", async ({ page }) => {
    await page.goto("/");
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (name === "Explainers") break;
    }
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/explainers\/$/);
  });
});
