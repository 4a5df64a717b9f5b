import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { makeFixtureSite, type FixtureSite } from "./fixture-site";

// Each case builds the real site code over small fixture content with one deliberate fault,
// and expects the build to stop with a message that names the file and the fault.
let site: FixtureSite | undefined;
afterEach(() => site?.remove());

const strategy = "content/explainers/strategy.mdx";

/** A built page's text, tags removed and white space collapsed. */
const text = (html: string) => html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ");

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

/** A planned timeline event on the same date, for the timeline's own labels. */
const demoEvent = `date: "2026-10-01"
title: Demo provisions start
summary: A planned fixture event on 1 October 2026, for the fixed-clock test.
kind: law
planned: true
sources: [japan-today-2025-12-23]
`;

describe("a planned date, with the build date fixed (SITE_BUILD_DATE)", () => {
  test("reads as planned the day before, and as not confirmed and due for review after", () => {
    site = makeFixtureSite();
    site.write("content/status/demo-start.yaml", demoStatus);
    // A sentence in an explainer that depends on the date, rendered from the entry.
    site.edit(
      strategy,
      (s) =>
        s.replace("import { Cite,", "import { StatusNote, Cite,") +
        '\nA draft order set the date. <Cite id="japan-today-2025-12-23" /> <StatusNote id="demo-start" label="The demo provisions" />\n',
    );
    site.write("content/timeline/2026-10-01-demo-start.yaml", demoEvent);

    const before = site.build({ SITE_BUILD_DATE: "2026-09-30" });
    expect(before.status).toBe(0);
    expect(before.output).toContain("nothing due for review as of 2026-09-30");
    const pageBefore = site.read("dist/status/index.html");
    expect(pageBefore).toContain("Planned for 1 October 2026.");
    expect(pageBefore).not.toContain("has not confirmed");
    const explainerBefore = text(site.read("dist/strategy/index.html"));
    expect(explainerBefore).toContain(
      "The demo provisions, as of 30 September 2026: planned for 1 October 2026.",
    );
    expect(explainerBefore).not.toContain("has not confirmed");
    // The timeline figure's text version labels the event by the same rule.
    const timelineBefore = site.read("dist/timeline/index.html");
    expect(timelineBefore).toMatch(/Demo provisions start\s*\(planned\)/);
    expect(timelineBefore).not.toContain("planned; not confirmed");

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
    expect(text(site.read("dist/strategy/index.html"))).toContain(
      "The demo provisions, as of 2 October 2026: planned for 1 October 2026; this site has not confirmed that it took effect.",
    );
    const timelineAfter = site.read("dist/timeline/index.html");
    expect(timelineAfter).toMatch(/Demo provisions start\s*\(planned; not confirmed\)/);
    expect(timelineAfter).toContain("it is not confirmed that they took place");
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
      fault: "a related explainer that does not exist",
      file: strategy,
      change: (s: string) =>
        s.replace("sources: [japan-today-2025-12-23]", "$&\nrelated: [history, no-such-explainer]"),
      expected: [
        /content\/explainers\/strategy\.mdx: frontmatter related: "no-such-explainer" is not an explainer in content\/explainers\//,
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
        s
          .replace(/^updated: .*$/m, "updated: 2026-12-01")
          .replace("import { Cite,", "import { StatusTable, Cite,") +
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
    // Whenever it stops, nothing half-written is left for `npm run serve` or an upload.
    expect(existsSync(join(site.dir, "dist"))).toBe(false);
  });

  test("a build that fails after writing pages removes its half-written dist/", () => {
    site = makeFixtureSite();
    site.edit(strategy, (s) => `${s}\nSee [the missing page](/no-such-page/).\n`);
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain("build failed: removed the half-written dist/");
    expect(existsSync(join(site.dir, "dist"))).toBe(false);
  });
});

// Careless content (issue 11). The checks run before Astro reads any content and report every
// problem they find, so one fixture build carries all these faults (each in a file of its own
// where they would hide each other), and each fault is asserted by its own line. That each
// stops the build alone is tested in tests/unit/integrations/content-preflight.test.ts.
describe("the build stops on careless content", () => {
  const glossary = "content/glossary/active-cyber-defense.yaml";
  let result: { status: number | null; output: string; text: string } | undefined;
  let careless: FixtureSite | undefined;

  beforeAll(() => {
    careless = makeFixtureSite();
    const at = (path: string) => join(careless!.dir, path);
    const write = (path: string, text: string | Buffer) => writeFileSync(at(path), text);
    for (const slug of ["search", "glossary", "embed", "404", "rss.xml"])
      copyFileSync(at(strategy), at(`content/explainers/${slug}.mdx`));
    careless.edit("content/sources.yaml", (s) => `${s}${s.replace("Japan Today", "Another")}`);
    careless.edit(strategy, (s) =>
      s
        .replace(/^published: .*$/m, "published: 2015-02-30")
        .concat("\n<Foo />\n\n## ?!\n\nText.\n"),
    );
    careless.edit("content/timeline/2025-12-23-strategy.yaml", (s) =>
      s.replace('date: "2025-12-23"', "date: 2025-13-01"),
    );
    write("content/timeline/2025-01-01-broken.yaml", "date: 2025-01-01\ntitle: [Broken\n");
    write("content/glossary/broken.yaml", "term: Broken\naliases: [ACD\n");
    write(
      "content/explainers/history.mdx",
      Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
    );
    const term = (name: string, extra: string) =>
      `term: ${name}\n${extra}definition: A fixture definition that is long enough for the schema.\nsources: [japan-today-2025-12-23]\n`;
    write("content/glossary/orphan.yaml", term("Orphan term", "definedIn: no-such-explainer\n"));
    write("content/glossary/other.yaml", term("Other term", "aliases: [orphan term]\n"));
    copyFileSync(at(glossary), at("content/glossary/acd-copy.yaml"));
    result = { ...careless.build(), text: readFileSync(at(strategy), "utf8") };
  }, 180_000);
  afterAll(() => careless?.remove());

  const lineOf = (line: string) => result!.text.split("\n").indexOf(line) + 1;

  test("exits non-zero with no stack trace and no dist/", () => {
    expect(result!.status).not.toBe(0);
    expect(result!.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(careless!.dir, "dist"))).toBe(false);
  });

  test.each([
    {
      fault: "a duplicate source id in sources.yaml",
      line: () =>
        'content/sources.yaml: source id "japan-today-2025-12-23" is used by entries 1 and 2; ids must be unique',
    },
    ...["search", "glossary", "embed", "404", "rss.xml"].map((slug) => ({
      fault: `an explainer slug taken by a route: ${slug}`,
      line: () =>
        `content/explainers/${slug}.mdx: the slug "${slug}" is taken by the site's own /${slug}/ (src/pages/`,
    })),
    {
      fault: "an impossible date",
      line: () => `${strategy}: published "2015-02-30" is not a real date`,
    },
    {
      fault: "an impossible date in a timeline file",
      line: () => 'content/timeline/2025-12-23-strategy.yaml: date "2025-13-01" is not a real date',
    },
    {
      fault: "malformed YAML in a glossary file",
      line: () => "content/glossary/broken.yaml: malformed YAML at line 3, column 1:",
    },
    {
      fault: "malformed YAML in a timeline file",
      line: () => "content/timeline/2025-01-01-broken.yaml: malformed YAML at line 3, column 1:",
    },
    {
      fault: "an MDX component that is not imported",
      line: () =>
        `${strategy}: line ${lineOf("<Foo />")}: <Foo> is not imported; import it from "@/components/mdx"`,
    },
    {
      fault: "non-UTF-8 bytes in an MDX file",
      line: () =>
        "content/explainers/history.mdx: not UTF-8 at line 2, column 11 (byte 0xE9); save the file as UTF-8",
    },
    {
      fault: "a definedIn naming no explainer",
      line: () =>
        'content/glossary/orphan.yaml: definedIn "no-such-explainer" is not an explainer (no content/explainers/no-such-explainer.mdx)',
    },
    {
      fault: "a glossary term defined twice",
      line: () =>
        `${glossary}: "Active cyber defense" is already a term or alias in content/glossary/acd-copy.yaml`,
    },
    {
      fault: "a glossary alias that is another entry's term",
      line: () =>
        'content/glossary/other.yaml: "orphan term" is already a term or alias in content/glossary/orphan.yaml',
    },
    {
      fault: "a heading that gives an empty id",
      line: () =>
        `${strategy}: line ${lineOf("## ?!")}: heading "## ?!" gives an empty id, so its section cannot be linked or shared; put a word in it`,
    },
  ])("$fault", ({ line }) => {
    expect(result!.output).toContain(line());
  });
});
