import { describe, expect, test } from "vitest";
import { compressionFor, worthCompressing } from "@/build/integrations/precompress";

describe("compressionFor", () => {
  test.each([
    ["index.html", 6, 9],
    ["history/index.html", 6, 9],
    ["glossary/index.html", 6, 9],
    ["_astro/site.css", 11, 9],
    ["_astro/search-ui.abc123.js", 11, 9],
    ["pagefind/pagefind.js", 11, 9],
    ["search-vocabulary.json", 11, 9],
    ["pagefind/pagefind-ui.js", 10, 9],
    ["glossary.json", 10, 9],
    ["rss.xml", 10, 9],
  ])("%s: brotli %i, gzip %i", (path, quality, level) => {
    expect(compressionFor(path)).toEqual({ quality, level });
  });

  test.each([
    ["embed/history/index.html", 5],
    ["embed/history/in-short/index.html", 5],
    ["email/history/index.html", 4],
    ["paste/history/index.html", 4],
    ["oembed/history.json", 4],
    ["share/history/in-short/index.html", 4],
  ])("%s: brotli %i, no gzip (a copy for browsers)", (path, quality) => {
    expect(compressionFor(path)).toEqual({ quality });
  });
});

describe("worthCompressing", () => {
  test.each([
    ["robots.txt", 120, false],
    ["index.html", 1_399, false],
    ["index.html", 1_400, true],
    ["history/index.html", 60_000, true],
    ["oembed/history.json", 900, false],
    ["email/history.html", 6_000, false],
    ["share/history/in-short/index.html", 3_000, false],
    ["embed/history/in-short/index.html", 13_999, false],
    ["embed/history/index.html", 60_000, true],
    ["paste/history.html", 20_000, true],
  ])("%s of %i bytes: %s", (path, size, worth) => {
    expect(worthCompressing(path, size)).toBe(worth);
  });
});
