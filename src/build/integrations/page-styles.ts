import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtFiles } from "../built-files.ts";
import { inlineStyles, withOwnStyles } from "../page-styles.ts";
import { searchStyles } from "../search/search-styles.ts";
import { isCopyPath } from "../../site.config.ts";

/** Email files carry their own inline styles for mail clients; they are not web pages. */
const skipped = /^email\//;

/**
 * The built scripts that create the search dialog and its results: one chunk (astro.config.mjs
 * groups them), or two if the dialog's code is ever split off again.
 */
function readSearchScripts(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => /^search-(dialog|ui)\.[\w-]+\.js$/.test(f));
  const code = files.map((f) => readFileSync(join(dir, f), "utf8"));
  if (!code.some((c) => c.includes("search-dialog-title")))
    throw new Error(`page-styles: no search scripts in ${dir}`);
  return code;
}

/**
 * After `astro build`, each page keeps inline only the CSS its markup can use (the site's
 * one stylesheet is ~7 KiB brotli; a page needs 3–5 of it), so the first view fits in one
 * round trip. The whole stylesheet is written once to `_astro/` for the scripts that build
 * markup later (definitions, share panel, /search/), with the search dialog's part of it, and each page's CSP is rewritten to hash
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
        const written = new Map<string, [string, string]>(); // whole stylesheet → both addresses
        const searchScripts = readSearchScripts(join(outDir, "_astro"));
        const writeCss = (prefix: string, text: string) => {
          const name = `${prefix}.${createHash("sha256").update(text).digest("hex").slice(0, 10)}.css`;
          mkdirSync(join(outDir, "_astro"), { recursive: true });
          writeFileSync(join(outDir, "_astro", name), text);
          return `${base}_astro/${name}`;
        };
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
          let hrefs = written.get(css);
          if (!hrefs) {
            hrefs = [writeCss("site", css), writeCss("search", searchStyles(css, searchScripts))];
            written.set(css, hrefs);
          }
          // The copies for other sites (embeds, email, paste) open no search dialog.
          const page = withOwnStyles(html, css, hrefs[0], isCopyPath(path) ? undefined : hrefs[1]);
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
