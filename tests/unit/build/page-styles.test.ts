import { describe, expect, test } from "vitest";
import { cspHash } from "@/build/csp-hashes";
import { inlineStyles, withOwnStyles } from "@/build/page-styles";

const css = ".a{color:red}.b{color:blue}";
const html =
  '<!doctype html><html lang="en"><head>' +
  `<meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-x=';">` +
  `<style>${css}</style></head><body><p class="a">x</p></body></html>`;

describe("withOwnStyles", () => {
  const out = withOwnStyles(html, inlineStyles(html), "/_astro/site.1.css");

  test("inlines only the rules the page uses", () => {
    expect(inlineStyles(out)).toBe(".a{color:red}");
  });

  test("names the whole stylesheet on <html> for scripts that build markup later", () => {
    expect(out).toContain('<html lang="en" data-styles="/_astro/site.1.css">');
  });

  test("allows the new inline style, and only it, in the CSP", () => {
    expect(out).toContain(`style-src 'self' ${cspHash(".a{color:red}")}"`);
  });
});
