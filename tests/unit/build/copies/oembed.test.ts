import { expect, test } from "vitest";
import { buildOembed } from "@/build/copies/oembed";

test("a rich oEmbed response: one iframe, integer size, provider and thumbnail", () => {
  const json = buildOembed({
    title: "The 2025 strategy: In short",
    embedUrl: "https://example.org/embed/strategy/in-short/",
    height: 432.6,
    providerName: "Site",
    providerUrl: "https://example.org/",
    thumbnailUrl: "https://example.org/og/strategy/in-short.png",
  });
  expect(json).toMatchObject({
    version: "1.0",
    type: "rich",
    title: "The 2025 strategy: In short",
    width: 600,
    height: 433,
    provider_name: "Site",
    provider_url: "https://example.org/",
    cache_age: 86400,
    thumbnail_url: "https://example.org/og/strategy/in-short.png",
    thumbnail_width: 1200,
    thumbnail_height: 630,
  });
  expect(json.html.match(/<iframe /g)).toHaveLength(1);
  expect(json.html).toMatch(
    /^<iframe src="https:\/\/example\.org\/embed\/strategy\/in-short\/" title="The 2025 strategy: In short" width="600" height="433" /,
  );
  expect(json.html).not.toContain("<script");
});
