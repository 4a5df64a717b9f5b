import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of every
 * `astro build`, through Pagefind's Node API (as Starlight does), so tests and
 * deploys always have a working search without a second command.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "local:pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length)
          throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length)
          throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
      },
    },
  };
}
