import { expect, test, type Page } from "@playwright/test";
import ogs from "open-graph-scraper";
import { allPages, explainerSlugs } from "../support/pages";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** What the clipboard holds, by type. */
async function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
}

function panel(page: Page) {
  return page.locator("details[data-share]");
}

test("“Copy for newsletter” puts the paste copy (semantic HTML) and plain text on the clipboard", async ({
  page,
}) => {
  await page.goto("/strategy/");
  await page.getByText("Share, embed or cite").click();
  await page.getByRole("button", { name: "Copy for newsletter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText(
    /Copied for your newsletter/,
  );
  const clip = await readClipboard(page);
  expect(Object.keys(clip)).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
  expect(clip["text/html"]).toContain("<h1>The 2025 strategy</h1>");
  expect(clip["text/html"]).not.toMatch(/<script|<svg|<table|class="|style="/);
  expect(clip["text/plain"]).toMatch(/^Japan's Cyber Strategy, Explained\n/);
  expect(clip["text/plain"]).toContain("Sources\n-------\n[1] ");
  expect(clip["text/plain"]).not.toMatch(/<(p|a|table|sup)\b/);
});

test("a section is shared by keyboard: its button picks it, “Copy link” copies its share link", async ({
  page,
}) => {
  await page.goto("/strategy/");
  const button = page.getByRole("button", { name: "Share this section" }).nth(2);
  await button.focus();
  await page.keyboard.press("Enter");
  const picker = page.getByLabel("What to share");
  await expect(picker).toBeFocused();
  await expect(picker.locator("option:checked")).toHaveText(
    "Which threats the 2025 strategy names",
  );
  await expect(panel(page)).toHaveAttribute("open", "");
  await page.keyboard.press("Tab"); // the link field
  await page.keyboard.press("Tab"); // "Copy link"
  await expect(page.getByRole("button", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const clip = await readClipboard(page);
  expect(clip["text/plain"]).toMatch(/\/share\/strategy\/which-threats-the-2025-strategy-names\/$/);

  await page.getByRole("button", { name: "Copy embed code" }).click();
  const code = (await readClipboard(page))["text/plain"] ?? "";
  expect(code).toMatch(
    /<iframe src="[^"]+\/embed\/strategy\/which-threats-the-2025-strategy-names\/"/,
  );
  expect(code).toContain('title="The 2025 strategy: Which threats the 2025 strategy names"');
  await expect(panel(page).locator('[data-cite="apa"]')).toContainText(
    "The 2025 strategy: Which threats the 2025 strategy names. (2026,",
  );
  // A section has no card of its own: the image offered is the explainer's.
  await expect(panel(page).getByRole("link", { name: "Share image (PNG)" })).toHaveAttribute(
    "href",
    /\/og\/strategy\.png$/,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the panel shows the link, the embed code, a citation and every section's links", async ({
    page,
  }) => {
    await page.goto("/active-cyber-defense/");
    await page.getByText("Share, embed or cite").click();
    await expect(page.getByLabel("Link")).toHaveValue(/\/active-cyber-defense\/$/);
    await expect(page.getByLabel("Embed code")).toHaveValue(
      /^<iframe src="[^"]+\/embed\/active-cyber-defense\/" title="Active cyber defense"/,
    );
    await expect(page.getByRole("button", { name: /Copy/ })).toHaveCount(0);
    await expect(panel(page).getByText(/^Active cyber defense\. \(\d{4}, /)).toBeVisible();
    const sections = panel(page).getByRole("listitem");
    expect(await sections.count()).toBeGreaterThanOrEqual(4);
    await expect(sections.first().getByRole("link", { name: "embed" })).toHaveAttribute(
      "href",
      "/embed/active-cyber-defense/in-short/",
    );
  });
});

for (const path of allPages.filter((p) => p !== "/does-not-exist/")) {
  test(`${path} has a canonical URL and a complete share card`, async ({ page, request }) => {
    await page.goto(path);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\//);
    for (const key of ["og:title", "og:description", "og:url", "og:image:alt", "twitter:image:alt"])
      expect(await meta(key), key).toBeTruthy();
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("630");
    const image = await request.get(new URL((await meta("og:image")) ?? "").pathname);
    expect(image.status()).toBe(200);
    const png = await image.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const isExplainer = explainerSlugs.some((s) => path === `/${s}/`);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(
      isExplainer ? 1 : 0,
    );
  });
}

test("a section's share link unfurls as the section and lands a reader on it", async ({
  page,
  baseURL,
  request,
}) => {
  const section = "which-threats-the-2025-strategy-names";
  const link = `${baseURL}/share/strategy/${section}/`;
  // As a link preview fetches it: open-graph-scraper reads the tags of the share link itself.
  const { result } = await ogs({ url: link });
  expect(result.ogTitle).toBe("The 2025 strategy: Which threats the 2025 strategy names");
  expect(result.ogDescription).toMatch(/^The strategy calls state-backed cyberattacks/);
  expect(result.ogUrl).toMatch(new RegExp(`/share/strategy/${section}/$`));
  const image = result.ogImage?.[0]?.url ?? "";
  // The explainer's own card: the preview's text is the section's, the image the explainer's.
  expect(image).toMatch(/\/og\/strategy\.png$/);
  expect((await request.get(new URL(image).pathname)).headers()["content-type"]).toBe("image/png");
  // The section's page keeps the full explainer as its canonical.
  const html = await (await request.get(`/share/strategy/${section}/`)).text();
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/strategy\/"/);
  await page.goto(`/share/strategy/${section}/`);
  // A reader lands on the section of the full page.
  await page.waitForURL(new RegExp(`/strategy/#${section}$`));
  const heading = page.locator(`[id="${section}"]`);
  await expect(heading).toBeInViewport();
});

test("without JavaScript, a section's share link still lands on the section", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/share/history/2022-the-turning-point/");
  await page.waitForURL(/\/history\/#2022-the-turning-point$/);
  await expect(page.locator('[id="2022-the-turning-point"]')).toBeInViewport();
  await context.close();
});
