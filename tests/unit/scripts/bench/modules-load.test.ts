import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../..", import.meta.url));
const benchDir = `${root}src/scripts/bench/`;

// `npm run bench` runs on Node's own loader, which needs every relative import's `.ts`
// extension; Vite and vitest do not, so a module that leaves one out passes every other test and
// stops the bench at its first line. The two command-line scripts are left out, as importing
// them runs them; every module they import is in this folder and loaded here.
const scripts = new Set(["index.ts", "search-fetches.ts"]);
const modules = readdirSync(benchDir, { recursive: true, encoding: "utf8" }).filter(
  (f) => f.endsWith(".ts") && !scripts.has(f),
);

test.each(modules)("bench module %s loads with Node's own module loader", (module) => {
  const script = `await import(${JSON.stringify(benchDir + module)});`;
  expect(() =>
    execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      stdio: "pipe",
    }),
  ).not.toThrow();
});
