import { expect, test, type Frame, type Page } from "@playwright/test";
import { embedCode } from "../../src/lib/embed-code";
import { embedPaths, startHostServer } from "../support/embeds";
import { explainerSlugs } from "../support/pages";

let hostServer: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async () => {
  hostServer = await startHostServer();
});
test.afterAll(async () => {
  await hostServer.close();
});

/** A host page on the second origin with the site's own embed code, or a custom iframe. */
function hostPage(src: string, sandbox?: string): string {
  let code = embedCode({ src, title: "Embedded explainer", height: 150 });
  if (sandbox !== undefined) code = code.replace(/sandbox="[^"]*"/, `sandbox="${sandbox}"`);
  return hostServer.host(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>` +
      `<body style="margin:0;padding:8px"><p>A blog post.</p>${code}<p>After the embed.</p></body></html>`,
  );
}

async function embedFrame(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => page.frames().find((f) => f.url().includes(path))).toBeTruthy();
  return page.frames().find((f) => f.url().includes(path)) as Frame;
}

test("every card of every explainer has an embed page", () => {
  // Every explainer, each with at least In short and two sections.
  const n = explainerSlugs.length;
  expect(embedPaths.filter((p) => p.split("/").length === 4)).toHaveLength(n);
  expect(embedPaths.length).toBeGreaterThanOrEqual(n * 4);
  expect(embedPaths).toContain("/embed/strategy/in-short/");
});

// Whole-explainer embeds at both widths; each section's at 320 px, the narrowest (the height
// of each at its declared 600 px is measured in embed-heights.spec.ts).
const wholeEmbed = (path: string) => path.split("/").length === 4;
for (const width of [320, 600]) {
  for (const path of embedPaths.filter((p) => width === 320 || wholeEmbed(p))) {
    test(`${path} in a sandbox="allow-scripts" frame at ${width} px: sized by its message, no inner scrollbar`, async ({
      page,
      baseURL,
    }) => {
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.setViewportSize({ width: width + 16, height: 700 });
      await page.goto(hostPage(`${baseURL}${path}`, "allow-scripts"));
      const frame = await embedFrame(page, path);
      await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(frame.getByRole("link", { name: /Read the full explainer/ })).toBeVisible();
      // The sandbox is real: the frame runs in an opaque origin.
      expect(await frame.evaluate(() => origin)).toBe("null");
      // The host grew the frame to the embed's height, so nothing scrolls inside it.
      await expect
        .poll(() =>
          frame.evaluate(() => {
            const root = document.documentElement;
            return root.scrollHeight <= innerHeight && innerHeight > 150;
          }),
        )
        .toBe(true);
      const size = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(size.viewport).toBe(width);
      expect(size.scrollWidth).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
    });
  }
}

test("an embed is noindex, points to its full page and opens links in a new tab", async ({
  page,
}) => {
  for (const path of ["/embed/strategy/", "/embed/privacy-safeguards/what-critics-say/"]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const slug = path.split("/")[2];
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/${slug}/$`),
    );
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    const outbound = page.locator('a[href]:not([href^="#"])');
    expect(await outbound.count()).toBeGreaterThan(2);
    for (const link of await outbound.all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
    }
  }
});

test("an embed grows to fit when a reader opens a definition, and its popover stays in view", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 620, height: 700 });
  await page.goto(hostPage(`${baseURL}/embed/strategy/what-the-cabinet-adopted-and-when/`));
  const frame = await embedFrame(page, "/embed/strategy/what-the-cabinet-adopted-and-when/");
  const button = frame.getByRole("button", { name: /Definition/ }).first();
  await button.click();
  const popover = frame.locator("[popover]:popover-open");
  await expect(popover).toBeVisible();
  const [b, p] = await Promise.all([button.boundingBox(), popover.boundingBox()]);
  // Placed next to the term, not centred in a frame as tall as the whole text.
  expect(Math.abs((p?.y ?? 0) - ((b?.y ?? 0) + (b?.height ?? 0)))).toBeLessThan(40);
});

test("a normal page refuses to be framed by another site", async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on("console", (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
  await page.goto(hostPage(`${baseURL}/strategy/`));
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect(frame?.getByRole("heading", { level: 1 }) ?? page.locator("nothing")).toHaveCount(0);
});

test("oEmbed JSON: a rich response with one titled iframe, open to any origin", async ({
  request,
  page,
}) => {
  await page.goto("/history/");
  const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(discovery).toHaveAttribute("title", /./);
  const href = new URL((await discovery.getAttribute("href")) ?? "");
  for (const path of [href.pathname, "/oembed/history/timeline.json"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const json = (await response.json()) as Record<string, unknown>;
    expect(json).toMatchObject({ version: "1.0", type: "rich", thumbnail_width: 1200 });
    for (const key of ["width", "height", "thumbnail_height"])
      expect(Number.isInteger(json[key]), key).toBe(true);
    const html = String(json["html"]);
    expect(html.match(/<iframe\b/g)).toHaveLength(1);
    expect(html).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
    const src = /src="([^"]+)"/.exec(html)?.[1] ?? "";
    expect((await request.get(new URL(src).pathname)).status()).toBe(200);
    const thumbnail = new URL(String(json["thumbnail_url"]));
    const image = await request.get(thumbnail.pathname);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  }
});
