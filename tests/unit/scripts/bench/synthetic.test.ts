import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { realExplainers } from "@/scripts/bench/build";
import { syntheticExplainer, syntheticSlug } from "@/scripts/bench/synthetic";
import { explainerSchema } from "@/schemas/explainer";

// The scale bench is only honest if its pages are the real ones renamed: what the build accepts,
// with the same components, citations and quotations, each page its own.
const real = realExplainers();
const indexes = [0, 1, real.length, 998, 999];
const pages = indexes.map((i) => syntheticExplainer(i, real));
const split = (mdx: string) => {
  const [, yaml = "", body = ""] = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { frontmatter: load(yaml) as Record<string, unknown>, body };
};

describe("synthetic explainers", () => {
  test.each(pages)("$slug has frontmatter the explainer schema accepts", ({ mdx }) => {
    expect(explainerSchema.safeParse(split(mdx).frontmatter).error).toBeUndefined();
  });

  test.each(pages)("$slug is $copyOf's body, word for word", ({ mdx, copyOf }) => {
    const original = real.find((r) => r.slug === copyOf)!;
    expect(split(mdx).body).toBe(split(original.mdx).body);
    expect(split(mdx).frontmatter["sources"]).toEqual(split(original.mdx).frontmatter["sources"]);
  });

  test("copies go round the real explainers in order, and each has its own slug and title", () => {
    expect(pages.map((p) => p.copyOf)).toEqual(indexes.map((i) => real[i % real.length]!.slug));
    expect(pages.map((p) => p.slug)).toEqual(indexes.map(syntheticSlug));
    const titles = pages.map((p) => split(p.mdx).frontmatter["title"]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(syntheticSlug(0)).toBe("synthetic-0001");
  });

  test("the same index gives the same page", () => {
    expect(syntheticExplainer(41, real).mdx).toBe(syntheticExplainer(41, real).mdx);
  });
});
