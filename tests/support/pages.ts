import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const contentDir = fileURLToPath(new URL("../../content/", import.meta.url));

/** Slugs of the explainers, from content/explainers/*.mdx. */
export const explainerSlugs = readdirSync(`${contentDir}explainers`)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));

/** Every page of the site (paths from the root), the one list per-page tests are driven from. */
export const allPages: string[] = [
  "/",
  ...explainerSlugs.map((s) => `/${s}/`),
  "/glossary/",
  "/timeline/",
  "/status/",
  "/questions/",
  "/explainers/",
  "/sources/",
  "/about/",
  "/search/",
  "/does-not-exist/",
];
