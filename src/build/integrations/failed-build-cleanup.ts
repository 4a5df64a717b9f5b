import type { AstroIntegration } from "astro";
import { existsSync, rmSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A build that fails after it has started writing leaves no half-written output behind for
 * `npm run serve` (or an upload) to pick up: when the process exits with an error before this
 * integration's `astro:build:done` (it is added last, so every other step has finished), the
 * output folder is removed and the build says so.
 */
export function failedBuildCleanup(): AstroIntegration {
  let finished = false;
  let outDir = "";
  return {
    name: "local:failed-build-cleanup",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Only a build (not `astro check` or `dev`) arms the clean-up.
      "astro:build:start": () => {
        process.once("exit", (code) => {
          if (code === 0 || finished || !existsSync(outDir)) return;
          rmSync(outDir, { recursive: true, force: true });
          console.error(
            `build failed: removed the half-written ${relative(process.cwd(), outDir) || outDir}/`,
          );
        });
      },
      "astro:build:done": () => {
        finished = true;
      },
    },
  };
}
