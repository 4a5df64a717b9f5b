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

/** Files scanned between two turns of the event loop: the steps running beside the check
 * (embed heights' browser pages, precompression's threads) wait no longer than a few ms. */
const chunk = 100;

/**
 * Scans every built HTML and XML file under `outDir` for ids and internal links, a chunk at a
 * time, and finds the broken ones; the line to log, or an error with one line per broken link.
 */
async function checkLinks(
  root: string,
  outDir: string,
  base: string,
  origin: string,
): Promise<string> {
  const started = performance.now();
  const files = builtFiles(outDir, "");
  const isText = (rel: string) => /\.(html|xml)$/.test(rel);
  const texts = files.filter(isText);
  const pages = [];
  for (let i = 0; i < texts.length; i += chunk) {
    for (const rel of texts.slice(i, i + chunk)) {
      pages.push(
        scanBuilt(
          base + rel.replace(/(^|\/)index\.html$/, "$1"),
          readFileSync(join(outDir, rel), "utf8"),
        ),
      );
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
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
  return `links: ${pages.length} files checked, no broken internal link (${ms} ms from the start, beside embed heights and precompression)`;
}

/**
 * Build-time checks that Astro's schemas cannot do: seeds must match their
 * SHA-256 before anything is built, and after the build no internal link or
 * fragment in `dist/` may be broken. Each failure is one line naming the file.
 *
 * The link check reads every built file (33,000 at 1,000 explainers) on one core: `start`
 * lists the files once the steps that add any have run (copies, share images), and scans them
 * while the next steps work (embed heights, which only change heights, and precompression,
 * which only adds `.br` and `.gz` files beside them); `finish`, after them, waits for it.
 * Pagefind may still be writing its files when they are listed: no page links to them (the
 * search loads them from its script).
 */
export function contentChecks(): { start: AstroIntegration; finish: AstroIntegration } {
  let root = "";
  let base = "/";
  let origin = "";
  let checking: Promise<string> | undefined;
  return {
    start: {
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
        "astro:build:done": ({ dir }) => {
          checking = checkLinks(root, fileURLToPath(dir), base, origin);
          checking.catch(() => {}); // awaited, and so reported, by `finish`
        },
      },
    },
    finish: {
      name: "local:content-checks-done",
      hooks: {
        "astro:build:done": async ({ logger }) => {
          if (!checking) return;
          const waiting = performance.now();
          const line = await checking;
          // The bench reads a step's own time from its first "in N ms": here, the wait.
          logger.info(`${line}, waited for in ${Math.round(performance.now() - waiting)} ms`);
        },
      },
    },
  };
}
