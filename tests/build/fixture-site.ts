import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./fixture", import.meta.url));

/** A throwaway copy of the site (real code, small fixture content) to build with one fault. */
export interface FixtureSite {
  dir: string;
  /** Rewrites a file of the copy, e.g. `edit("content/explainers/strategy.mdx", s => s + "…")`. */
  edit(path: string, change: (text: string) => string): void;
  /** Runs `astro build`; returns its exit code and everything it printed. */
  build(): { status: number | null; output: string };
  remove(): void;
}

export function makeFixtureSite(): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), "site-fixture-"));
  for (const part of [
    "src",
    "public",
    "seeds",
    "astro.config.mjs",
    "package.json",
    "tsconfig.json",
  ]) {
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  }
  cpSync(join(fixture, "content"), join(dir, "content"), { recursive: true });
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    edit(path, change) {
      const file = join(dir, path);
      writeFileSync(file, change(readFileSync(file, "utf8")));
    },
    build() {
      const result = spawnSync(join(repo, "node_modules/.bin/astro"), ["build"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
