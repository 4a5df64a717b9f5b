import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Parser from "rss-parser";
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

/** Each explainer's first-publication and last-update dates, from its frontmatter. */
function explainerDates(slug: string): { published: string; updated: string } {
  const mdx = readFileSync(join("content/explainers", `${slug}.mdx`), "utf8");
  const field = (name: string) => new RegExp(`^${name}: (\\S+)`, "m").exec(mdx)?.[1] ?? "";
  return { published: field("published"), updated: field("updated") };
}

test("two feed libraries read each item's first publication, last update and image", async ({
  request,
}) => {
  const xml = await (await request.get("/rss.xml")).text();
  // rss-parser (xml2js underneath), with the Atom and Media RSS fields asked for by name.
  const byRssParser = await new Parser<
    object,
    { "atom:updated": string; image: { $: { url: string } } }
  >({
    customFields: { item: ["atom:updated", ["media:content", "image"]] },
  }).parseString(xml);
  // @rowanmanning/feed-parser (htmlparser2 underneath), which knows Media RSS itself; it reads
  // an RSS item's update only from dc:date, so the update is checked with rss-parser alone.
  const byFeedParser = parseFeed(xml);
  expect(byRssParser.items).toHaveLength(explainerSlugs.length);
  expect(byFeedParser.items).toHaveLength(explainerSlugs.length);
  for (const [i, item] of byRssParser.items.entries()) {
    const slug = new URL(item.link ?? "").pathname.replaceAll("/", "");
    const dates = explainerDates(slug);
    expect(item.isoDate?.slice(0, 10), `${slug}: pubDate is the first publication`).toBe(
      dates.published,
    );
    expect(item["atom:updated"].slice(0, 10), `${slug}: atom:updated`).toBe(dates.updated);
    const image = item.image.$.url;
    expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${slug}\\.png$`));
    const other = byFeedParser.items[i]!;
    expect(other.published?.toISOString().slice(0, 10)).toBe(dates.published);
    expect(other.mediaImages.map((m) => m.url)).toEqual([image]);
    // The image is really there.
    const served = await request.get(new URL(image).pathname);
    expect(served.status(), image).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
  }
});
