import { describe, expect, test } from "vitest";
import { embedDocument, firstDifference, shellOf } from "@/build/copies/embed-page";
import { copyFiles } from "@/build/copies/files";
import { handOver, takeOver } from "@/build/copies/handoff";
import { routesOf, type PortableExplainer } from "@/build/copies/portable-route";
import { sharePolicyOf } from "@/build/copies/share-page";
import { parseFragment } from "@/build/sections";

const shell = {
  head: `<meta http-equiv="content-security-policy" content="default-src 'self'"><style>p{}</style>`,
  script: `<script type="module">go()</script>`,
};

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

const body = `<p>Intro.</p><h2 id="first">First</h2><p>Text <a href="#first">here</a>.</p>`;

const explainer: PortableExplainer = {
  slug: "strategy",
  title: `Japan's "new" strategy`,
  description: "What the strategy says & does.",
  summary: ["One <point>.", "Two."],
  published: new Date("2025-12-23"),
  updated: new Date("2026-01-05"),
  body,
  bodyNodes: parseFragment(body).children,
  intro: "<p>Intro.</p>",
  introNodes: [],
  height: 400,
  cards: [
    {
      id: "in-short",
      title: "In short",
      html: "",
      summary: "One.",
      citations: [],
      height: 300,
      nodes: [],
    },
    {
      id: "first",
      title: "First",
      html: "<p>Text.</p>",
      summary: "Text.",
      citations: [1],
      height: 320,
      nodes: parseFragment("<p>Text.</p>").children,
    },
  ],
  sources: [
    {
      n: 1,
      title: "A & B",
      publisher: "Kyodo",
      date: "1 May 2025",
      url: "https://example.org/?a=1&b=2",
      lang: "ja",
    },
  ],
};

describe("the copies written after the build", () => {
  test("one route per explainer and per card, the explainer's first", () => {
    expect(routesOf([explainer]).map((r) => r.path)).toEqual([
      "strategy",
      "strategy/in-short",
      "strategy/first",
    ]);
  });

  test("the explainers handed over are taken once", () => {
    handOver([explainer]);
    expect(takeOver()).toEqual([explainer]);
    expect(takeOver()).toBeUndefined();
  });

  test("an embed escapes text and attributes as Astro does and keeps the shell", () => {
    const [whole, , section] = routesOf([explainer]);
    const html = embedDocument(whole!, shell);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain(`<title>Japan&#39;s &quot;new&quot; strategy — `);
    expect(html).toContain(
      `<meta property="og:title" content="Japan's &quot;new&quot; strategy"/>`,
    );
    expect(html).toContain(`<li>One &lt;point&gt;.</li>`);
    expect(html).toContain(`href="https://example.org/?a=1&amp;b=2" hreflang="ja"`);
    expect(html).toContain(`${shell.head}</head>`);
    expect(html).toMatch(/<\/div><script type="module">go\(\)<\/script><\/body><\/html>$/);
    expect(shellOf(html)).toEqual(shell);
    expect(html).toContain(
      `<p>Text <a href="#first">here</a>.</p>`, // a link to a part of the embed stays in it
    );
    const card = embedDocument(section!, shell);
    expect(card).toContain(`<p class="text-sm text-muted">From <a `);
    expect(card).toContain(`<p>Text.</p>`);
    expect(card).not.toContain(`id="in-short"`);
  });

  test("five more files per route, each named", () => {
    const [whole] = routesOf([explainer]);
    expect(copyFiles(whole!, shell, policy).map((f) => f.path)).toEqual([
      "embed/strategy/index.html",
      "email/strategy.html",
      "email/strategy.txt",
      "paste/strategy.html",
      "paste/strategy.txt",
      "oembed/strategy.json",
    ]);
  });

  test("a card's route writes its share link too, with Astro's policy", () => {
    const [, , section] = routesOf([explainer]);
    const files = copyFiles(section!, shell, policy);
    expect(files.map((f) => f.path).at(-1)).toBe("share/strategy/first/index.html");
    const html = files.at(-1)!.text;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/strategy/#first">`);
    expect(html).toContain(`<title>Japan&#39;s &quot;new&quot; strategy: First — `);
    expect(html).toContain(`${policy}</head><body><main><h1>First</h1>`);
    expect(html).toContain(`<a href="/strategy/#first">Japan&#39;s &quot;new&quot; strategy</a>`);
    expect(sharePolicyOf(html)).toBe(policy);
  });

  test("a file that cannot be made stops the build naming it", () => {
    const [, , section] = routesOf([{ ...explainer, sources: undefined as never }]);
    expect(() => copyFiles(section!, shell, policy)).toThrow(
      /^embed\/strategy\/first\/index\.html: /,
    );
  });

  test("a difference from Astro's reference is located", () => {
    expect(firstDifference("<p>abc</p>", "<p>abc</p>")).toBeUndefined();
    expect(firstDifference("<p>abc</p>", "<p>abd</p>")).toMatch(/^at character 5: /);
  });
});
