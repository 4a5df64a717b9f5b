import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { copyFiles } from "../copies/files";
import { takeOver } from "../copies/handoff";
import { routesOf } from "../copies/portable-route";
import { siteConfig } from "../../site.config";

/**
 * Writes the copies for other sites (copies/files.ts) at the end of `astro build`, from the
 * explainers' portable parts the build rendered once (copies/portable.ts, handed over by
 * copies/handoff.ts): one pass of plain functions instead of tens of thousands of Astro routes.
 * Runs before the steps that read or rewrite them (page styles, embed heights, link check,
 * precompression). Pages-only builds (`PAGES_ONLY=1`) have none.
 */
export function copies(): AstroIntegration {
  return {
    name: "local:copies",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped: building pages only");
        const explainers = takeOver();
        if (!explainers) {
          throw new Error(
            "copies: the build handed over no explainers (portableRoutes in src/build/copies/portable.ts never ran)",
          );
        }
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const made = new Set<string>();
        let files = 0;
        for (const route of routesOf(explainers)) {
          for (const { path, text } of copyFiles(route)) {
            const file = join(outDir, path);
            const folder = dirname(file);
            if (!made.has(folder)) mkdirSync(folder, { recursive: true });
            made.add(folder);
            writeFileSync(file, text);
            files += 1;
          }
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`wrote ${files} copies of ${explainers.length} explainers in ${ms} ms`);
      },
    },
  };
}
