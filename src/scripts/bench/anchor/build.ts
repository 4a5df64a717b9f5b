/**
 * The bench's anchor (issue 16): a stock Astro Starlight site (tests/anchor/, its own package.json
 * and lockfile) holding the same explainers' words, converted from the MDX by anchor-convert.ts.
 * Installed on first use (`npm ci` in tests/anchor/, never by the root `npm ci`), then built in a
 * throwaway copy with the same explainers — and for the scale run the same copies — as this site.
 * Starlight's build is pages + search index: what this site's `PAGES_ONLY=1` build does.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { load } from "js-yaml";
import { buildDate, expandStatusNotes } from "../../../build/status.ts";
import type { StatusEntry } from "../../../schemas/status.ts";
import {
  glossaryMarkdown,
  toStarlightMarkdown,
  type AnchorInputs,
  type AnchorSource,
} from "./convert.ts";
import { cpuFromTimes, realExplainers, seconds, timedBuild } from "../build.ts";
import { syntheticExplainer } from "../synthetic.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const repo = new URL("../../../..", import.meta.url).pathname;
/** Where the anchor project lives. */
export const anchorDir = join(repo, "tests/anchor");

/** What one anchor build did and made. */
export interface AnchorBuild {
  wallMs: number;
  cpuMs: number | undefined;
  /** Pagefind's share, from Starlight's "Finished building search index in N" line, ms. */
  indexMs: number | undefined;
  htmlPages: number;
  dist: string;
}

/**
 * Installs the anchor's packages (`npm ci` in tests/anchor/) when they are missing or older than its
 * lockfile. Returns what it did, for the report.
 */
export function ensureAnchorInstalled(): string {
  const lock = join(anchorDir, "package-lock.json");
  const marker = join(anchorDir, "node_modules/.package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) {
    return "anchor packages already installed (tests/anchor/node_modules)";
  }
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: anchorDir,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error("npm ci in tests/anchor/ failed (see above)");
  return "anchor packages installed now (npm ci in tests/anchor/)";
}

/** The sources registry and glossary, as the converter takes them. */
export function anchorInputs(root = repo): AnchorInputs & {
  glossary: { term: string; definition: string }[];
} {
  const list = load(readFileSync(join(root, "content/sources.yaml"), "utf8")) as AnchorSource[];
  const glossaryDir = join(root, "content/glossary");
  const glossary = readdirSync(glossaryDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ""),
      ...(load(readFileSync(join(glossaryDir, f), "utf8")) as { term: string; definition: string }),
    }));
  const statusDir = join(root, "content/status");
  const status = readdirSync(statusDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ""),
      data: load(readFileSync(join(statusDir, f), "utf8")) as StatusEntry,
    }));
  return {
    sources: new Map(list.map((s) => [s.id, s])),
    terms: new Map(glossary.map((g) => [g.id, g.term])),
    expandNotes: (mdx) => expandStatusNotes(mdx, status, buildDate()),
    glossary,
  };
}

/** Writes the anchor's content: the real explainers, `synthetic` copies, the glossary, a home. */
function writeContent(docs: string, synthetic: number): void {
  mkdirSync(docs, { recursive: true });
  const inputs = anchorInputs();
  const real = realExplainers();
  const pages = [
    ...real,
    ...Array.from({ length: synthetic }, (_, i) => syntheticExplainer(i, real)),
  ];
  for (const { slug, mdx } of pages) {
    writeFileSync(join(docs, `${slug}.md`), toStarlightMarkdown(slug, mdx, inputs).markdown);
  }
  writeFileSync(join(docs, "glossary.md"), glossaryMarkdown(inputs.glossary));
  const links = real.map((r) => `- [${r.slug.replaceAll("-", " ")}](/${r.slug}/)`).join("\n");
  writeFileSync(
    join(docs, "index.md"),
    `---\ntitle: Japan's Cyber Strategy, Explained\ndescription: Explainers of Japan's 2025 cybersecurity strategy and active cyber defense.\n---\n\n${links}\n`,
  );
}

/** Builds the anchor with the real explainers and `synthetic` copies, cold, and times it. */
export async function buildAnchor(options: {
  synthetic: number;
  siteUrl: string;
}): Promise<AnchorBuild> {
  // The copy lives inside tests/anchor/ (in .work/, ignored by git) so that packages resolve from
  // tests/anchor/node_modules by the usual walk up; a symlinked node_modules confuses Vite.
  mkdirSync(join(anchorDir, ".work"), { recursive: true });
  const dir = mkdtempSync(join(anchorDir, ".work", `build-${options.synthetic}-`));
  for (const part of ["astro.config.mjs", "package.json", "src"]) {
    cpSync(join(anchorDir, part), join(dir, part), { recursive: true });
  }
  writeContent(join(dir, "src/content/docs"), options.synthetic);
  const { lines, wallMs } = await timedBuild(
    dir,
    realpathSync(join(anchorDir, "node_modules/.bin/astro")),
    { SITE_URL: options.siteUrl },
    `astro build of the anchor (${options.synthetic} copies)`,
  );
  const indexLine = lines.find((l) => /Finished building search index in/i.test(l.text));
  const dist = join(dir, "dist");
  const htmlPages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  ).length;
  return {
    wallMs,
    cpuMs: cpuFromTimes(lines.at(-1)?.text),
    indexMs: indexLine ? seconds(indexLine.text.split(/search index in/i)[1] ?? "") : undefined,
    htmlPages,
    dist,
  };
}

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside each text file of the anchor's build, as
 * this site's build does for its own (precompress.ts), so the same server sends both sites
 * compressed the same way. Not part of the anchor's timed build: a host's concern, not Starlight's.
 */
export async function precompressAnchor(build: AnchorBuild): Promise<void> {
  const files = readdirSync(build.dist, { recursive: true, encoding: "utf8" }).filter((f) =>
    /\.(html|css|js|mjs|json|xml|txt|svg)$/.test(f),
  );
  // zlib works on libuv's thread pool: a few files at a time keep both cores busy.
  const one = async (file: string) => {
    const abs = join(build.dist, file);
    const body = readFileSync(abs);
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzipAsync(body, { level: 9 }),
    ]);
    if (br.length < body.length) writeFileSync(`${abs}.br`, br);
    if (gz.length < body.length) writeFileSync(`${abs}.gz`, gz);
  };
  const worker = async () => {
    for (let file = files.shift(); file !== undefined; file = files.shift()) await one(file);
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Removes the copy an anchor build came from. */
export function removeAnchor(build: AnchorBuild): void {
  rmSync(join(build.dist, ".."), { recursive: true, force: true });
}
