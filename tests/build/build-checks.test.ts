import { afterEach, describe, expect, test } from "vitest";
import { makeFixtureSite, type FixtureSite } from "./fixture-site";

// Each case builds the real site code over small fixture content with one deliberate fault,
// and expects the build to stop with a message that names the file and the fault.
let site: FixtureSite | undefined;
afterEach(() => site?.remove());

const strategy = "content/explainers/strategy.mdx";

/** A status entry planned for 1 October 2026, last checked 1 September 2026, not confirmed. */
const demoStatus = `name: Demo provisions
what: A part of the system planned to start on 1 October 2026, for the fixed-clock test.
plannedDate: "2026-10-01"
status: planned
detail: A draft order set this date; nothing since confirms it.
checked: "2026-09-01"
order: 1
history:
  - date: "2026-01-09"
    status: planned
    note: A draft order set the date.
sources:
  - japan-today-2025-12-23
`;

describe("a planned date, with the build date fixed (SITE_BUILD_DATE)", () => {
  test("reads as planned the day before, and as not confirmed and due for review after", () => {
    site = makeFixtureSite();
    site.write("content/status/demo-start.yaml", demoStatus);

    const before = site.build({ SITE_BUILD_DATE: "2026-09-30" });
    expect(before.status).toBe(0);
    expect(before.output).toContain("nothing due for review as of 2026-09-30");
    const pageBefore = site.read("dist/status/index.html");
    expect(pageBefore).toContain("Planned for 1 October 2026.");
    expect(pageBefore).not.toContain("has not confirmed");

    const after = site.build({ SITE_BUILD_DATE: "2026-10-02" });
    expect(after.status).toBe(0);
    expect(after.output).toMatch(
      /due for review as of 2026-10-02[^\n]*\n\s*content\/status\/demo-start\.yaml: planned for 2026-10-01, no confirmation recorded/,
    );
    const pageAfter = site.read("dist/status/index.html");
    expect(pageAfter).toContain(
      "Planned for 1 October 2026; this site has not confirmed that it took effect.",
    );
    expect(pageAfter).toMatch(/not confirmed<\/span>/);
  }, 300_000);
});

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
      fault: "a sentence with more than three citations",
      file: strategy,
      change: (s: string) =>
        `${s}\n\nOne claim with too many marks. ${'<Cite id="japan-today-2025-12-23" />'.repeat(4)}\n`,
      expected: [
        /content\/explainers\/strategy\.mdx: more than 3 citations in one sentence .*One claim with too many marks\..*\(4 citations\)/,
      ],
    },
    {
      fault: "a source in the registry that nothing cites",
      file: "content/sources.yaml",
      change: (s: string) =>
        `${s}- id: never-cited\n  title: A source nobody cites\n  publisher: Example\n  date: "2026-01-01"\n  url: https://example.org/\n`,
      expected: [/content\/sources\.yaml: source never-cited is not cited anywhere/],
    },
    {
      fault: "an explainer updated after the last check of a status it shows",
      file: strategy,
      change: (s: string) =>
        s.replace(/^updated: .*$/m, "updated: 2026-12-01") +
        '\n<StatusTable caption="Status" ids="demo-start" />\n',
      expected: [
        /content\/explainers\/strategy\.mdx: updated 2026-12-01 is later than the last check of status "demo-start" \(2026-09-01\)/,
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
    site.write("content/status/demo-start.yaml", demoStatus);
    site.edit(file, change);
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
