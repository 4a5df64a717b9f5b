import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { countWords } from "@/lib/reading";
import { siteConfig } from "@/site.config";

const dir = "content/explainers";
const explainers = readdirSync(dir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, "utf8") }));

/** The prose of an MDX file: no frontmatter, imports or component tags (their children stay). */
function prose(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, "")
    .replace(/^import .*$/gm, "")
    .replace(/<[^>]+>/g, " ");
}

/** Paragraphs and list items: blocks of text that are not headings or components on their own. */
function blocks(mdx: string): string[] {
  return mdx
    .replace(/^---[\s\S]*?\n---\n/, "")
    .split(/\n\s*\n|\n(?=- |\d+\. )/)
    .map((b) => b.trim())
    .filter(
      // A component tag alone on its lines (self-closing, opening or closing) is not text.
      (b) => b && !b.startsWith("#") && !b.startsWith("import ") && !/^<\/?[A-Z][^>]*>$/.test(b),
    );
}

describe.each(explainers)("$file", ({ text }) => {
  test("is 700–1,500 words long", () => {
    const words = countWords(prose(text));
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1500);
  });

  test("every paragraph and list item that states something carries a citation", () => {
    // Exempt: a block that introduces what follows (ends with a colon), a verified <Quote>
    // (it names its source), and list items under a cited paragraph that introduces them.
    let introCited = false;
    const uncited = blocks(text).filter((b) => {
      const cited = b.includes("<Cite ");
      if (!b.startsWith("- ")) introCited = cited || b.endsWith(":");
      return (
        !cited &&
        !b.endsWith(":") &&
        !b.startsWith("<Quote ") &&
        !(b.startsWith("- ") && introCited)
      );
    });
    expect(uncited).toEqual([]);
  });
});

describe("reading paths (src/site.config.ts readerPaths)", () => {
  const slugs = new Set(explainers.map((e) => e.file.replace(/^.*\/(.*)\.mdx$/, "$1")));
  const questions = readFileSync("content/pages/questions.mdx", "utf8");
  test.each(siteConfig.readerPaths)(
    "$id names explainers that exist and a questions group",
    (path) => {
      expect(path.slugs.filter((s) => !slugs.has(s))).toEqual([]);
      expect(questions).toMatch(new RegExp(`^## ${path.label}$`, "m"));
    },
  );
  test("every explainer is on at least one path", () => {
    const onPath = new Set(siteConfig.readerPaths.flatMap((p) => p.slugs));
    expect([...slugs].filter((s) => !onPath.has(s))).toEqual([]);
  });
});

describe("the attacks on the timeline (content/timeline/, kind incident)", () => {
  const timeline = "content/timeline";
  const incidents = readdirSync(timeline)
    .filter((f) => f.endsWith(".yaml"))
    .filter((f) => /^kind: incident$/m.test(readFileSync(`${timeline}/${f}`, "utf8")))
    .map((f) => f.replace(/\.yaml$/, ""));
  const whyNow = readFileSync("content/explainers/why-now.mdx", "utf8");

  test("there are some", () => {
    expect(incidents.length).toBeGreaterThanOrEqual(5);
  });
  test.each(incidents)("%s is linked from the why-now explainer", (id) => {
    expect(whyNow).toContain(`(../timeline/#event-${id})`);
  });
});
