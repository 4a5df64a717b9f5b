import { describe, expect, test } from "vitest";
import { toEmailHtml, toEmailText, toFeedHtml, type EmailDoc } from "@/build/copies/email";
import { checkEmailHtml } from "@/build/copies/email-check";
import { splitSections } from "@/build/sections";
import { emailClientErrors } from "../../../support/caniemail";
import { body, term, timelineEvent } from "../fixtures-rendered";

const { intro, sections } = splitSections(body);
const doc: EmailDoc = {
  lang: "en",
  siteTitle: "Site",
  siteUrl: "https://example.org/",
  title: "The explainer",
  dek: "What it is about.",
  updated: "25 November 2026",
  url: "https://example.org/explainer/",
  parts: [
    { title: "In short", html: "<ul><li>One point.</li></ul>", boxed: true },
    { html: intro },
    ...sections.map((s) => ({ title: s.title, html: s.html })),
  ],
  sources: [
    {
      n: 1,
      title: "A report",
      publisher: "Paper",
      date: "1 May 2025",
      url: "http://old.example.com/r",
      lang: "en",
    },
    {
      n: 2,
      title: "記事",
      publisher: "新聞",
      date: "2 May 2025",
      url: "https://jp.example.com/",
      lang: "ja",
    },
    {
      n: 3,
      title: "Another",
      publisher: "Agency",
      date: "undated",
      url: "https://gov.example/",
      lang: "en",
    },
  ],
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};
const section = (html: string): EmailDoc => ({ ...doc, parts: [{ html }], dek: undefined });

describe("toEmailHtml", () => {
  const html = toEmailHtml(doc);

  test("passes caniemail in every client it knows (but what degrades gracefully), and the site's own rules", () => {
    expect(emailClientErrors(html).errors).toEqual([]);
    expect(checkEmailHtml(html, { siteOrigin: "https://example.org" })).toEqual([]);
  });

  test("a single 600-pixel column of presentation tables with inline styles", () => {
    expect(html).toMatch(/<table role="presentation" width="600"[^>]*style="[^"]*max-width:600px/);
    expect(html).not.toMatch(/<table(?![^>]*role="presentation")/);
    expect(html).not.toMatch(/\sid=|<script|<svg|<button|popover/);
    // Classes and the one stylesheet serve only the dark scheme.
    for (const [, names] of html.matchAll(/\sclass="([^"]*)"/g)) expect(names).toMatch(/^x-/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain("@media (prefers-color-scheme: dark){");
  });

  test.each([
    ["citations become superscript numbers, adjacent ones merged", /<sup style="[^"]*">1,2<\/sup>/],
    [
      "glossary terms become links to the glossary",
      /<a href="https:\/\/example\.org\/glossary\/#nisc"[^>]*>NISC<\/a>/,
    ],
    ["in-page links point into the full page", /href="https:\/\/example\.org\/explainer\/#first"/],
    [
      "quotations keep their words and attribution",
      /<blockquote [^>]*><p [^>]*>“We aim high”<\/p><\/blockquote><p [^>]*>— Minoru Kihara/,
    ],
    [
      "drawn figures become their caption and text version",
      /<strong>Editions of the strategy<\/strong>.*10 June 2013 — First strategy/s,
    ],
    [
      "sources keep their page numbers, upgraded to https",
      /<li value="1"[^>]*><a href="https:\/\/old\.example\.com\/r"/,
    ],
    ["Japanese sources are marked", /新聞, 2 May 2025\. In Japanese\./],
  ])("%s", (_, pattern) => {
    expect(html).toMatch(pattern);
  });

  test("page-only parts disappear: definitions, decorations, screen-reader-only text", () => {
    const timeline = toEmailHtml(section(`${term("x", "X")}${timelineEvent}`));
    expect(timeline).not.toMatch(/The definition of|Kind: policy|Definition:|aria-hidden/);
    expect(timeline).toMatch(/2013<br>First strategy/);
    expect(timeline).toContain('href="https://www.kantei.go.jp/a.html"');
  });

  test("a section's headings can be lifted to follow the headline", () => {
    const lifted = toEmailHtml({ ...doc, parts: [{ html: timelineEvent, promote: 1 }] });
    expect(lifted).toMatch(/<h2 style="[^"]*">2013<br>First strategy<\/h2>/);
    expect(lifted).not.toContain("<h3");
  });

  test("a figure without a text version still says where the drawing is", () => {
    const html = toEmailHtml(section(`<figure><figcaption>Map</figcaption><svg></svg></figure>`));
    expect(html).toMatch(/<strong>Map<\/strong>.*The drawing is on the web page/s);
    expect(html).not.toContain("<svg");
  });
});

describe("toEmailText", () => {
  const text = toEmailText(doc);

  test("headline underlined, sections as capitals, citations as [n]", () => {
    expect(text).toMatch(/^Site\n\nThe explainer\n=============\n\nWhat it is about\.\n/);
    expect(text).toContain("\n\nIN SHORT\n\n- One point.\n");
    expect(text).toContain("The NISC was set up. [1][2] Then more.");
    expect(text).toContain(
      "See above <https://example.org/explainer/#first> and a report <https://example.org/x>. [3]",
    );
  });

  test.each([
    ["quotations are quoted", "> “We aim high”\n\n— Minoru Kihara"],
    [
      "figures give their text version",
      "Editions of the strategy\n\n1. 10 June 2013 — First strategy\n2. 2015 — Second strategy",
    ],
    [
      "sources end the text",
      "Sources\n-------\n[1] A report. Paper, 1 May 2025. <https://old.example.com/r>",
    ],
    ["and the licence", "Text under CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>"],
  ])("%s", (_, expected) => {
    expect(text).toContain(expected);
  });

  test("no markup and no run of blank lines", () => {
    expect(text).not.toMatch(/<(p|a|sup|span)\b|\n\n\n/);
  });

  test("headings with a date above the title read as one line", () => {
    expect(toEmailText(section(timelineEvent))).toContain(
      `1. 2013: First strategy\n   ${"-".repeat(20)}\n   It began.`,
    );
  });
});

describe("toFeedHtml", () => {
  const html = toFeedHtml(doc);

  test("plain semantic HTML with linked citations and a source list", () => {
    expect(html).toContain(
      '<sup><a href="https://example.org/explainer/#source-1">[1]</a><a href="https://example.org/explainer/#source-2">[2]</a></sup>',
    );
    expect(html).toContain("<h2>Sources</h2>");
    expect(html).not.toMatch(/style=|class=|data-|<button|popover/);
  });
});
