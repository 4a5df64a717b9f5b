import { describe, expect, test } from "vitest";
import { buildHead, buildTitle } from "@/lib/seo";

const base = {
  description: "A description that is long enough to be a real description of a page.",
  canonical: "https://example.org/strategy/",
  siteTitle: "Site",
  lang: "en",
};

describe("buildHead", () => {
  test("has a canonical link and Open Graph basics", () => {
    const tags = buildHead({ ...base, title: "Strategy", type: "article" });
    expect(tags).toContainEqual({ tag: "link", attrs: { rel: "canonical", href: base.canonical } });
    expect(tags).toContainEqual({
      tag: "meta",
      attrs: { property: "og:type", content: "article" },
    });
    expect(tags.some((t) => t.attrs["name"] === "robots")).toBe(false);
  });

  test("noindex pages say so", () => {
    expect(buildHead({ ...base, noindex: true })).toContainEqual({
      tag: "meta",
      attrs: { name: "robots", content: "noindex" },
    });
  });
});

describe("buildHead: share card, article dates and oEmbed", () => {
  const image = {
    url: "https://example.org/og/strategy.png",
    alt: "Strategy — Site",
    width: 1200,
    height: 630,
  };
  const tags = buildHead({
    ...base,
    title: "Strategy",
    type: "article",
    image,
    published: new Date("2025-12-24T00:00:00Z"),
    modified: new Date("2026-11-25T00:00:00Z"),
    oembed: { href: "https://example.org/oembed/strategy.json", title: "Strategy" },
  });
  const content = (key: string) =>
    tags.find((t) => t.attrs["property"] === key || t.attrs["name"] === key)?.attrs["content"];

  test.each([
    ["og:image", image.url],
    ["og:image:type", "image/png"],
    ["og:image:width", "1200"],
    ["og:image:height", "630"],
    ["og:image:alt", "Strategy — Site"],
    ["og:url", base.canonical],
    ["og:title", "Strategy"],
    ["og:description", base.description],
    ["og:site_name", "Site"],
    ["og:locale", "en_GB"],
    ["twitter:card", "summary_large_image"],
    ["twitter:title", "Strategy — Site"],
    ["twitter:image", image.url],
    ["twitter:image:alt", "Strategy — Site"],
    ["article:published_time", "2025-12-24T00:00:00.000Z"],
    ["article:modified_time", "2026-11-25T00:00:00.000Z"],
  ])("%s = %s", (key, expected) => {
    expect(content(key)).toBe(expected);
  });

  test("a share link keeps its own og:url and its canonical on the full page", () => {
    const share = buildHead({ ...base, url: "https://example.org/share/strategy/in-short/" });
    const attr = (key: string) =>
      share.find((t) => t.attrs["property"] === key || t.attrs["rel"] === key)?.attrs;
    expect(attr("og:url")?.["content"]).toBe("https://example.org/share/strategy/in-short/");
    expect(attr("canonical")?.["href"]).toBe(base.canonical);
  });

  test("oEmbed discovery link", () => {
    expect(tags).toContainEqual({
      tag: "link",
      attrs: {
        rel: "alternate",
        type: "application/json+oembed",
        href: "https://example.org/oembed/strategy.json",
        title: "Strategy",
      },
    });
  });

  test("without an image the card is a small summary; websites carry no article dates", () => {
    const plain = buildHead({ ...base, published: new Date(), modified: new Date() });
    expect(plain).toContainEqual({
      tag: "meta",
      attrs: { name: "twitter:card", content: "summary" },
    });
    expect(plain.some((t) => t.attrs["property"]?.startsWith("og:image"))).toBe(false);
    expect(plain.some((t) => t.attrs["property"]?.startsWith("article:"))).toBe(false);
    expect(plain.some((t) => t.attrs["type"] === "application/json+oembed")).toBe(false);
  });
});

describe("buildTitle", () => {
  test.each([
    ["Strategy", "Strategy — Site"],
    [undefined, "Site"],
  ])("%s → %s", (title, expected) => {
    expect(buildTitle(title, "Site")).toBe(expected);
  });
});
