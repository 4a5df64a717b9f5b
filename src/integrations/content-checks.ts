import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { findBrokenLinks, scanBuilt, type BuiltPage } from "../lib/links";
import { loadRegistry, verifyDataSources, verifySeeds } from "../lib/registry";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

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
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        origin = new URL(config.site ?? "http://localhost:4321").origin;
        const { sources } = loadRegistry(root);
        const problems = [...verifySeeds(root, sources), ...verifyDataSources(root, sources)];
        if (problems.length) throw new Error(problems.join("\n"));
      },
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: BuiltPage[] = listFiles(outDir).map((file) => {
          const rel = relative(outDir, file).split("\\").join("/");
          const path = base + rel.replace(/(^|\/)index\.html$/, "$1");
          return scanBuilt(path, readFileSync(file, "utf8"));
        });
        // Non-HTML assets (images, feeds) are valid targets too.
        const assets = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && !/\.(html|xml)$/.test(d.name))
          .map((d) => ({
            path: base + relative(outDir, join(d.parentPath, d.name)),
            ids: new Set<string>(),
            links: [],
          }));
        const broken = findBrokenLinks([...pages, ...assets], origin);
        if (broken.length) {
          const lines = new Set(
            broken.map(
              (b) => `${sourceFileFor(root, b.from, base)}: broken link ${b.link} (${b.problem})`,
            ),
          );
          throw new Error([...lines].join("\n"));
        }
        logger.info(`links: ${pages.length} files checked, no broken internal link`);
      },
    },
  };
}
