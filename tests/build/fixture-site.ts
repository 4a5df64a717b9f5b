import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("./fixture", import.meta.url));

/** A throwaway copy of the site (real code, small fixture content) to build with one fault. */
export interface FixtureSite {
  dir: string;
  /** Rewrites a file of the copy, e.g. `edit("content/explainers/strategy.mdx", s => s + "…")`. */
  edit(path: string, change: (text: string) => string): void;
  /** Writes a new file into the copy, making its folder. */
  write(path: string, text: string): void;
  /** Reads a file of the copy, e.g. a built page under `dist/`. */
  read(path: string): string;
  /** Runs `astro build` (with extra environment variables); returns its exit code and output. */
  build(env?: Record<string, string>): { status: number | null; output: string };
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
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read(path) {
      return readFileSync(join(dir, path), "utf8");
    },
    build(env = {}) {
      const result = spawnSync(join(repo, "node_modules/.bin/astro"), ["build"], {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: "1",
          FORCE_COLOR: "0",
          NO_COLOR: "1",
          ...env,
        },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
