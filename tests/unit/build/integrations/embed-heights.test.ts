import { describe, expect, test } from "vitest";
import { embedParts } from "@/build/integrations/embed-heights";

describe("embedParts", () => {
  test("splits an embed into its tags, its whole stylesheet and its body", () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><style>p{}</style><style>a{}</style>' +
      '</head><body class="min-h-0"><div data-embed-root="x"><p>Text</p></div></body></html>';
    expect(embedParts(html)).toEqual({
      htmlTag: '<html lang="en">',
      bodyTag: '<body class="min-h-0">',
      css: "p{}a{}",
      body: '<div data-embed-root="x"><p>Text</p></div>',
    });
  });

  test("is undefined for a document without a stylesheet of its own", () => {
    expect(embedParts('<html lang="en"><body><p>Text</p></body></html>')).toBeUndefined();
  });
});
