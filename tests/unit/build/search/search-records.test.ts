import { describe, expect, test } from "vitest";
import {
  glossaryRecord,
  indexedText,
  pagefindHtml,
  timelineRecord,
  withJapaneseTokens,
} from "@/build/search/search-records";

const page = `<html><body><nav>Menu 目次</nav><main><div data-pagefind-body><h1>ACD</h1>
<p>Japan's term is 能動的サイバー防御.<br>More.</p>
<span data-pagefind-ignore><span>通信の秘密</span></span><script>var x = "秘密";</script></div></main></body></html>`;

describe("indexedText", () => {
  test("keeps body text, drops ignored parts, scripts and text outside the body", () => {
    const text = indexedText(page);
    expect(text).toContain("能動的サイバー防御");
    expect(text).toContain("More.");
    expect(text).not.toContain("通信の秘密");
    expect(text).not.toContain("目次");
    expect(text).not.toContain("var x");
  });
});

describe("withJapaneseTokens", () => {
  test("follows each Japanese term, where it stands, with its parts in token marks", () => {
    const html = withJapaneseTokens(page);
    // In place, so a match on a part belongs to the section that holds the term (issue 14).
    expect(html).toContain(
      "<p>Japan's term is 能動的サイバー防御 ⟦ サイバー 能動的 能動 防御 ⟧.<br>",
    );
    expect(html).not.toMatch(/<p data-pagefind-weight/);
    expect(html).toContain('var x = "秘密";'); // scripts are left alone
  });
  test("leaves a page without Japanese as it was", () => {
    const plain = "<div data-pagefind-body><p>Only English.</p></div>";
    expect(withJapaneseTokens(plain)).toBe(plain);
  });
});

describe("pagefindHtml", () => {
  test("gives Pagefind the page with its Japanese tokens and empty inline stylesheets", () => {
    const styled = page.replace(
      "<html><body>",
      '<html><head><style>p{color:red}</style><style media="print">nav{display:none}</style></head><body>',
    );
    expect(pagefindHtml(styled)).toBe(
      withJapaneseTokens(page).replace(
        "<html><body>",
        '<html><head><style></style><style media="print"></style></head><body>',
      ),
    );
  });
});

describe("records", () => {
  test("a glossary term lands on its anchor and is findable by its aliases and Japanese parts", () => {
    const r = glossaryRecord("active-cyber-defense", {
      term: "Active cyber defense",
      japanese: "能動的サイバー防御",
      aliases: ["ACD"],
      definition: "Stopping attacks before harm.",
    });
    expect(r.url).toBe("/glossary/#active-cyber-defense");
    expect(r.filters).toEqual({ kind: ["Glossary term"] });
    expect(r.content).toContain("ACD");
    expect(r.content).toContain("サイバー 能動的 能動 防御");
  });
  test("a timeline event lands on its anchor on the history page, with its year", () => {
    const r = timelineRecord("2013-06-10-first", {
      date: "2013-06-10",
      title: "First strategy",
      summary: "S.",
    });
    expect(r.url).toBe("/timeline/#event-2013-06-10-first");
    expect(r.meta["title"]).toBe("First strategy (10 June 2013)");
    expect(r.content).toContain("2013");
  });
});
