import { describe, expect, test } from "vitest";
import { answerLinks, rankOf, type QualityQuery } from "../../search-quality/queries";

const html = `<h2 id="for-citizens">For citizens</h2>
<h3 id="can-the-government-read-my-email">Can the government read my email?</h3>
<p>No. <sup class="cite"><a id="cite-1-1" href="#source-1">[1]</a></sup>
The <a href="../glossary/#metadata">metadata</a> only.</p>
<p><a href="../privacy-safeguards/#what-the-law-allows">What the law allows</a></p>
<h3 id="who-opposed-the-law">Who opposed the law?</h3>
<p>Two parties. No "read more" link.</p>
<h2 id="sources">Sources</h2>`;

describe("answerLinks", () => {
  test("maps each answer to its last link-only paragraph, not its citations or terms", () => {
    expect([...answerLinks(html)]).toEqual([
      ["/questions/#can-the-government-read-my-email", "/privacy-safeguards/#what-the-law-allows"],
    ]);
  });
});

describe("rankOf", () => {
  const answers = answerLinks(html);
  const q = (expected: QualityQuery["expected"]): QualityQuery => ({
    kind: "question",
    query: "x",
    expected,
  });
  const answer = "/questions/?highlight=x#can-the-government-read-my-email";
  test.each([
    ["the expected section", "/privacy-safeguards/#what-the-law-allows", [answer], 1],
    ["the expected page", "/privacy-safeguards/", ["/strategy/", answer], 2],
    ["another section of that page", "/privacy-safeguards/#who-checks", [answer], 0],
    ["a term it mentions", "/glossary/#metadata", [answer], 0],
    ["the answer itself", "/questions/#can-the-government-read-my-email", [answer], 1],
  ])("an answer that leads to %s", (_, expected, urls, rank) => {
    expect(rankOf(q(expected), urls, answers)).toBe(rank);
  });
  test("an answer without a read-more link counts only as itself", () => {
    expect(rankOf(q("/privacy-safeguards/"), ["/questions/#who-opposed-the-law"], answers)).toBe(0);
  });
  test("without the questions page's links, only the expected paths count", () => {
    expect(rankOf(q("/privacy-safeguards/#what-the-law-allows"), [answer])).toBe(0);
  });
});
