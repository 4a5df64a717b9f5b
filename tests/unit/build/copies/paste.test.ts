import { describe, expect, test } from "vitest";
import { ownNumbers, toEmailText, toPasteHtml, type EmailDoc } from "@/build/copies/email";
import { cite, quote } from "../fixtures-rendered";

const source = (n: number, title: string) => ({
  n,
  title,
  publisher: "Paper",
  date: "1 May 2025",
  url: `http://example.com/${n}`,
  lang: "en",
});

/** A section that cites the page's sources 7 and 3, in that order. */
const section: EmailDoc = {
  lang: "en",
  siteTitle: "Site",
  siteUrl: "https://example.org/",
  title: "A section",
  from: { title: "The explainer", url: "https://example.org/explainer/" },
  updated: "25 November 2026",
  url: "https://example.org/explainer/#a-section",
  parts: [
    {
      html: `<p>First claim. ${cite(7)}${cite(3)} Second. ${cite(3, 2)}</p>${quote}<ul><li>Item ${cite(7, 2)}</li></ul>`,
      promote: 1,
    },
  ],
  sources: [source(3, "Three"), source(7, "Seven")],
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};

describe("ownNumbers", () => {
  test("numbers citations from 1 in the order they are first cited", () => {
    const own = ownNumbers(section);
    expect([...(own.numbers ?? [])]).toEqual([
      [7, 1],
      [3, 2],
    ]);
    expect(own.sources.map((s) => [s.n, s.title])).toEqual([
      [1, "Seven"],
      [2, "Three"],
    ]);
  });
});

describe("toPasteHtml", () => {
  const html = toPasteHtml(section);

  test("semantic HTML only: no tables, styles, classes, superscript or list values", () => {
    expect(html).not.toMatch(/<table|style=|class=|<sup|value=|data-/);
    expect(html).toContain("<h1>A section</h1>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ul><li>Item");
  });

  test("citations are bracketed text linked to the source, numbered like the source list", () => {
    expect(html).toContain(
      'First claim. <a href="https://example.com/7">[1]</a><a href="https://example.com/3">[2]</a> Second. <a href="https://example.com/3">[2]</a>',
    );
    expect(html).toMatch(
      /<h2>Sources<\/h2><ol><li><a href="https:\/\/example.com\/7" hreflang="en">Seven<\/a>.*?<li><a href="https:\/\/example.com\/3"/,
    );
  });

  test("its plain text numbers citations the same way", () => {
    const text = toEmailText(ownNumbers(section));
    expect(text).toContain("First claim. [1][2] Second. [2]");
    expect(text).toContain("[1] Seven. Paper, 1 May 2025. <https://example.com/7>");
  });
});
