import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  formatHeadersFile,
  hostNeutralProblems,
  matchesPattern,
  parseHeadersFile,
  resolveHeaders,
  toNginx,
  withBase,
} from "@/lib/headers-file";

const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));

describe("matchesPattern", () => {
  test.each([
    ["/*", "/", true],
    ["/embed/*", "/embed/strategy/", true],
    ["/embed/*", "/strategy/", false],
    ["/oembed/:slug", "/oembed/x.json", true],
    ["/embed/:page/*", "/embed/strategy/in-short/", true],
    ["/embed/:page/*", "/embedded/", false],
    ["/email/:file", "/email-security/", false],
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
    expect(h.get("x-frame-options")).toBe("ALLOWALL");
    expect(h.get("cross-origin-opener-policy")).toBe("unsafe-none");
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

describe("for real hosts", () => {
  test("the site's rules mean the same on Cloudflare Pages and Netlify", () => {
    expect(hostNeutralProblems(rules)).toEqual([]);
  });

  test.each([
    [
      "a header removed and not set again",
      "/*\n  X-Frame-Options: DENY\n/embed/*\n  ! X-Frame-Options\n",
      "/embed/*: removes x-frame-options without setting it again (Netlify cannot remove a header)",
    ],
    [
      "a header set again without removing it first",
      "/*\n  X-Robots-Tag: all\n/email/*\n  X-Robots-Tag: noindex\n",
      '/email/*: sets x-robots-tag, which /* sets too, without "! x-robots-tag" first (Cloudflare would join the two values, Netlify keep the later)',
    ],
  ])("%s is refused", (_, text, problem) => {
    expect(hostNeutralProblems(parseHeadersFile(text))).toEqual([problem]);
  });

  test("rules that never match the same path may set the same header", () => {
    const text = "/og/:image\n  A: 1\n/og/:page/*\n  A: 1\n";
    expect(hostNeutralProblems(parseHeadersFile(text))).toEqual([]);
  });

  test("under a base path every rule carries the base", () => {
    const based = withBase(rules, "/japan-cyber/");
    expect(based.every((r) => r.pattern.startsWith("/japan-cyber/"))).toBe(true);
    const h = resolveHeaders(based, "/japan-cyber/embed/strategy/");
    expect(h.get("content-security-policy")).toMatch(/^frame-ancestors \*;/);
    expect(
      resolveHeaders(based, "/japan-cyber/oembed/strategy.json").get("access-control-allow-origin"),
    ).toBe("*");
  });

  test("the written file parses back to the same rules", () => {
    const based = withBase(rules, "/x/");
    expect(parseHeadersFile(formatHeadersFile(based, ["note"]))).toEqual(based);
  });

  test("the nginx version gives each location the whole set for its paths", () => {
    const conf = toNginx(withBase(rules, "/japan-cyber/"));
    const block = (location: string) =>
      conf.split("\n\n").find((b) => b.startsWith(`location ${location} {`)) ?? "";
    expect(block("/japan-cyber/")).toContain(`add_header X-Frame-Options "DENY" always;`);
    expect(block("/japan-cyber/embed/")).toContain(
      `add_header Content-Security-Policy "frame-ancestors *; base-uri 'self'; object-src 'none'; form-action 'self'" always;`,
    );
    expect(block("/japan-cyber/embed/")).toContain(
      `add_header X-Content-Type-Options "nosniff" always;`,
    );
    expect(block("/japan-cyber/oembed/")).toContain(
      `add_header Access-Control-Allow-Origin "*" always;`,
    );
  });
});
