import { describe, expect, test } from "vitest";
import { budgets, formatJudged, judge, judgeRatio, overBy } from "@/scripts/bench/budgets";
import { kindOf, seconds } from "@/scripts/bench/build";
import { worstLost } from "@/scripts/bench/side-by-side";

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe("budgets", () => {
  test.each([
    [budgets.firstScreen, 14_600 - 1_536, true],
    [budgets.firstScreen, 14_600 - 1_535, false],
    [budgets.wholePage, 43_800, true],
    [budgets.wholePage, 43_801, false],
    [budgets.tbt, 30, true],
    [budgets.tbt, 31, false],
    [budgets.cls, 0, true],
    [budgets.cls, 0.0001, false],
    [budgets.requests, 3, true],
    [budgets.requests, 4, false],
    [budgets.lighthouse, 100, true],
    [budgets.lighthouse, 99, false],
    [budgets.firstSearchBytesMax, 112_640, true],
    [budgets.firstSearchBytesMax, 112_641, false],
  ])("%o with %d → within budget: %s", (budget, value, ok) => {
    expect(judge("/x/", budget, value).ok).toBe(ok);
  });

  test("a report line shows the figure beside its budget and says by how much it is over", () => {
    const [line] = formatJudged([judge("/strategy/", budgets.jsBrotli, 4096)]);
    expect(line).toBe(
      "/strategy/  JS before interaction, brotli  4.0 KiB  (budget ≤ 3.0 KiB)  OVER by 1.0 KiB",
    );
  });
});

describe("ratios to the anchor", () => {
  test.each([
    [10_000, 10_000, true, "1.00×"],
    [9_000, 10_000, true, "0.90×"],
    [10_100, 10_000, false, "1.01×"],
  ])("this site %d ms, anchor %d ms → ok: %s (%s)", (site, anchor, ok, shown) => {
    const j = judgeRatio("4 explainers", budgets.buildRatio, site, anchor, secs);
    expect(j.ok).toBe(ok);
    expect(budgets.buildRatio.format(j.value)).toBe(shown);
  });

  test("the full cold build may take four times the anchor's pages + index", () => {
    expect(judgeRatio("x", budgets.fullColdRatio, 80_000, 20_000, secs).ok).toBe(true);
    expect(judgeRatio("x", budgets.fullColdRatio, 80_001, 20_000, secs).ok).toBe(false);
  });

  test("an anchor figure of 0 cannot make a ratio pass", () => {
    expect(judgeRatio("x", budgets.firstSearchBytes, 1, 0, String).ok).toBe(false);
  });

  test("a ratio's line shows both figures and how far over it is", () => {
    const j = judgeRatio("1,008 explainers", budgets.buildRatio, 44_800, 19_400, secs);
    expect(overBy(j)).toBe("by 1.31×");
    expect(formatJudged([j])[0]).toBe(
      "1,008 explainers  pages + index ÷ anchor's build  2.31×  (budget ≤ 1.00×)  OVER by 1.31×  (44.8 s / 19.4 s)",
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

describe("Lighthouse's lost points over several runs", () => {
  test("each audit once, with its lowest score", () => {
    expect(
      worstLost([
        "performance: Total Blocking Time (0.93)",
        "performance: First Contentful Paint (0.99)",
        "performance: Total Blocking Time (0.66)",
      ]),
    ).toEqual([
      "performance: Total Blocking Time (0.66)",
      "performance: First Contentful Paint (0.99)",
    ]);
  });
});
