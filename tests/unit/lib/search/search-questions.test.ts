import { describe, expect, test } from "vitest";
import { asksDefinition, isQuestion } from "@/lib/search/search-questions";

describe("isQuestion", () => {
  test.each([
    ["when can the Self-Defense Forces act", true],
    ["Who decides?", true],
    ["what's a neutralization", true],
    ["SDF Act", false],
    ["neutralise servers", false],
    ["oversight commission?", true],
  ])("%s → %s", (q, asked) => expect(isQuestion(q)).toBe(asked));
});

describe("asksDefinition", () => {
  test.each([
    ["what is the NCO", true],
    ["What's active cyber defense?", true],
    ["who are the SDF", true],
    ["what does mechanical information mean", true],
    ["who appoints the commission members", false],
    ["how many members does the commission have", false],
    ["when did the NCO open", false],
    ["oversight commission", false],
  ])("%s → %s", (q, definition) => expect(asksDefinition(q)).toBe(definition));
});
