import { describe, expect, test } from "vitest";
import { budgets, formatJudged, judge } from "@/scripts/bench/budgets";
import { kindOf, seconds } from "@/scripts/bench/build";

describe("budgets", () => {
  test.each([
    [budgets.htmlBrotli, 14 * 1024, true],
    [budgets.htmlBrotli, 14 * 1024 + 1, false],
    [budgets.cls, 0, true],
    [budgets.cls, 0.0001, false],
    [budgets.requests, 3, true],
    [budgets.requests, 4, false],
    [budgets.lighthouse, 100, true],
    [budgets.lighthouse, 99, false],
  ])("%o with %d → within budget: %s", (budget, value, ok) => {
    expect(judge("/x/", budget, value).ok).toBe(ok);
  });

  test("a report line shows the figure beside its budget and says when it is over", () => {
    const [line] = formatJudged([judge("/strategy/", budgets.jsBrotli, 4096)]);
    expect(line).toBe(
      "/strategy/  JS before interaction, brotli  4.0 KiB  (budget ≤ 3.0 KiB)  OVER",
    );
  });
});

describe("kindOf", () => {
  test.each([
    ["strategy/index.html", "pages"],
    ["embed/strategy/index.html", "embeds"],
    ["email/strategy.html", "email files"],
    ["oembed/strategy.json", "oEmbed"],
    ["og/strategy.png", "share images"],
    ["rss.xml", "feeds and sitemap"],
    ["/sitemap-0.xml", "feeds and sitemap"],
    ["pagefind/pagefind.js", "search index"],
    ["favicon.svg", "other"],
  ])("%s is %s", (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

describe("seconds", () => {
  test.each([
    ["Completed in 812ms.", 812],
    ["built in 4.89s", 4890],
    ["Completed in 1m 13s.", 73_000],
    ["nothing", 0],
  ])("%s", (text, ms) => {
    expect(seconds(text)).toBeCloseTo(ms);
  });
});
