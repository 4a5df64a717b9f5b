import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { syntheticInputs } from "@/scripts/bench/build";
import { seededRandom, syntheticExplainer, wordListFrom } from "@/scripts/bench/synthetic";
import { countWords } from "@/lib/reading";
import { isVerbatim } from "@/lib/quotes";
import { explainerSchema } from "@/schemas/explainer";

// The scale bench is only honest if its pages are what the build accepts and the index
// holds: schema-valid frontmatter, real sources and terms, a verifiable quote, 700–1,000 words.
const inputs = syntheticInputs();
const pages = [0, 1, 41, 998, 999].map((i) => syntheticExplainer(i, inputs));
const split = (mdx: string) => {
  const [, yaml = "", body = ""] = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { frontmatter: load(yaml) as Record<string, unknown>, body };
};

describe("synthetic explainers", () => {
  test.each(pages)("$slug has frontmatter the explainer schema accepts", ({ mdx }) => {
    const { frontmatter } = split(mdx);
    expect(explainerSchema.safeParse(frontmatter).error).toBeUndefined();
  });

  test.each(pages)("$slug cites real sources and defines real terms", ({ mdx }) => {
    const { frontmatter, body } = split(mdx);
    const ids = [
      ...(frontmatter["sources"] as string[]),
      ...[...body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!),
    ];
    expect(ids.filter((id) => !inputs.sourceIds.includes(id))).toEqual([]);
    const terms = [...body.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!);
    expect(terms.filter((id) => !inputs.glossaryIds.includes(id))).toEqual([]);
  });

  test.each(pages)("$slug has 700–1,000 words of running text", ({ mdx, words }) => {
    const text = split(mdx)
      .body.replace(/^import .*$/m, "")
      .replace(/<[^>]+>/g, " ");
    expect(words).toBeGreaterThanOrEqual(700);
    expect(countWords(text)).toBeGreaterThanOrEqual(700);
    expect(countWords(text)).toBeLessThanOrEqual(1_050);
  });

  test("its quotation is verbatim in the seed the real site quotes it from", () => {
    const seed = readFileSync(
      new URL("../../../../seeds/000_14b94dd3d5f3f64e.txt", import.meta.url),
      "utf8",
    );
    expect(inputs.quote.source).toBe("japan-today-2025-12-23");
    expect(isVerbatim(inputs.quote.text, seed)).toBe(true);
  });

  test("pages are reproducible and differ from each other", () => {
    expect(syntheticExplainer(41, inputs).mdx).toBe(pages[2]!.mdx);
    const bodies = pages.map((p) => split(p.mdx).body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  test("the word list keeps real words with their frequency, not markup", () => {
    const words = wordListFrom([
      '---\ntitle: X\n---\nimport { Cite } from "@/components/mdx/index";\n\nThe cabinet, the <Cite id="a" /> cabinet.',
    ]);
    expect(words).toEqual(["the", "cabinet", "the", "cabinet"]);
  });

  test("the random source is seeded", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
