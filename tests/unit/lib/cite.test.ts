import { describe, expect, test } from "vitest";
import { formatCitations } from "@/lib/cite";

const base = {
  title: "The 2025 strategy",
  siteTitle: "Japan's Cyber Strategy, Explained",
  url: "https://example.org/strategy/",
  updated: "2026-11-25",
  key: "strategy",
};

describe("formatCitations", () => {
  const c = formatCitations(base);

  test.each([
    [
      "apa",
      "The 2025 strategy. (2026, November 25). Japan's Cyber Strategy, Explained. https://example.org/strategy/",
    ],
    [
      "mla",
      "“The 2025 strategy.” Japan's Cyber Strategy, Explained, 25 Nov. 2026, example.org/strategy/.",
    ],
    [
      "chicago",
      "Japan's Cyber Strategy, Explained. “The 2025 strategy.” Last modified November 25, 2026. https://example.org/strategy/.",
    ],
  ] as const)("%s", (style, expected) => {
    expect(c[style]).toBe(expected);
  });

  test("BibTeX: a @misc entry with the site as corporate author", () => {
    expect(c.bibtex).toBe(
      [
        "@misc{strategy-2026,",
        "  title = {The 2025 strategy},",
        "  author = {{Japan's Cyber Strategy, Explained}},",
        "  year = {2026},",
        "  month = nov,",
        "  url = {https://example.org/strategy/},",
        "  note = {Last updated 25 November 2026}",
        "}",
      ].join("\n"),
    );
  });

  test.each([
    ["2026-05-01", "(2026, May 1)", "1 May 2026", "month = may"],
    ["2025-09-30", "(2025, September 30)", "30 Sept. 2025", "month = sep"],
    ["2026-06-15", "(2026, June 15)", "15 June 2026", "month = jun"],
  ])("dates: %s", (updated, apa, mla, bib) => {
    const out = formatCitations({ ...base, updated });
    expect(out.apa).toContain(apa);
    expect(out.mla).toContain(mla);
    expect(out.bibtex).toContain(bib);
  });

  test("titles ending in punctuation get no second full stop; BibTeX escapes its specials", () => {
    const out = formatCitations({ ...base, title: "Who checks? 50% & more_{x}", key: "a b" });
    expect(out.apa).toMatch(/^Who checks\? 50% & more_\{x\}\. \(/);
    expect(out.bibtex).toContain("title = {Who checks? 50\\% \\& more\\_x}");
    expect(out.bibtex).toMatch(/^@misc\{a-b-2026,/);
  });
});
