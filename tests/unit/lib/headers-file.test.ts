import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { matchesPattern, parseHeadersFile, resolveHeaders } from "@/lib/headers-file";

const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));

describe("matchesPattern", () => {
  test.each([
    ["/*", "/", true],
    ["/embed/*", "/embed/strategy/", true],
    ["/embed/*", "/strategy/", false],
    ["/oembed/:slug", "/oembed/x.json", true],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe("the site's _headers", () => {
  test("pages refuse to be framed", () => {
    const h = resolveHeaders(rules, "/strategy/");
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  test("embeds may be framed by any site, with a single policy", () => {
    const h = resolveHeaders(rules, "/embed/strategy/");
    expect(h.has("x-frame-options")).toBe(false);
    expect(h.get("content-security-policy")).toBe(
      "frame-ancestors *; base-uri 'self'; object-src 'none'; form-action 'self'",
    );
  });

  test.each([
    ["/og/strategy.png", "cross-origin"],
    ["/oembed/strategy.json", "cross-origin"],
    ["/embed/strategy/in-short/", "cross-origin"],
    ["/strategy/", "same-origin"],
    ["/email/strategy.html", "same-origin"],
  ])("%s: Cross-Origin-Resource-Policy %s, once", (path, value) => {
    expect(resolveHeaders(rules, path).get("cross-origin-resource-policy")).toBe(value);
  });

  test("oEmbed JSON may be read from any origin", () => {
    expect(
      resolveHeaders(rules, "/oembed/strategy/in-short.json").get("access-control-allow-origin"),
    ).toBe("*");
    expect(resolveHeaders(rules, "/strategy/").has("access-control-allow-origin")).toBe(false);
  });

  test.each(["/embed/strategy/", "/email/strategy.html", "/oembed/strategy.json"])(
    "%s is kept out of search results",
    (path) => {
      expect(resolveHeaders(rules, path).get("x-robots-tag")).toBe("noindex");
    },
  );

  test("pages keep the site-wide protections", () => {
    const h = resolveHeaders(rules, "/");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("permissions-policy")).toContain("camera=()");
    expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(h.has("x-robots-tag")).toBe(false);
  });

  test("every response says nosniff", () => {
    expect(resolveHeaders(rules, "/pagefind/pagefind.js").get("x-content-type-options")).toBe(
      "nosniff",
    );
  });
});
