import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtFiles, distDir, startHostServer } from "../support/embeds";

/** Most a declared height may exceed the content: about two lines of text. */
const slack = 60;

let hostServer: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async () => {
  hostServer = await startHostServer();
});
test.afterAll(async () => {
  await hostServer.close();
});

const oembeds = builtFiles("oembed", ".json");

test("there is an oEmbed file for every explainer and card", () => {
  expect(oembeds.length).toBeGreaterThanOrEqual(4 * 4);
});

for (const file of oembeds) {
  test(`oembed/${file}: its html, as given and with no script, holds the embed at its declared size`, async ({
    page,
    baseURL,
  }) => {
    const json = JSON.parse(readFileSync(join(distDir, "oembed", file), "utf8")) as {
      html: string;
      width: number;
      height: number;
    };
    // The site's address in the JSON is the build's; the embed is served by the test server.
    const html = json.html.replace(/src="https?:\/\/[^/]+/, `src="${baseURL}`);
    expect(html).not.toContain("<script");
    await page.setViewportSize({ width: json.width, height: 800 });
    await page.goto(
      hostServer.host(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>` +
          `<body style="margin:0">${html}</body></html>`,
      ),
    );
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
    const measured = await frame.locator("html").evaluate(async (root) => {
      await document.fonts.ready;
      return {
        content: Math.ceil(root.scrollHeight),
        viewport: innerHeight,
        width: innerWidth,
      };
    });
    expect(measured.width).toBe(json.width);
    expect(measured.viewport).toBe(json.height);
    const report = `declared ${json.height}, content ${measured.content}`;
    expect(measured.content, `no inner scrollbar: ${report}`).toBeLessThanOrEqual(json.height);
    expect(
      json.height - measured.content,
      `no gap over ${slack} px: ${report}`,
    ).toBeLessThanOrEqual(slack);
  });
}

test("the share panels' embed codes declare the same measured heights as the oEmbed files", () => {
  const height = (tail: string) =>
    (
      JSON.parse(readFileSync(join(distDir, "oembed", `${tail}.json`), "utf8")) as {
        height: number;
      }
    ).height;
  for (const slug of new Set(oembeds.map((f) => f.split(/[/.]/)[0] ?? ""))) {
    const page = readFileSync(join(distDir, slug, "index.html"), "utf8");
    expect(page).toMatch(new RegExp(`<details [^>]*data-share [^>]*data-height="${height(slug)}"`));
    expect(page).toMatch(new RegExp(`/embed/${slug}/"[^\\n]*? height="${height(slug)}"`));
    for (const [, card, declared] of page.matchAll(/<li data-card="([^"]+)" data-height="(\d+)"/g))
      expect(Number(declared), `${slug}/${card}`).toBe(height(`${slug}/${card}`));
  }
});
