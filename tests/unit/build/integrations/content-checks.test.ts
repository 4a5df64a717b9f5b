import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, expect, test } from "vitest";
import { contentChecks } from "@/build/integrations/content-checks";

const repo = pathToFileURL(new URL("../../../..", import.meta.url).pathname);
let out = "";
afterEach(() => rmSync(out, { recursive: true, force: true }));

type Hooks = Record<string, (options: unknown) => unknown>;

/** Builds `files` (path → text) and runs the link check's hooks on them as `astro build` would:
 * `start`, a step that works meanwhile, then `finish`; what `finish` logged, or its error. */
async function check(files: Record<string, string>): Promise<string[]> {
  out = mkdtempSync(join(tmpdir(), "content-checks-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(out, path, ".."), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  const said: string[] = [];
  const logger = { info: (m: string) => said.push(m), error: (m: string) => said.push(m) };
  const { start, finish } = contentChecks();
  const dir = pathToFileURL(`${out}/`);
  (start.hooks as Hooks)["astro:config:setup"]!({
    config: { root: repo, base: "/", site: "https://example.org" },
    logger,
  });
  (start.hooks as Hooks)["astro:build:done"]!({ dir, logger });
  // A later step (precompression) adds files while the check runs: they are not its targets.
  writeFileSync(join(out, "index.html.br"), "");
  await (finish.hooks as Hooks)["astro:build:done"]!({ dir, logger });
  return said;
}

test("the link check runs beside the next steps and reports when they are done", async () => {
  const said = await check({
    "index.html": `<a href="/a/#x">A</a>`,
    "a/index.html": `<h1 id="x">A</h1><a href="/">Home</a>`,
  });
  expect(said).toEqual([
    expect.stringMatching(
      /^links: 2 files checked, no broken internal link \(\d+ ms from the start/,
    ),
  ]);
});

test("a broken link found meanwhile still stops the build, naming it", async () => {
  await expect(check({ "index.html": `<a href="/missing/">M</a>` })).rejects.toThrow(
    "page /: broken link /missing/ (no such page)",
  );
});
