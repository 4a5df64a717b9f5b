import { describe, expect, test } from "vitest";
import { pageImagePath, sharePaths } from "@/lib/share-urls";

describe("sharePaths", () => {
  test("an explainer", () => {
    expect(sharePaths({ slug: "strategy" })).toEqual({
      page: "strategy/",
      link: "strategy/",
      embed: "embed/strategy/",
      email: "email/strategy.html",
      text: "email/strategy.txt",
      paste: "paste/strategy.html",
      pasteText: "paste/strategy.txt",
      oembed: "oembed/strategy.json",
      image: "og/strategy.png",
    });
  });

  test("a card", () => {
    expect(sharePaths({ slug: "strategy", card: "in-short" })).toEqual({
      page: "strategy/#in-short",
      link: "share/strategy/in-short/",
      embed: "embed/strategy/in-short/",
      email: "email/strategy/in-short.html",
      text: "email/strategy/in-short.txt",
      paste: "paste/strategy/in-short.html",
      pasteText: "paste/strategy/in-short.txt",
      oembed: "oembed/strategy/in-short.json",
      image: "og/strategy.png",
    });
  });
});

describe("pageImagePath", () => {
  test.each([
    ["/", "/", "og/home.png"],
    ["/glossary/", "/", "og/glossary.png"],
    ["/strategy/", "/", "og/strategy.png"],
    ["/cyber/", "/cyber/", "og/home.png"],
    ["/cyber/sources/", "/cyber/", "og/sources.png"],
    ["/about/index.html", "/", "og/about.png"],
  ])("%s (base %s) → %s", (path, base, expected) => {
    expect(pageImagePath(path, base)).toBe(expected);
  });
});
