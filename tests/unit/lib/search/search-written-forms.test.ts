/** Words the pages write in one form that readers type in another: numbers, hyphenated names. */
import { describe, expect, test } from "vitest";
import { isSameWord, pageWords, verifyTerm } from "@/lib/search/search-match";

describe("numbers with thousands separators", () => {
  test.each([
    ["5,000", "5,000", true],
    ["5,000", "5,000.", true],
    ["5000", "5,000", true], // typed without the comma the pages write
    ["5,000", "50,000", false],
    ["5", "5,000", false],
  ])("%s / %s → %s", (q, w, same) => expect(isSameWord(q, w, true, false)).toBe(same));
});

describe("a name the page writes as one hyphenated word", () => {
  const words = pageWords("A denial-of-service attack hit e-Gov.");
  test("stands there whole, as a name of several words", () => {
    const term = verifyTerm(["denial of service", "ddos"], [1], words, true, false);
    expect(term).toEqual({ locations: [1], factor: 1.5 });
  });
  test("but not where only its first word is", () => {
    expect(verifyTerm(["denial of service"], [1], pageWords("a denial of it"), true, false)).toBe(
      undefined,
    );
  });
});
