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

describe("buildTitle", () => {
  test.each([
    ["Strategy", "Strategy — Site"],
    [undefined, "Site"],
  ])("%s → %s", (title, expected) => {
    expect(buildTitle(title, "Site")).toBe(expected);
  });
});
