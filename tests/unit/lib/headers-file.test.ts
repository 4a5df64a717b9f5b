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

  test("every response says nosniff", () => {
    expect(resolveHeaders(rules, "/pagefind/pagefind.js").get("x-content-type-options")).toBe(
      "nosniff",
    );
  });
});
