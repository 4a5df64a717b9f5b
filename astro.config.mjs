// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { copies } from "./src/build/integrations/copies.ts";
import { embedHeights } from "./src/build/integrations/embed-heights.ts";
import { contentChecks } from "./src/build/integrations/content-checks.ts";
import { failedBuildCleanup } from "./src/build/integrations/failed-build-cleanup.ts";
import { hostHeaders } from "./src/build/integrations/host-headers.ts";
import { hastSectionShare } from "./src/build/integrations/hast-section-share.ts";
import { mdastExplainer } from "./src/build/integrations/mdast-explainer.ts";
import { pageStyles } from "./src/build/integrations/page-styles.ts";
import { pagefindIndex } from "./src/build/integrations/pagefind-index.ts";
import { precompress } from "./src/build/integrations/precompress.ts";
import { shareImages } from "./src/build/integrations/share-images.ts";
import { statusReview } from "./src/build/integrations/status-review.ts";
import { cachedRegistry } from "./src/build/registry.ts";
import { themeInitHash } from "./src/build/theme-script.ts";
import { isCopyPath, siteConfig } from "./src/site.config.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const searchIndex = pagefindIndex();
const checks = contentChecks();
const explainerModule = /content[\\/]explainers[\\/][^/\\]+\.mdx/;

export default defineConfig({
  site: siteConfig.origin,
  base: siteConfig.base,
  trailingSlash: "always",
  // Two pages at a time: while one is written to disk, the next renders.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 2 },
  markdown: {
    syntaxHighlight: false,
    // MDX goes through Sätteri (native parsing, about 10 ms a page faster than unified) with
    // the plugins that check citations, quotes and terms.
    processor: satteri({
      mdastPlugins: [mdastExplainer({ root, registry: () => cachedRegistry(root) })],
      hastPlugins: [hastSectionShare],
    }),
  },
  integrations: [
    mdx(),
    // Embeds, email files and oEmbed JSON travel to other sites; they are not pages to index.
    sitemap({
      filter: (page) => !isCopyPath(new URL(page).pathname.slice(siteConfig.base.length)),
    }),
    // Pagefind reads the pages' text first and indexes on the other core during the next steps.
    searchIndex.start,
    copies(), // embeds, email, paste and oEmbed files, before the steps that read them
    pageStyles(), // before the steps that read the final pages
    shareImages(), // before the link check, which needs the images
    // The link check reads the files on one core while the next steps work, until checks.finish.
    checks.start,
    embedHeights(), // measures embeds in Chromium; writes heights into oEmbed JSON and pages
    statusReview(),
    searchIndex.finish,
    hostHeaders(), // _headers with the base path, and its nginx version
    precompress(), // compresses the files as the steps above left them
    checks.finish,
    failedBuildCleanup(), // last: a build that fails before here leaves no dist/ behind
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX modules start with its own "use astro:head-inject" directive, which the
        // bundler warns of once per page; the warning is Astro's to settle, not the site's.
        checks: { moduleLevelDirective: false },
        // One chunk for all explainers instead of one each: at 1,000 explainers, bundling
        // and loading a chunk per page cost about a second.
        output: { codeSplitting: { groups: [{ name: "explainers", test: explainerModule }] } },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
