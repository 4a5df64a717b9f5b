import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { siteConfig } from "../../site.config.ts";

/**
 * Writes the copies for other sites (copies/files.ts) at the end of `astro build`, from the
 * explainers' portable parts the build rendered once (copies/portable.ts, handed over by
 * copies/handoff.ts): one pass of plain functions instead of about 57,000 Astro routes at
 * 1,000 explainers. The embeds and the share link Astro rendered as references
 * (pages/embed/[...path].astro, pages/share/[...path].astro) give the others their shell and
 * policy and must match what this step makes of them. Runs before the
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
        const [embedPage, fileKinds, { takeOver }, { routesOf }, sharePage] = await Promise.all([
          import("../copies/embed-page.ts"),
          import("../copies/files.ts"),
          import("../copies/handoff.ts"),
          import("../copies/portable-route.ts"),
          import("../copies/share-page.ts"),
        ]);
        const { referenceShares, shareFile, sharePolicyOf } = sharePage;
        const { firstDifference, referenceEmbeds, shellOf } = embedPage;
        const { copyFiles, embedFile } = fileKinds;
        const explainers = takeOver();
        if (!explainers) {
          throw new Error(
            "copies: the build handed over no explainers (portableRoutes in src/build/copies/portable.ts never ran)",
          );
        }
        const started = performance.now();
        // This thread's own: the share images' drawing thread may still be at work beside it.
        const cpu = process.threadCpuUsage();
        const outDir = fileURLToPath(dir);
        const routes = routesOf(explainers);
        const reference = (path: string, what: string): [string, string] => {
          const file = join(outDir, path);
          if (!existsSync(file))
            throw new Error(`${path}: Astro rendered no reference ${what} here`);
          return [path, readFileSync(file, "utf8")];
        };
        const embeds = routes
          .slice(0, referenceEmbeds)
          .map((r) => reference(embedFile(r), "embed"));
        const shares = routes
          .flatMap((r) => shareFile(r) ?? [])
          .slice(0, referenceShares)
          .map((path) => reference(path, "share link"));
        const references = new Map([...embeds, ...shares]);
        const shell = embeds[0] && shellOf(embeds[0][1]);
        if (embeds[0] && !shell) {
          throw new Error(`${embeds[0][0]}: no policy, style or script to reuse`);
        }
        const sharePolicy = shares[0] && sharePolicyOf(shares[0][1]);
        if (shares[0] && !sharePolicy) throw new Error(`${shares[0][0]}: no policy to reuse`);
        const made = new Set<string>();
        let files = 0;
        for (const route of routes) {
          for (const { path, text } of copyFiles(route, shell!, sharePolicy!)) {
            const astro = references.get(path);
            if (astro !== undefined) {
              const difference = firstDifference(astro, text);
              if (difference) {
                const [ours, astros] = path.startsWith("share/")
                  ? ["share-page.ts", "src/pages/share/[...path].astro"]
                  : ["embed-page.ts", "src/layouts/EmbedLayout.astro"];
                throw new Error(
                  `${path}: src/build/copies/${ours} no longer renders what ${astros} does, ${difference}`,
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
        const { user, system } = process.threadCpuUsage(cpu);
        const cpuMs = Math.round((user + system) / 1000);
        logger.info(
          `wrote ${files} copies of ${explainers.length} explainers in ${ms} ms (${cpuMs} ms CPU)`,
        );
      },
    },
  };
}
