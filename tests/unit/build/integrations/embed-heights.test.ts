import { describe, expect, test } from "vitest";
import { embedParts } from "@/build/integrations/embed-heights";

describe("embedParts", () => {
  test("splits an embed into its tags, its whole stylesheet's address and its body", () => {
    const html =
      '<!DOCTYPE html><html lang="en" data-styles="/_astro/site.1.css"><head><style>p{}</style>' +
      '</head><body class="min-h-0"><div data-embed-root="x"><p>Text</p></div></body></html>';
    expect(embedParts(html)).toEqual({
      htmlTag: '<html lang="en" data-styles="/_astro/site.1.css">',
      bodyTag: '<body class="min-h-0">',
      styles: "/_astro/site.1.css",
      body: '<div data-embed-root="x"><p>Text</p></div>',
    });
  });

  test("is undefined for a document that does not name its whole stylesheet", () => {
    expect(embedParts('<html lang="en"><body><p>Text</p></body></html>')).toBeUndefined();
  });
});
