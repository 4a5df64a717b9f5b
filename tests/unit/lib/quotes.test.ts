import { describe, expect, test } from "vitest";
import { closestPassage, isVerbatim, normaliseForQuote } from "@/lib/quotes";

const source = `He said the plan sets "strict protocols and conditions" for the use of data.\nIt was adopted   in May.`;

describe("isVerbatim", () => {
  test.each([
    ["strict protocols and conditions", true],
    ["Strict  protocols and\nconditions", true],
    ["“strict protocols and conditions”", true],
    ["“strict protocols” and conditions", false],
    ["it was adopted in may", true],
    ["strict rules and conditions", false],
    ["", false],
  ])("%j → %s", (quote, expected) => {
    expect(isVerbatim(quote, source)).toBe(expected);
  });

  test("curly and straight quote marks are the same", () => {
    expect(isVerbatim("sets “strict protocols", source)).toBe(true);
  });
});

describe("normaliseForQuote", () => {
  test("folds dashes, ellipses and white space", () => {
    expect(normaliseForQuote("A — b…\n c")).toBe("a - b... c");
  });
});

describe("closestPassage", () => {
  test("points at the passage a misquote came from", () => {
    expect(closestPassage("strict rules and conditions", source)).toContain(
      "protocols and conditions",
    );
  });
});
