import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The boundary rules of .dependency-cruiser.cjs (npm run lint:deps), run as `npm test` runs them,
// on a fixture tree with one deliberate wrong import per rule and a few allowed ones.
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./dependency-rules", import.meta.url));
const cli = `${root}node_modules/dependency-cruiser/bin/dependency-cruiser.mjs`;

function cruise(cwd: string) {
  const run = spawnSync(
    process.execPath,
    [cli, "src", "--config", `${root}.dependency-cruiser.cjs`, "--output-type", "err"],
    { cwd, encoding: "utf8" },
  );
  const errors = run.stdout
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("error "));
  return { status: run.status, errors, output: run.stdout + run.stderr };
}

describe("dependency rules", () => {
  test("each wrong import fails, naming the rule, the importing file and the imported one", () => {
    const { status, errors, output } = cruise(fixture);
    expect(status, output).not.toBe(0);
    expect(errors.sort()).toEqual(
      [
        "error browser-imports-browser-or-lib: src/browser/panel.ts → src/build/step.ts",
        "error lib-imports-only-lib: src/lib/pure.ts → src/browser/panel.ts",
        "error lib-imports-only-lib: src/lib/pure.ts → path",
        "error browser-entry-is-not-imported: src/build/step.ts → src/browser/page-boot.ts",
        "error browser-entry-is-not-imported: src/scripts/tool.ts → src/browser/page-boot.ts",
      ].sort(),
    );
  });

  test("the site's own src/ keeps the rules", () => {
    const { status, output } = cruise(root);
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });
});
