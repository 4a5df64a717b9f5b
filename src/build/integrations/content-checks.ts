import type { AstroIntegration } from "astro";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { builtFiles } from "../built-files.ts";
import { findBrokenLinks, scanBuilt } from "../../lib/links.ts";
import { loadRegistry, unusedSources, verifyDataSources, verifySeeds } from "../registry.ts";
import { copyPrefixes, siteConfig } from "../../site.config.ts";
import { preflightProblems } from "./content-preflight.ts";

/** Maps a built page back to the content file that made it, for error messages. */
function sourceFileFor(root: string, urlPath: string, base: string): string {
  const slug = urlPath.slice(base.length).replace(/\/$/, "");
  const mdx = join(root, "content/explainers", `${slug}.mdx`);
  try {
    readFileSync(mdx);
    return relative(root, mdx);
  } catch {
    return `page ${urlPath}`;
  }
}

/**
 * Build-time checks that Astro's schemas cannot do: seeds must match their
 * SHA-256 before anything is built, and after the build no internal link or
 * fragment in `dist/` may be broken. Each failure is one line naming the file.
 */
export function contentChecks(): AstroIntegration {
  let root = "";
  let base = "/";
  let origin = "";
  return {
    name: "local:content-checks",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        origin = new URL(config.site ?? "http://localhost:4321").origin;
        const careless = preflightProblems(root);
        const { sources } = careless.length ? { sources: new Map() } : loadRegistry(root);
        const problems = careless.length
          ? careless
          : [
              ...verifySeeds(root, sources),
              ...verifyDataSources(root, sources),
              ...unusedSources(root, sources),
            ];
        if (problems.length) {
          // One line each, naming the file; a stack trace would only point at this check.
          for (const line of problems) logger.error(line);
          process.exit(1);
        }
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir, "");
        const isText = (rel: string) => /\.(html|xml)$/.test(rel);
        const pages = files
          .filter(isText)
          .map((rel) =>
            scanBuilt(
              base + rel.replace(/(^|\/)index\.html$/, "$1"),
              readFileSync(join(outDir, rel), "utf8"),
            ),
          );
        // Non-HTML assets (images, …) are valid targets too.
        const assets = files
          .filter((rel) => !isText(rel))
          .map((rel) => ({ path: base + rel, ids: new Set<string>(), links: [] }));
        // Building pages only, the copies for other sites are left out on purpose.
        const unbuilt = siteConfig.pagesOnly ? copyPrefixes.map((p) => base + p) : [];
        const broken = findBrokenLinks(pages, [...pages, ...assets], origin, unbuilt);
        if (broken.length) {
          const lines = new Set(
            broken.map(
              (b) => `${sourceFileFor(root, b.from, base)}: broken link ${b.link} (${b.problem})`,
            ),
          );
          throw new Error([...lines].join("\n"));
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`links: ${pages.length} files checked in ${ms} ms, no broken internal link`);
      },
    },
  };
}
