import { describe, expect, test } from "vitest";
import { askedFor, holdsAnswer, isNumber, scoreAnswers } from "@/lib/search/search-answers";
import { pageWords, scoreSections, sectionsOf } from "@/lib/search/search-match";

describe("askedFor", () => {
  test.each([
    ["how many members does the commission have", { kind: "count", of: "members" }],
    ["How long does the 2025 strategy last?", { kind: "duration" }],
    ["how much is the fine", { kind: "sum" }],
    ["how is Japan different from the US", undefined],
    ["a long list", undefined],
  ])("%s → %j", (q, asked) => expect(askedFor(q)).toEqual(asked));
});

describe("isNumber", () => {
  test.each([
    ["15", true],
    ["1,900", true],
    ["five", true],
    ["¥2", true],
    ["A$9.9", true],
    ["2026", false], // a year dates; it does not count
    ["members", false],
  ])("%s → %s", (w, number) => expect(isNumber(w)).toBe(number));
});

describe("holdsAnswer", () => {
  const words = pageWords(
    "It has five members, a chair and four others. It ran for about three years. " +
      "A fine of up to ¥2 million applies. The budget for 2026 runs from April.",
  );
  const all = words.length;
  const members = [words.indexOf("members,")];
  test("a count is a number just before the word counted", () => {
    expect(holdsAnswer(words, 0, all, { kind: "count", of: "members" }, members)).toBe(true);
    const chair = [words.indexOf("chair")];
    expect(holdsAnswer(words, 0, all, { kind: "count", of: "chair" }, chair)).toBe(false);
  });
  test("a duration is a number of years, months, weeks, days or hours", () => {
    expect(holdsAnswer(words, 0, all, { kind: "duration" })).toBe(true);
    const budget = words.indexOf("budget");
    expect(holdsAnswer(words, budget, all, { kind: "duration" })).toBe(false);
  });
  test("a sum is money", () => {
    const fine = words.indexOf("fine");
    expect(holdsAnswer(words, fine, fine + 8, { kind: "sum" })).toBe(true);
    expect(holdsAnswer(words, 0, fine, { kind: "sum" })).toBe(false);
  });
});

describe("scoreAnswers", () => {
  const text =
    "Intro. Members: the commission's members are appointed by the prime minister. " +
    "Size: the commission has five members.";
  const words = pageWords(text);
  const at = (w: string) => words.indexOf(w);
  const anchors = [
    { id: "members", text: "Members", location: at("Members:"), element: "h2" },
    { id: "size", text: "Size", location: at("Size:"), element: "h2" },
  ];
  const sections = sectionsOf({ content: text, anchors }, words.length).slice(1);
  const all = (w: string) => words.flatMap((x, i) => (x.toLowerCase().startsWith(w) ? [i] : []));
  const terms = [
    { locations: all("members"), weight: 1, names: [["members"]] },
    { locations: all("commission"), weight: 1, names: [["commission"]] },
  ];
  const best = (q: string) =>
    scoreAnswers(scoreSections(sections, terms, words), words, terms, q).sort(
      (a, b) => b.score - a.score,
    )[0]?.section.anchor?.id;

  test("“how many” prefers the section that gives the number to one headed by the word", () => {
    expect(best("commission members")).toBe("members");
    expect(best("how many members does the commission have")).toBe("size");
  });
});
