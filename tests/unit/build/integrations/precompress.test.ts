import { describe, expect, test } from "vitest";
import { compressionFor } from "@/build/integrations/precompress";

describe("compressionFor", () => {
  test.each([
    ["index.html", 10, 9],
    ["history/index.html", 10, 9],
    ["glossary/index.html", 10, 9],
    ["_astro/site.css", 10, 9],
    ["rss.xml", 10, 9],
    ["embed/history/index.html", 5, 6],
    ["embed/history/in-short/index.html", 5, 6],
    ["email/history/index.html", 4, 6],
    ["paste/history/index.html", 4, 6],
    ["oembed/history.json", 4, 6],
    ["share/history/in-short/index.html", 4, 6],
  ])("%s: brotli %i, gzip %i", (path, quality, level) => {
    expect(compressionFor(path)).toEqual({ quality, level });
  });
});
