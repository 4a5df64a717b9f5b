import { describe, expect, test } from "vitest";
import { denseSentences } from "@/lib/citation-density";

const c = (id: string) => `<Cite id="${id}" />`;

describe("denseSentences", () => {
  test.each([
    { text: `One claim. ${c("a")}${c("b")}${c("c")}`, dense: 0 },
    { text: `One claim. ${c("a")}${c("b")}${c("c")}${c("d")}`, dense: 1 },
    { text: `One ${c("a")} claim ${c("b")}. ${c("c")}${c("d")} Next one. ${c("e")}`, dense: 1 },
    { text: `First. ${c("a")}${c("b")} Second. ${c("c")}${c("d")}`, dense: 0 },
    { text: `- Item one. ${c("a")}${c("b")}\n- Item two. ${c("c")}${c("d")}`, dense: 0 },
    { text: `Para one. ${c("a")}${c("b")}\n\nPara two. ${c("c")}${c("d")}`, dense: 0 },
    {
      text: `---\ntitle: x\n---\nimport { Cite } from "@/components/mdx";\n\nA. ${c("a")}${c("b")}${c("c")}${c("d")}${c("e")}`,
      dense: 1,
    },
  ])("$text → $dense", ({ text, dense }) => {
    expect(denseSentences(text)).toHaveLength(dense);
  });

  test("names the sentence and its count", () => {
    expect(denseSentences(`Too many here. ${c("a")}${c("b")}${c("c")}${c("d")}`)[0]).toMatch(
      /^Too many here\..*\(4 citations\)$/,
    );
  });
});
