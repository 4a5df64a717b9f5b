import { afterEach, describe, expect, test } from "vitest";
import { makeFixtureSite, type FixtureSite } from "./fixture-site";

// Each case builds the real site code over small fixture content with one deliberate fault,
// and expects the build to stop with a message that names the file and the fault.
let site: FixtureSite | undefined;
afterEach(() => site?.remove());

const strategy = "content/explainers/strategy.mdx";

describe("the build", () => {
  test("passes on the clean fixture", () => {
    site = makeFixtureSite();
    const { status, output } = site.build();
    expect(output).toContain("no broken internal link");
    expect(status).toBe(0);
  });

  test.each([
    {
      fault: "a frontmatter field out of bounds",
      file: strategy,
      change: (s: string) => s.replace(/^description: .*$/m, "description: Too short."),
      expected: [/strategy/, /description/, /Too small|too short|>=50/i],
    },
    {
      fault: "a frontmatter field missing",
      file: strategy,
      change: (s: string) => s.replace(/^updated: .*\n/m, ""),
      expected: [/strategy/, /updated/],
    },
    {
      fault: "a cited source id that is not in the registry",
      file: strategy,
      change: (s: string) =>
        s.replace('<Cite id="japan-today-2025-12-23" />', '<Cite id="no-such-source" />'),
      expected: [
        /content\/explainers\/strategy\.mdx: <Cite id="no-such-source"> names a source that is not in content\/sources\.yaml/,
      ],
    },
    {
      fault: "a frontmatter source id that is not in the registry",
      file: strategy,
      change: (s: string) =>
        s.replace("sources: [japan-today-2025-12-23]", "sources: [no-such-source]"),
      expected: [
        /content\/explainers\/strategy\.mdx: frontmatter sources: "no-such-source" is not in content\/sources\.yaml/,
      ],
    },
    {
      fault: "a glossary entry citing a source id that is not in the registry",
      file: "content/glossary/active-cyber-defense.yaml",
      change: (s: string) =>
        s.replace("sources: [japan-today-2025-12-23]", "sources: [no-such-source]"),
      expected: [
        /content\/glossary\/active-cyber-defense\.yaml: source "no-such-source" is not in content\/sources\.yaml/,
      ],
    },
    {
      fault: "a seed whose SHA-256 no longer matches",
      file: "seeds/000_14b94dd3d5f3f64e.txt",
      change: (s: string) => `${s} `,
      expected: [
        /content\/sources\.yaml: source japan-today-2025-12-23: SHA-256 of seeds\/000_14b94dd3d5f3f64e\.txt is [0-9a-f]{64}, expected fca5c7/,
      ],
    },
    {
      fault: "a quotation not found verbatim in its source",
      file: strategy,
      change: (s: string) => s.replace("continuously impose costs", "constantly impose costs"),
      expected: [
        /content\/explainers\/strategy\.mdx: quote "constantly impose costs" not found in source japan-today-2025-12-23; closest passage: "continuously impose costs"/,
      ],
    },
    {
      fault: "a glossary term the glossary does not define",
      file: strategy,
      change: (s: string) =>
        s.replace('<Term id="active-cyber-defense">', '<Term id="cyber-ninja">'),
      expected: [
        /content\/explainers\/strategy\.mdx: <Term id="cyber-ninja"> is not defined in content\/glossary\//,
      ],
    },
    {
      fault: "an internal link to a page that does not exist",
      file: strategy,
      change: (s: string) => `${s}\nSee [the missing page](/no-such-page/).\n`,
      expected: [
        /content\/explainers\/strategy\.mdx: broken link \/no-such-page\/ \(no such page\)/,
      ],
    },
    {
      fault: "an internal link to an anchor that does not exist",
      file: strategy,
      change: (s: string) => `${s}\nSee [a missing section](/history/#no-such-anchor).\n`,
      expected: [
        /content\/explainers\/strategy\.mdx: broken link \/history\/#no-such-anchor \(no element with id "no-such-anchor"\)/,
      ],
    },
  ])("stops on $fault", ({ file, change, expected }) => {
    site = makeFixtureSite();
    site.edit(file, change);
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
