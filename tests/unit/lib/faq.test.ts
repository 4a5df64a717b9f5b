import { describe, expect, test } from "vitest";
import { faqFromMdx, faqPageData, jsonLd, mdxToText, smartQuotes } from "@/lib/faq";

const body = `import { Cite, Term } from "@/components/mdx";

## For citizens

### Can the government read *my* email?

No. It sees only <Term id="metadata">mechanical information</Term>. <Cite id="a" /><Cite id="b" />

Second paragraph with a [link](../x/) inside.

[Read more](../privacy-safeguards/#x)

### Is domestic traffic collected?

No. <Cite id="a" />

## For companies

Intro under a group, not an answer.
`;

describe("mdxToText", () => {
  test.each([
    ['A <Cite id="x" /> b.', "A b."],
    ['<Term id="t">term</Term> here', "term here"],
    ['<span lang="ja">通信</span>', "通信"],
    ["a [link](../x/#y) b", "a link b"],
    ["**bold** and *em*", "bold and em"],
    ["line\n  break", "line break"],
  ])("%s → %s", (mdx, text) => {
    expect(mdxToText(mdx)).toBe(text);
  });
});

describe("smartQuotes", () => {
  test.each([
    ["anyone's consent", "anyone\u2019s consent"],
    ['calls it "hack back".', "calls it \u201chack back\u201d."],
    ["the 'double lock'", "the \u2018double lock\u2019"],
  ])("%s → %s", (plain, typographic) => {
    expect(smartQuotes(plain)).toBe(typographic);
  });
});

describe("faqFromMdx", () => {
  const faqs = faqFromMdx(body);

  test("one entry per ### heading, answer without citations or the read-more link", () => {
    expect(faqs).toEqual([
      {
        question: "Can the government read my email?",
        answer: "No. It sees only mechanical information. Second paragraph with a link inside.",
      },
      { question: "Is domestic traffic collected?", answer: "No." },
    ]);
  });

  test("components whose text comes from data are expanded before the text is taken", () => {
    const expanded = faqFromMdx(body, (mdx) => mdx.replace("No. <Cite", "Not at all. <Cite"));
    expect(expanded[1]?.answer).toBe("Not at all.");
  });

  test("text under a ## group heading is not an answer", () => {
    expect(faqs.map((f) => f.answer).join(" ")).not.toContain("Intro under a group");
  });
});

describe("faqPageData and jsonLd", () => {
  test("FAQPage with Question and Answer entities", () => {
    const data = faqPageData([{ question: "Q?", answer: "A." }], "https://example.org/questions/");
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: [
        { "@type": "Question", name: "Q?", acceptedAnswer: { "@type": "Answer", text: "A." } },
      ],
    });
  });

  test("no text can close the script element early", () => {
    const json = jsonLd({ text: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</");
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" });
  });
});
