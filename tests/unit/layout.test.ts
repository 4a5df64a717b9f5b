import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The shape of src/ that the import rules (.dependency-cruiser.cjs) cannot see: folder and module
// sizes, and the <script> blocks of .astro files, which Astro bundles for the browser.
const root = fileURLToPath(new URL("../..", import.meta.url));
// The bench's anchor (tests/anchor/) is a project of its own: its packages and builds are not ours.
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => !/(^|\/)(node_modules|\.work)(\/|$)/.test(f))
    .sort();
const src = files("src");
const modules = src.filter((f) => f.endsWith(".ts"));

describe("layout of src/", () => {
  test("no folder holds more than 15 modules", () => {
    const counts = new Map<string, number>();
    for (const f of modules) counts.set(dirname(f), (counts.get(dirname(f)) ?? 0) + 1);
    const over = [...counts].filter(([, n]) => n > 15).map(([dir, n]) => `${dir}: ${n} modules`);
    expect(over).toEqual([]);
  });

  test("no TypeScript module is over 400 lines", () => {
    const ts = [...modules, ...files("tests").filter((f) => f.endsWith(".ts"))];
    const over = ts
      .map((f) => [f, readFileSync(join(root, f), "utf8").split("\n").length - 1] as const)
      .filter(([, lines]) => lines > 400)
      .map(([f, lines]) => `${f}: ${lines} lines`);
    expect(over).toEqual([]);
  });

  test("the scripts of .astro files import only browser code and pure helpers", () => {
    const wrong: string[] = [];
    for (const f of src.filter((f) => f.endsWith(".astro"))) {
      const text = readFileSync(join(root, f), "utf8");
      // Bundled scripts only: `is:inline` ones are written out as they are and import nothing.
      for (const [, script = ""] of text.matchAll(
        /<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g,
      )) {
        for (const [, spec = ""] of script.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
          if (!/^@\/(browser|lib)\//.test(spec))
            wrong.push(`${relative(root, join(root, f))} → ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
