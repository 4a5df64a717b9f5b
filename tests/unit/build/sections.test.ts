import { describe, expect, test } from "vitest";
import {
  citationsIn,
  firstSentence,
  inShortCard,
  oneLine,
  splitSections,
  squash,
} from "@/build/sections";
import { body, cite } from "./fixtures-rendered";

describe("splitSections", () => {
  const { intro, sections } = splitSections(body);

  test("cuts at each top-level h2 with an id, keeping the introduction apart", () => {
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ["first", "First section"],
      ["second", "Second & last"],
    ]);
    expect(intro).toContain("Intro text.");
    expect(intro).not.toContain("<h2");
    expect(sections[0]?.html).toContain("NISC");
    expect(sections[0]?.html).not.toContain("Second");
    expect(sections[1]?.html).toContain("<figure");
  });

  test("a body without headings is all introduction", () => {
    expect(splitSections("<p>Only this.</p>")).toEqual({
      intro: "<p>Only this.</p>",
      sections: [],
    });
  });
});

describe("citationsIn", () => {
  test.each([
    [body, [1, 2, 3]],
    [`<p>${cite(7)} and ${cite(3)}${cite(7, 2)}</p>`, [3, 7]],
    ["<p>No citations.</p>", []],
    // A superscript that is not a citation is not counted.
    ['<p>x<sup><a href="#note">2</a></sup></p>', []],
  ])("%#", (html, expected) => {
    expect(citationsIn(html)).toEqual(expected);
  });
});

describe("oneLine", () => {
  test.each([
    ["<p>The office opened. It grew.</p>", "The office opened."],
    [`<p>Act No. 42 adds powers. ${cite(2)} More.</p>`, "Act No. 42 adds powers."],
    [
      "<p>Defense with the state at the core (国が要となる防御). Then.</p>",
      "Defense with the state at the core.",
    ],
    [`<p>The ${"word ".repeat(60)}end.</p>`, expect.stringMatching(/^The (word ){20,}word…$/)],
    // Definitions in popovers and button labels are not reading text.
    [`<p>${body.split("\n")[2]}</p>`, "The NISC was set up."],
  ])("%s", (html, expected) => {
    const line = oneLine(html);
    expect(line).toEqual(expected);
    expect(line.length).toBeLessThanOrEqual(150);
  });
});

describe("firstSentence", () => {
  test.each([
    ["One. Two.", "One."],
    ["Is it? Yes.", "Is it?"],
    ["See Art. 6 of the act. Next.", "See Art. 6 of the act."],
    ["No full stop", "No full stop"],
    ["It said “go.” Then left.", "It said “go.”"],
  ])("%s → %s", (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

test("inShortCard lists the points as escaped list items", () => {
  expect(inShortCard(["A & B", "<C>"])).toEqual({
    id: "in-short",
    title: "In short",
    html: "<ul><li>A &amp; B</li><li>&lt;C&gt;</li></ul>",
  });
});

describe("squash", () => {
  test.each([
    ["  Lead and trail  ", "Lead and trail"],
    ["one two", "one two"],
    ["line\nbreak", "line break"],
    ["tab\tand  two\n\n spaces", "tab and two spaces"],
    ["no\u00a0break and\u3000wide \u2028 separators", "no break and wide separators"],
    ["\n", ""],
  ])("%j → %j", (text, squashed) => {
    expect(squash(text)).toBe(squashed);
  });
});
