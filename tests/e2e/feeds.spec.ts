import { expect, test } from "@playwright/test";
import { siteConfig } from "../../src/site.config";
import { explainerSlugs } from "../support/pages";

// The feed holds the `siteConfig.feedItems` latest explainers: while there are fewer, all of them.
test("the RSS feed carries the latest explainers in full, newest first, with update dates and no page-only markup", async ({
  page,
  request,
}) => {
  const xml = await (await request.get("/rss.xml")).text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const content = "http://purl.org/rss/1.0/modules/content/";
    return {
      broken: doc.querySelector("parsererror") !== null,
      items: [...doc.querySelectorAll("item")].map((item) => ({
        link: item.querySelector("link")?.textContent ?? "",
        pubDate: item.querySelector("pubDate")?.textContent ?? "",
        updated: item.getElementsByTagNameNS(atom, "updated")[0]?.textContent ?? "",
        html: item.getElementsByTagNameNS(content, "encoded")[0]?.textContent ?? "",
      })),
    };
  }, xml);
  expect(feed.broken).toBe(false);
  expect(explainerSlugs.length).toBeLessThanOrEqual(siteConfig.feedItems);
  expect(feed.items.map((i) => new URL(i.link).pathname).sort()).toEqual(
    explainerSlugs.map((s) => `/${s}/`).sort(),
  );
  const updated = feed.items.map((i) => i.updated);
  expect(updated).toEqual(updated.toSorted().reverse());
  for (const item of feed.items) {
    expect(item.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Date(item.pubDate).toISOString()).toBe(item.updated);
    expect(item.html.length).toBeGreaterThan(2000);
    expect(item.html).toContain("<h2>Sources</h2>");
    expect(item.html).not.toMatch(/<script|<button|popover|<svg|class="/);
    for (const [, href] of item.html.matchAll(/(?:href|src)="([^"]*)"/g))
      expect(href, item.link).toMatch(/^https?:\/\//);
  }
});

test("the sitemap lists pages only: no embeds, email files or oEmbed JSON", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: .+sitemap-index\.xml$/m);
  const index = await (await request.get("/sitemap-index.xml")).text();
  const locs: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(loc ?? "").pathname)).text();
    for (const [, page] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) locs.push(page ?? "");
  }
  expect(locs.length).toBeGreaterThanOrEqual(explainerSlugs.length + 4);
  expect(locs.filter((l) => /\/(embed|email|oembed|og)\//.test(l))).toEqual([]);
  for (const slug of explainerSlugs) expect(locs.some((l) => l.endsWith(`/${slug}/`))).toBe(true);
});
