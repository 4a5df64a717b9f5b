import { describe, expect, test } from "vitest";
import {
  embedCode,
  estimateHeight,
  hostScript,
  iframeHtml,
  toEmbedHtml,
} from "@/build/copies/embed";
import { parseFragment } from "@/build/sections";
import { body, term } from "../fixtures-rendered";

const page = "https://example.org/explainer/#first";

describe("toEmbedHtml", () => {
  const html = toEmbedHtml(body, page);

  test.each([
    [
      "a citation whose source is in the embed stays in the frame",
      "#source-1",
      '<a id="cite-1-1" href="#source-1"',
    ],
    ["an in-page link to a heading in the embed stays", "#first", '<a href="#first">above</a>'],
    [
      "a site link opens the site in a new tab",
      "/glossary/",
      '<a href="https://example.org/glossary/#nisc" target="_blank" rel="noopener">NISC</a>',
    ],
    [
      "another site opens in a new tab",
      "x",
      '<a href="https://example.org/x" target="_blank" rel="noopener">a report</a>',
    ],
  ])("%s", (_, _href, expected) => {
    expect(toEmbedHtml(`<p id="source-1"></p>${body}`, page)).toContain(expected);
  });

  test("a fragment the embed lacks points into the full page", () => {
    expect(toEmbedHtml('<a href="#elsewhere">x</a>', page)).toBe(
      '<a href="https://example.org/explainer/#elsewhere" target="_blank" rel="noopener">x</a>',
    );
  });

  test.each([
    [0, "<h3>A</h3><h4>B</h4>"],
    [1, "<h2>A</h2><h3>B</h3>"],
  ])("headings lifted by %i level(s) to follow the embed's h1", (promote, expected) => {
    expect(toEmbedHtml("<h3>A</h3><h4>B</h4>", page, { promote })).toBe(expected);
  });

  test("parsed nodes give what their HTML gives, and are left as they were", () => {
    const nodes = parseFragment(`<p id="source-1"></p>${body}`).children;
    const before = JSON.stringify(nodes);
    expect(toEmbedHtml(nodes, page, { promote: 1 })).toBe(
      toEmbedHtml(`<p id="source-1"></p>${body}`, page, { promote: 1 }),
    );
    expect(JSON.stringify(nodes)).toBe(before);
  });

  test("definitions stay (popovers need no script)", () => {
    expect(html).toContain("popover");
    expect(toEmbedHtml(term("a", "A"), page)).toContain('popovertarget="def-a-1"');
  });
});

describe("estimateHeight", () => {
  // About 70 characters and 27 pixels a line, plus the header and footer; capped.
  test.each([
    ["<p>Short.</p>", 260],
    [`<p>${"word ".repeat(700)}</p>`, 1580],
    [`<p>${"word ".repeat(100_000)}</p>`, 6000],
  ])("%#", (html, expected) => {
    expect(estimateHeight(html)).toBe(expected);
  });
});

describe("embed code", () => {
  const input = { src: "https://example.org/embed/a/", title: 'A "quoted" & title', height: 420 };

  test("one titled, sandboxed iframe, 600 wide, shrinking with its container", () => {
    expect(iframeHtml(input)).toBe(
      '<iframe src="https://example.org/embed/a/" title="A &quot;quoted&quot; &amp; title" width="600" height="420" ' +
        'style="border:0;width:100%;max-width:600px" loading="lazy" ' +
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-explainer-embed></iframe>',
    );
    expect(iframeHtml(input)).not.toContain("allow-same-origin");
  });

  test("the host script trusts only its own frames and caps the height", () => {
    expect(embedCode(input)).toBe(`${iframeHtml(input)}\n${hostScript}`);
    expect(hostScript).toContain("f.contentWindow===e.source");
    expect(hostScript).toContain('d.type!=="explainer-embed"');
    expect(hostScript).toMatch(/Math\.min\(Math\.max\(d\.height\|0,100\),1e5\)/);
  });
});
