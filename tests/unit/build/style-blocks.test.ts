import { describe, expect, test } from "vitest";
import { replaceStyles, styleBlocks, styleText } from "@/build/style-blocks";

/** What the build used before: a lazy regular expression. */
const stylePattern = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

const pages = [
  ["no style", "<html><body><p>text</p></body></html>"],
  ["one style", "<head><style>a{color:red}</style></head><body></body>"],
  ["two styles and attributes", '<style>a{}</style><p>x</p><style data-x="1">b{}</style>'],
  ["an opening tag across lines", "<style\n  media=all>c{}</style>"],
  ["a tag that only starts like style", "<styles>not</styles><style>d{}</style>"],
  ["an empty style", "<style></style><style>e{}</style>"],
  ["a style never closed", "<style>f{}"],
  ["text that mentions a tag", "<style>g{content:'<b>'}</style>"],
] as const;

describe("styleBlocks", () => {
  test.each(pages)("%s: the text the regular expression found", (_, html) => {
    expect(styleText(html)).toBe([...html.matchAll(stylePattern)].map((m) => m[1]).join(""));
  });

  test.each(pages)("%s: the same replacements", (_, html) => {
    expect(replaceStyles(html, () => "")).toBe(html.replace(stylePattern, ""));
    expect(replaceStyles(html, (open) => `${open}</style>`)).toBe(
      html.replace(/(<style(?:\s[^>]*)?>)[\s\S]*?(<\/style>)/g, "$1$2"),
    );
  });

  test("numbers the blocks in document order", () => {
    const html = "<style>a</style>-<style>b</style>";
    expect(styleBlocks(html)).toHaveLength(2);
    expect(replaceStyles(html, (_o, text, i) => `${i}:${text}`)).toBe("0:a-1:b");
  });
});
