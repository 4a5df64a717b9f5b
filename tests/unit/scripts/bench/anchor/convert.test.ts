import { describe, expect, test } from "vitest";
import { anchorInputs } from "@/scripts/bench/anchor/build";
import {
  glossaryMarkdown,
  headingSlug,
  toStarlightMarkdown,
  type AnchorInputs,
} from "@/scripts/bench/anchor/convert";
import { realExplainers } from "@/scripts/bench/build";

const inputs: AnchorInputs = {
  sources: new Map([
    [
      "a",
      {
        id: "a",
        title: "First [report]",
        publisher: "Pub A",
        date: "2025-12-23",
        url: "https://a.example/",
      },
    ],
    ["b", { id: "b", title: "Second", publisher: "Pub B", url: "https://b.example/" }],
    ["c", { id: "c", title: "Third", publisher: "Pub C", url: "https://c.example/" }],
  ]),
  terms: new Map([["acd", "Active cyber defense (ACD)"]]),
};

const mdx = (body: string, sources = "[a, b, c]") =>
  `---\ntitle: A title\ndescription: A description.\nsources: ${sources}\norder: 3\n---\nimport { Cite, Q, Quote, Term } from "@/components/mdx";\n\n${body}\n`;

describe("toStarlightMarkdown", () => {
  test("citations become [n] in order of first use, with a numbered source list", () => {
    const { markdown } = toStarlightMarkdown(
      "x",
      mdx('One. <Cite id="b" /><Cite id="a" /> Two. <Cite id="b" />'),
      inputs,
    );
    expect(markdown).toContain("One. [1] [2] Two. [1]");
    expect(markdown).toContain(
      "## Sources\n\n1. [Second](https://b.example/), Pub B\n2. [First report](https://a.example/), Pub A, 2025-12-23\n3. [Third](https://c.example/), Pub C\n",
    );
    expect(markdown).not.toContain("import");
  });

  test.each([
    [
      '<Term id="acd">active cyber defense</Term>',
      "[active cyber defense](/glossary/#active-cyber-defense-acd)",
    ],
    ['<Q source="a">a law</Q>', "“a law”"],
    [
      '<Quote source="a" by="M. K., Secretary" context="at a press conference">We aim high</Quote>',
      "> “We aim high”\n>\n> — M. K., Secretary, at a press conference, as reported by Pub A",
    ],
    [
      '<ReportNotes>\n\n- Wrong. <Cite id="a" />\n\n</ReportNotes>',
      ":::note[What the report gets wrong]\n- Wrong. [1]\n:::",
    ],
    ['<StatusTable caption="x" ids="a b" />\n\nAfter.', "After."],
  ])("%s → %s", (input, output) => {
    expect(toStarlightMarkdown("x", mdx(input), inputs).markdown).toContain(output);
  });

  test("frontmatter keeps title, description and the order", () => {
    const { markdown } = toStarlightMarkdown("x", mdx("Text."), inputs);
    expect(
      markdown.startsWith(
        "---\ntitle: A title\ndescription: A description.\nsidebar:\n  order: 3\n---\n",
      ),
    ).toBe(true);
  });

  test.each([
    ['<Cite id="nope" />', "x: unknown source nope"],
    ['<Term id="nope">t</Term>', "x: unknown glossary term nope"],
  ])("%s fails naming the page: %s", (body, message) => {
    expect(() => toStarlightMarkdown("x", mdx(body), inputs)).toThrow(message);
  });

  test("every real explainer converts, leaving no component behind", () => {
    const real = anchorInputs();
    for (const { slug, mdx: text } of realExplainers()) {
      const { markdown } = toStarlightMarkdown(slug, text, real);
      expect(markdown, slug).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    }
  });
});

describe("glossary and heading slugs", () => {
  test.each([
    ["Active cyber defense (ACD)", "active-cyber-defense-acd"],
    ["Diet", "diet"],
    ["Access and neutralization", "access-and-neutralization"],
  ])("%s → #%s", (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });

  test("terms are sorted, one heading each", () => {
    const md = glossaryMarkdown([
      { term: "Zeta", definition: "Last." },
      { term: "Alpha", definition: "First." },
    ]);
    expect(md).toContain("## Alpha\n\nFirst.\n\n## Zeta\n\nLast.\n");
  });
});
