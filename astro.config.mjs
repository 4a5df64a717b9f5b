// @ts-check
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { contentChecks } from "./src/integrations/content-checks.ts";
import { pageStyles } from "./src/integrations/page-styles.ts";
import { pagefindIndex } from "./src/integrations/pagefind-index.ts";
import { rehypeSectionShare } from "./src/integrations/rehype-section-share.ts";
import { remarkExplainer } from "./src/integrations/remark-explainer.ts";
import { shareImages } from "./src/integrations/share-images.ts";
import { loadRegistry } from "./src/lib/registry.ts";
import { themeInitHash } from "./src/lib/theme-script.ts";
import { siteConfig } from "./src/site.config.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  site: siteConfig.origin,
  base: siteConfig.base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  markdown: {
    syntaxHighlight: false,
    // MDX explainers go through unified so the build can check citations, quotes and terms.
    processor: unified({
      remarkPlugins: [[remarkExplainer, { root, registry: () => loadRegistry(root) }]],
      rehypePlugins: [rehypeSectionShare],
    }),
  },
  integrations: [
    mdx(),
    // Embeds, email files and oEmbed JSON travel to other sites; they are not pages to index.
    sitemap({ filter: (page) => !/\/(embed|email|oembed)\//.test(new URL(page).pathname) }),
    pageStyles(), // first: the other steps read the final pages
    pagefindIndex(),
    shareImages(), // before contentChecks, whose link check needs the images
    contentChecks(),
  ],
  vite: { plugins: [tailwindcss()] },
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
