import type { AstroIntegration } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { builtFiles } from "../lib/built-files";
import { readYamlFolder } from "../lib/registry";
import { glossaryRecord, timelineRecord, withJapaneseTokens } from "../lib/search-records";

/** Built files that are copies for other media, not pages to find. */
const notIndexed = /^(embed|email|oembed)\//;

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of every
 * `astro build`, through Pagefind's Node API (as Starlight does), so tests and
 * deploys always have a working search without a second command. Glossary
 * terms and timeline events are added as results of their own.
 */
export function pagefindIndex(): AstroIntegration {
  let root = "";
  return {
    name: "local:pagefind-index",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // Citation markers ([1], [2]) are everywhere in the text; they are not words to find.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: [".cite"] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const pages = builtFiles(outDir, ".html").filter((path) => !notIndexed.test(path));
        for (const sourcePath of pages) {
          const content = withJapaneseTokens(readFileSync(join(outDir, sourcePath), "utf8"));
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length)
            throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join("; ")}`);
        }
        const records = [
          ...readYamlFolder(root, "content/glossary").map((t) => glossaryRecord(t.id, t.data)),
          ...readYamlFolder(root, "content/timeline").map((e) => timelineRecord(e.id, e.data)),
        ];
        for (const record of records) {
          const added = await index.addCustomRecord(record);
          if (added.errors.length)
            throw new Error(`Pagefind: ${record.url}: ${added.errors.join("; ")}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
        if (written.errors.length)
          throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(
          `indexed ${pages.length} pages and ${records.length} glossary and timeline records in ${ms} ms`,
        );
      },
    },
  };
}
