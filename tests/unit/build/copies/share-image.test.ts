import type { APIContext } from "astro";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { onRequest, setShareImageFeed } from "@/build/copies/share-image-feed";
import {
  cardKey,
  loadFonts,
  pageCard,
  readShareCard,
  renderShareImage,
  titleSize,
} from "@/build/copies/share-image";

const card = {
  title: "The three pillars of the 2025 strategy",
  summary: "The 2025 strategy is organized around three pillars.",
  siteName: "Japan's Cyber Strategy, Explained",
  host: "example.org",
};

describe("renderShareImage", () => {
  test("draws a 1200×630 PNG from packaged fonts alone", async () => {
    const png = await renderShareImage(card, loadFonts());
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    // The text is drawn: the card is not one flat colour.
    const { channels } = await sharp(png).stats();
    expect(channels[0]?.stdev).toBeGreaterThan(10);
  });
});

describe("cardKey", () => {
  test("changes with any text on the card, and only then", () => {
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey(card)).toMatch(/^[0-9a-f]{32}$/);
    for (const field of ["title", "summary", "siteName", "host"] as const)
      expect(cardKey({ ...card, [field]: `${card[field]}!` })).not.toBe(cardKey(card));
  });
});

test.each([
  ["Short title", 68],
  ["A title that runs to a little more than fifty characters", 58],
  ["A very long title that runs on and on past eighty characters so it needs the small size", 48],
])("titleSize(%s) = %i", (title, size) => {
  expect(titleSize(title)).toBe(size);
});

describe("readShareCard", () => {
  test("reads the share image and its text from a built page's Open Graph tags", () => {
    const html =
      '<html><head><meta property="og:title" content="Tom &amp; Jerry"><meta property="og:description" content="A cat.">' +
      '<meta property="og:site_name" content="Site"><meta property="og:image" content="https://example.org/og/x.png"></head>' +
      '<body><meta property="og:image" content="https://example.org/wrong.png"></body></html>';
    expect(readShareCard(html)).toEqual({
      image: "https://example.org/og/x.png",
      title: "Tom & Jerry",
      summary: "A cat.",
      siteName: "Site",
    });
  });

  test("a page without a share image has none", () => {
    expect(readShareCard("<html><head><title>x</title></head></html>")).toBeUndefined();
  });
});

describe("pageCard", () => {
  const site = { origin: "https://example.org", base: "/cyber/", host: "example.org/cyber" };
  const head = (image: string) =>
    `<html><head><meta property="og:title" content="T"><meta property="og:description" content="D">` +
    `<meta property="og:site_name" content="S"><meta property="og:image" content="${image}"></head>`;

  test("the site's own image: its path under the base path, and the card", () => {
    expect(pageCard(head("https://example.org/cyber/og/a%20b.png"), site)).toEqual({
      path: "og/a b.png",
      card: { title: "T", summary: "D", siteName: "S", host: "example.org/cyber" },
    });
  });

  test.each([["https://other.org/cyber/og/a.png"], ["https://example.org/og/a.png"]])(
    "an image elsewhere (%s) is not the site's to draw",
    (image) => {
      expect(pageCard(head(image), site)).toBeUndefined();
    },
  );
});

describe("the feed of rendered pages to the drawing thread", () => {
  const context = { url: new URL("https://example.org/cyber/strategy/") } as APIContext;
  const page = () =>
    new Response("<html><head><title>x</title></head><body>b</body></html>", {
      headers: { "content-type": "text/html" },
    });

  test("passes a page's path and head on, and its response unread", async () => {
    const fed: [string, string][] = [];
    setShareImageFeed((path, h) => fed.push([path, h]));
    try {
      const response = (await onRequest(context, async () => page())) as Response;
      expect(fed).toEqual([["/cyber/strategy/", "<html><head><title>x</title></head>"]]);
      expect(await response.text()).toBe(
        "<html><head><title>x</title></head><body>b</body></html>",
      );
    } finally {
      setShareImageFeed(undefined);
    }
  });

  test("does nothing when no build is listening, nor for what is not HTML", async () => {
    const json = new Response("{}", { headers: { "content-type": "application/json" } });
    const fed: string[] = [];
    expect(await onRequest(context, async () => page())).toBeInstanceOf(Response);
    setShareImageFeed((path) => fed.push(path));
    try {
      expect(await onRequest(context, async () => json)).toBe(json);
    } finally {
      setShareImageFeed(undefined);
    }
    expect(fed).toEqual([]);
  });
});
