import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { allPages } from "./pages";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** The built site under test: `SITE_DIST` (relative to the repo) or `dist/`, as the server uses. */
export const siteDist = resolve(repo, process.env["SITE_DIST"] ?? "dist");

/** Path a reader asks for to get the 404 page (any unknown address). */
export const missingPath = "/does-not-exist/";

/** Every file under `dir` whose name ends with one of `extensions`, as absolute paths. */
export function listFiles(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** The URL path a static host serves a built HTML file at (`a/index.html` → `/a/`). */
export function pathOfHtml(dist: string, file: string): string {
  const rel = relative(dist, file).split("\\").join("/");
  if (rel === "404.html") return missingPath;
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * Every page a reader can browse: the pages `content/` and the fixed routes promise
 * (tests/support/pages.ts), plus every HTML page actually in the build, so new kinds of
 * page (embeds, …) are tested as soon as they are built. Not pages: Pagefind's files, and
 * the email snippets under /email/, the paste copies under /paste/ (documents for mail
 * clients and newsletter editors, with their own rules) and the section share links under
 * /share/ (which forward to the full page, tested in share.spec.ts); they are still validated with every other HTML file).
 */
export function sitePages(dist = siteDist): string[] {
  return [...new Set([...allPages, ...builtPages(dist)])]
    .filter((path) => !isSectionEmbed(path))
    .sort();
}

/**
 * The embed pages of single sections (`/embed/strategy/in-short/`). They are not in
 * {@link sitePages}: each shows one section of its explainer's whole embed (`/embed/strategy/`,
 * which is), in the same layout with the same scripts, so the checks of layout and behaviour
 * (focus, motion, print, no-script, CSP, privacy) would only repeat themselves 60 times. What
 * depends on a section's own markup — axe, its own CSS, width at 320 px, valid HTML, its height
 * — is checked on every one (embed-sections.spec.ts, embed.spec.ts, embed-heights.spec.ts,
 * quality.spec.ts).
 */
export function sectionEmbedPages(dist = siteDist): string[] {
  return builtPages(dist).filter(isSectionEmbed).sort();
}

const isSectionEmbed = (path: string) => /^\/embed\/[^/]+\/[^/]+\/$/.test(path);

function builtPages(dist: string): string[] {
  if (!existsSync(dist)) {
    throw new Error(`${dist} does not exist: build the site first (npm run build)`);
  }
  return listFiles(dist, [".html"])
    .map((f) => pathOfHtml(dist, f))
    .filter((path) => !/^\/(pagefind|email|paste|share)\//.test(path));
}

/** The built HTML file that answers `path`. */
export function htmlFileOf(path: string, dist = siteDist): string {
  return path === missingPath ? join(dist, "404.html") : join(dist, path, "index.html");
}

/** True when the built page has the header's Search control (embeds, for one, do not). */
export function hasSearchControl(path: string, dist = siteDist): boolean {
  const file = htmlFileOf(path, dist);
  return existsSync(file) && readFileSync(file, "utf8").includes("data-search-open");
}

/** True for the compact pages made to be framed by other sites. */
export const isEmbed = (path: string): boolean => path.startsWith("/embed/");
