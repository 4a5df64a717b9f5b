import { describe, expect, test } from "vitest";
import { darkStyles } from "@/build/copies/email/blocks";
import { checkEmailHtml } from "@/build/copies/email-check";

const https = { siteOrigin: "https://example.org" };
const local = { siteOrigin: "http://localhost:4321" };
const wrap = (inner: string) =>
  `<!doctype html><html><body><table role="presentation" width="600"><tr><td>${inner}</td></tr></table></body></html>`;

describe("checkEmailHtml", () => {
  test("a clean file passes", () => {
    const ok = wrap(
      `<p style="color:#1b1c20;margin:0 0 16px 0;border-left:4px solid #a8231b">Hi <a href="https://example.org/x">x</a></p>` +
        `<img src="https://example.org/og/x.png" alt="A card" width="600" height="315">`,
    );
    expect(checkEmailHtml(ok, https)).toEqual([]);
  });

  test("the dark scheme's stylesheet in the head passes; any other does not", () => {
    const file = (css: string) =>
      `<!doctype html><html><head><style>${css}</style></head><body class="x-doc"><p>x</p></body></html>`;
    expect(checkEmailHtml(file(darkStyles), https)).toEqual([]);
    expect(checkEmailHtml(file("p{color:#000000}"), https)).toEqual([
      "<style>: anything but color-scheme and a prefers-color-scheme: dark block",
    ]);
    expect(
      checkEmailHtml(file("@media (prefers-color-scheme: dark){p{color:red !important}}"), https),
    ).toEqual(['<style>: colour "red" is not hex']);
  });

  test.each([
    ["inline SVG", "<svg><path d='M0 0'/></svg>", /<svg>: not allowed/],
    ["a script", "<script>alert(1)</script>", /<script>: not allowed/],
    ["a style sheet in the body", "<style>p{color:red}</style>", /<style>: outside the <head>/],
    [
      "a data: image",
      '<img src="data:image/png;base64,AAAA" alt="" width="1" height="1">',
      /data: URI/,
    ],
    ["a relative link", '<a href="/strategy/">x</a>', /relative URL/],
    ["an http link on an https site", '<a href="http://example.org/">x</a>', /is not https/],
    ["an http link to another site", '<a href="http://other.example/">x</a>', /is not https/],
    ["a javascript: link", '<a href="javascript:void(0)">x</a>', /is not https/],
    ["a CSS variable", '<p style="color:var(--ink)">x</p>', /CSS variable/],
    ["a modern colour", '<p style="color:oklch(50% 0.1 20)">x</p>', /colour function/],
    ["a named colour", '<p style="color:red">x</p>', /not a hex colour/],
    ["an rgb() border", '<p style="border:1px solid rgb(0,0,0)">x</p>', /colour function/],
    ["flex layout", '<div style="display:flex">x</div>', /flex, grid or position/],
    ["rem units", '<p style="font-size:1.2rem">x</p>', /rem, viewport unit/],
    [
      "a wide table",
      '<table role="presentation" width="700"><tr><td>x</td></tr></table>',
      /wider than 600/,
    ],
    ["a wide max-width", '<div style="max-width:800px">x</div>', /wider than 600px/],
    [
      "a layout table without role",
      "<table><tr><td>x</td></tr></table>",
      /without role="presentation"/,
    ],
    ["a class", '<p class="x">x</p>', /class other than the dark scheme/],
    ["an event handler", '<p onclick="x()">x</p>', /event handler/],
    [
      "a JPEG image",
      '<img src="https://example.org/a.jpg" alt="" width="1" height="1">',
      /not a PNG/,
    ],
    [
      "an image without alt",
      '<img src="https://example.org/a.png" width="1" height="1">',
      /without alt/,
    ],
    ["an image without size", '<img src="https://example.org/a.png" alt="x">', /without width/],
  ])("flags %s", (_, inner, message) => {
    const problems = checkEmailHtml(wrap(inner), https);
    expect(
      problems.some((p) => message.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  test.each([
    ["the site's own http links on a local build", "http://localhost:4321/strategy/", local, true],
    ["other http links on a local build", "http://other.example/", local, false],
    ["http links when the site itself is https", "http://example.org/strategy/", https, false],
    [
      "http on a non-loopback http site",
      "http://example.net/",
      { siteOrigin: "http://example.net" },
      false,
    ],
    ["mailto links", "mailto:editor@example.org", https, true],
  ])("allows %s: %s", (_, href, options, allowed) => {
    expect(checkEmailHtml(wrap(`<a href="${href}">x</a>`), options)).toHaveLength(allowed ? 0 : 1);
  });

  test("a data table (with header cells) needs no presentation role", () => {
    expect(
      checkEmailHtml(wrap("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"), https),
    ).toEqual([]);
  });

  test("files over Gmail's clipping size are flagged", () => {
    expect(checkEmailHtml(wrap("x".repeat(2000)), { ...https, maxBytes: 1000 })[0]).toMatch(
      /over 1000/,
    );
  });
});
