import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { allPages, explainerSlugs } from "../support/pages";

for (const path of allPages) {
  test(`${path} has one h1, a skip link to main and a main landmark`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute("href", "#main");
    await expect(page.getByRole("main")).toHaveCount(1);
  });
}

test("the theme toggle is remembered and applied before first paint", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/glossary/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // No flash: the script that applies the stored theme runs before any style in <head>.
  const order = await page.evaluate(() =>
    [...document.head.querySelectorAll("script, style, link[rel=stylesheet]")].map((el) =>
      el.tagName === "SCRIPT" && el.textContent?.includes("localStorage")
        ? "theme"
        : el.tagName.toLowerCase(),
    ),
  );
  expect(order[0]).toBe("theme");
});

test("an unknown address gets the helpful 404 page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("search")).toBeVisible();
});

// Reflow at 320 px and the print view are checked on every page in reflow.spec.ts and
// print.spec.ts.

// Issue 16 (TBT): an explainer's first paint waits for everything above its prose, so the first
// screen is laid out in the task that paints it. Each page is served here in two parts, the
// second (from the contents column on) 2 s after the first; the page with its render-blocking
// link removed shows that Chromium would otherwise paint the page's top before the rest arrives.
// The gap is wide so that a busy CI machine, which can paint 400 ms late, cannot blur the two.
test.describe("an explainer's first paint", () => {
  const firstContentfulPaint = async (
    page: import("@playwright/test").Page,
    html: string,
  ): Promise<{ fcp: number; responseEnd: number }> => {
    const cut = html.indexOf('<div id="page-contents"');
    expect(cut).toBeGreaterThan(0);
    const server = createServer((request, response) => {
      if (request.url !== "/") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), 2000);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      return await page.evaluate(async () => {
        const fcp = await new Promise<number>((resolve) =>
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName("first-contentful-paint")[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: "paint", buffered: true }),
        );
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { fcp, responseEnd: nav.responseEnd };
      });
    } finally {
      server.close();
    }
  };

  test("waits for the contents column, which comes before the prose", async ({ page, request }) => {
    const html = await (await request.get(`/${explainerSlugs[0]}/`)).text();
    const link = '<link rel="expect" href="#page-contents" blocking="render">';
    expect(html).toContain(link);
    const prose = html.indexOf('class="prose blocks-render-near-view');
    expect(prose).toBeGreaterThan(0);
    expect(html.indexOf('id="page-contents"')).toBeLessThan(prose);

    const without = await firstContentfulPaint(page, html.replace(link, ""));
    expect(without.fcp).toBeLessThan(without.responseEnd - 1000);
    const withLink = await firstContentfulPaint(page, html);
    expect(withLink.fcp).toBeGreaterThanOrEqual(withLink.responseEnd);
  });

  for (const slug of explainerSlugs) {
    test(`of /${slug}/ waits for an element that is there`, async ({ request }) => {
      const html = await (await request.get(`/${slug}/`)).text();
      const target = /<link rel="expect" href="#([^"]+)" blocking="render">/.exec(html)?.[1];
      expect(target).toBe("page-contents");
      expect(html.match(new RegExp(` id="${target}"`, "g"))).toHaveLength(1);
    });
  }
});
