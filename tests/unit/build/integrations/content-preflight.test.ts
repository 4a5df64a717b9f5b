import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import {
  firstNonUtf8,
  headingId,
  isCalendarDate,
  preflightProblems,
} from "@/build/integrations/content-preflight";

const repo = new URL("../../../..", import.meta.url).pathname;
const strategy = "content/explainers/strategy.mdx";
const glossary = "content/glossary/active-cyber-defense.yaml";
let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The build-check fixture's content with the site's routes and MDX components. */
function fixtureRoot(): string {
  root = mkdtempSync(join(tmpdir(), "preflight-"));
  cpSync(join(repo, "tests/build/fixture/content"), join(root, "content"), { recursive: true });
  cpSync(join(repo, "src/pages"), join(root, "src/pages"), { recursive: true });
  mkdirSync(join(root, "src/components/mdx"), { recursive: true });
  copyFileSync(
    join(repo, "src/components/mdx/index.ts"),
    join(root, "src/components/mdx/index.ts"),
  );
  return root;
}
const edit = (path: string, change: (s: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), "utf8")));
const term = (name: string, extra = "") =>
  `term: ${name}\n${extra}definition: A fixture definition that is long enough for the schema.\nsources: [japan-today-2025-12-23]\n`;

describe("preflightProblems", () => {
  test("finds nothing in the clean fixture or in the site's own content", () => {
    expect(preflightProblems(fixtureRoot())).toEqual([]);
    expect(preflightProblems(repo)).toEqual([]);
  });

  // Each fault alone gives exactly one line, so each alone stops the build.
  test.each([
    {
      fault: "duplicate source id",
      apply: () => edit("content/sources.yaml", (s) => s + s),
      line: /^content\/sources\.yaml: source id "japan-today-2025-12-23" is used by entries 1 and 2/,
    },
    {
      fault: "slug taken by a route",
      apply: () => copyFileSync(join(root, strategy), join(root, "content/explainers/search.mdx")),
      line: /^content\/explainers\/search\.mdx: the slug "search" is taken by .*src\/pages\/search\.astro/,
    },
    {
      fault: "impossible date",
      apply: () => edit(strategy, (s) => s.replace(/^published: .*$/m, "published: 2015-02-30")),
      line: /^content\/explainers\/strategy\.mdx: published "2015-02-30" is not a real date$/,
    },
    {
      fault: "impossible source date",
      apply: () => edit("content/sources.yaml", (s) => s.replace('"2025-12-23"', '"2025-02-29"')),
      line: /^content\/sources\.yaml: source "japan-today-2025-12-23" date "2025-02-29" is not a real date$/,
    },
    {
      fault: "malformed glossary YAML",
      apply: () => edit(glossary, (s) => s.replace("aliases: [ACD]", "aliases: [ACD")),
      line: /^content\/glossary\/active-cyber-defense\.yaml: malformed YAML at line \d+, column \d+: /,
    },
    {
      fault: "component not imported",
      apply: () => edit(strategy, (s) => `${s}\n<Foo />\n`),
      line: /^content\/explainers\/strategy\.mdx: line \d+: <Foo> is not imported/,
    },
    {
      fault: "import of a component that does not exist",
      apply: () => edit(strategy, (s) => s.replace("import { Cite,", "import { Foo, Cite,")),
      line: /^content\/explainers\/strategy\.mdx: line \d+: "Foo" is not one of the components/,
    },
    {
      fault: "non-UTF-8 bytes",
      apply: () => writeFileSync(join(root, strategy), Buffer.from([0x2d, 0xff])),
      line: /^content\/explainers\/strategy\.mdx: not UTF-8 at line 1, column 2 \(byte 0xFF\)/,
    },
    {
      fault: "definedIn naming no explainer",
      apply: () => edit(glossary, (s) => `${s}definedIn: nowhere\n`),
      line: /^content\/glossary\/active-cyber-defense\.yaml: definedIn "nowhere" is not an explainer/,
    },
    {
      fault: "alias listed twice in one entry",
      apply: () => edit(glossary, (s) => s.replace("aliases: [ACD]", "aliases: [ACD, ACD]")),
      line: /^content\/glossary\/active-cyber-defense\.yaml: "ACD" is listed twice$/,
    },
    {
      fault: "term of another entry",
      apply: () =>
        writeFileSync(join(root, "content/glossary/zz.yaml"), term("ACTIVE cyber defense")),
      line: /^content\/glossary\/zz\.yaml: "ACTIVE cyber defense" is already a term or alias in content\/glossary\/active-cyber-defense\.yaml$/,
    },
    {
      fault: "part named as another entry's alias",
      apply: () =>
        writeFileSync(join(root, "content/glossary/zz.yaml"), term("Zz", "parts: [ACD]\n")),
      line: /^content\/glossary\/zz\.yaml: "ACD" is already a term or alias in content\/glossary\/active-cyber-defense\.yaml$/,
    },
    {
      fault: "heading with an empty id",
      apply: () => edit(strategy, (s) => `${s}\n## ?!\n`),
      line: /^content\/explainers\/strategy\.mdx: line \d+: heading "## \?!" gives an empty id/,
    },
  ])("$fault gives one line naming the file", ({ apply, line }) => {
    fixtureRoot();
    apply();
    const problems = preflightProblems(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(line);
  });

  test("code in MDX is not read as components or headings", () => {
    fixtureRoot();
    edit(
      strategy,
      (s) => `${s}\nUse \`<Foo />\` like this:\n\n\`\`\`mdx\n<Bar />\n## ?!\n\`\`\`\n`,
    );
    expect(preflightProblems(root)).toEqual([]);
  });
});

describe("helpers", () => {
  test.each([
    ["2024-02-29", true],
    ["2015-02-29", false],
    ["2015-02-30", false],
    ["2025-04-31", false],
    ["2025-12-31", true],
    ["2025-13", false],
    ["2025-00-10", false],
    ["2025", true],
    ["25-01-01", false],
  ])("isCalendarDate(%s) is %s", (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  test.each([
    ["What the cabinet adopted", "what-the-cabinet-adopted"],
    ["能動的サイバー防御", "能動的サイバー防御"],
    ["?!", ""],
    ["<Term id='x'>ACD</Term> in 2025", "acd-in-2025"],
  ])("headingId(%s) is %s", (text, expected) => {
    expect(headingId(text)).toBe(expected);
  });

  test("firstNonUtf8 points at the byte", () => {
    expect(firstNonUtf8(Buffer.from("café", "utf8"))).toBeUndefined();
    expect(firstNonUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc3]))).toBe(
      "line 2, column 2 (byte 0xC3)",
    );
  });
});
