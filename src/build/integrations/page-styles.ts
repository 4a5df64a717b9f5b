import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtFiles } from "../built-files";
import { inlineStyles, withOwnStyles } from "../page-styles";

/** Email files carry their own inline styles for mail clients; they are not web pages. */
const skipped = /^email\//;

/**
 * After `astro build`, each page keeps inline only the CSS its markup can use (the site's
 * one stylesheet is ~7 KiB brotli; a page needs 3–5 of it), so the first view fits in one
 * round trip. The whole stylesheet is written once to `_astro/` for the scripts that build
 * markup later (search dialog, definitions), and each page's CSP is rewritten to hash
 * exactly its own inline scripts and style.
 */
export function pageStyles(): AstroIntegration {
  let base = "/";
  return {
    name: "local:page-styles",
    hooks: {
      "astro:config:setup": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const written = new Map<string, string>(); // whole stylesheet → its address
        const pages = builtFiles(outDir, ".html").filter((path) => !skipped.test(path));
        let before = 0;
        let after = 0;
        // Time on embeds apart: they are extras, the bench counts the pages' share on its own.
        let embedMs = 0;
        let embeds = 0;
        for (const path of pages) {
          const began = performance.now();
          const file = join(outDir, path);
          const html = readFileSync(file, "utf8");
          const css = inlineStyles(html);
          if (!css) continue;
          let href = written.get(css);
          if (!href) {
            const name = `site.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
            mkdirSync(join(outDir, "_astro"), { recursive: true });
            writeFileSync(join(outDir, "_astro", name), css);
            href = `${base}_astro/${name}`;
            written.set(css, href);
          }
          const page = withOwnStyles(html, css, href);
          before += css.length;
          after += inlineStyles(page).length;
          writeFileSync(file, page);
          if (path.startsWith("embed/")) {
            embeds += 1;
            embedMs += performance.now() - began;
          }
        }
        const total = performance.now() - started;
        const share = before ? Math.round((after / before) * 100) : 100;
        logger.info(
          `${pages.length - embeds} pages in ${Math.round(total - embedMs)} ms and ${embeds} embeds ` +
            `in ${Math.round(embedMs)} ms keep their own CSS (${share}% of the stylesheet on average)`,
        );
      },
    },
  };
}
