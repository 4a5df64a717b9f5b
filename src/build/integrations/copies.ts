import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteConfig } from "../../site.config.ts";

/**
 * Writes the copies for other sites (copies/files.ts) at the end of `astro build`, from the
 * explainers' portable parts the build rendered once (copies/portable.ts, handed over by
 * copies/handoff.ts): one pass of plain functions instead of about 50,000 Astro routes at
 * 1,000 explainers. The embeds Astro rendered as references (pages/embed/[...path].astro)
 * give the others their shell and must match what this step makes of them. Runs before the
 * steps that read or rewrite the copies (page styles, embed heights, link check,
 * precompression). Pages-only builds (`PAGES_ONLY=1`) have none.
 */
export function copies(): AstroIntegration {
  return {
    name: "local:copies",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped: building pages only");
        // Loaded here, not with the config: a pages-only build never needs them.
        const [embedPage, fileKinds, { takeOver }, { routesOf }] = await Promise.all([
          import("../copies/embed-page.ts"),
          import("../copies/files.ts"),
          import("../copies/handoff.ts"),
          import("../copies/portable-route.ts"),
        ]);
        const { firstDifference, referenceEmbeds, shellOf } = embedPage;
        const { copyFiles, embedFile } = fileKinds;
        const explainers = takeOver();
        if (!explainers) {
          throw new Error(
            "copies: the build handed over no explainers (portableRoutes in src/build/copies/portable.ts never ran)",
          );
        }
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outDir = fileURLToPath(dir);
        const routes = routesOf(explainers);
        const references = new Map(
          routes.slice(0, referenceEmbeds).map((route) => {
            const file = join(outDir, embedFile(route));
            if (!existsSync(file)) {
              throw new Error(`${embedFile(route)}: Astro rendered no reference embed here`);
            }
            return [embedFile(route), readFileSync(file, "utf8")];
          }),
        );
        const first = [...references][0];
        const shell = first && shellOf(first[1]);
        if (first && !shell) throw new Error(`${first[0]}: no policy, style or script to reuse`);
        const made = new Set<string>();
        let files = 0;
        for (const route of routes) {
          for (const { path, text } of copyFiles(route, shell!)) {
            const reference = references.get(path);
            if (reference !== undefined) {
              const difference = firstDifference(reference, text);
              if (difference) {
                throw new Error(
                  `${path}: src/build/copies/embed-page.ts no longer renders what src/layouts/EmbedLayout.astro does, ${difference}`,
                );
              }
              continue;
            }
            const file = join(outDir, path);
            const folder = dirname(file);
            if (!made.has(folder)) mkdirSync(folder, { recursive: true });
            made.add(folder);
            writeFileSync(file, text);
            files += 1;
          }
        }
        const ms = Math.round(performance.now() - started);
        const { user, system } = process.cpuUsage(cpu);
        const cpuMs = Math.round((user + system) / 1000);
        logger.info(
          `wrote ${files} copies of ${explainers.length} explainers in ${ms} ms (${cpuMs} ms CPU)`,
        );
      },
    },
  };
}
