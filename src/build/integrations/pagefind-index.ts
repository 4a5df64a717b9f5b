import type { AstroIntegration } from "astro";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { builtFiles } from "../built-files.ts";
import { readYamlFolder } from "../registry.ts";
import { isCopyPath } from "../../site.config.ts";
import { glossaryRecord, timelineRecord, pagefindHtml } from "../search/search-records.ts";

/**
 * Word positions per index file (Pagefind's default is about 20,000), chosen with
 * `src/scripts/bench/search-fetches.ts` over a few queries.
 */
const indexChunkSize = 1500;

/** Starts Pagefind's process and an empty index (while the pages render). */
function openIndex(): Promise<pagefind.PagefindIndex> {
  // Pagefind splits the word index into files of about 20,000 word positions: two files here,
  // most queries needing both (~53 KB gzipped). At 1,500 a first search fetches the few files
  // its words fall in (~13 KB for "ACD"; 22 KB at 3,000 once the index had grown); the service
  // reads this from its environment.
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = String(indexChunkSize);
  // Citation markers ([1], [2]) are everywhere in the text; they are not words to find.
  return pagefind.createIndex({ excludeSelectors: [".cite"] }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return index;
  });
}

/**
 * Writes the pages under `outDir` as Pagefind is to index them ({@link pagefindHtml}) into a
 * temporary folder; returns the folder and the pages' paths.
 */
function stagePages(outDir: string): { staged: string; pages: string[] } {
  // The copies for other sites (embeds, email) are not pages to find.
  const pages = builtFiles(outDir, ".html").filter((path) => !isCopyPath(path));
  const staged = mkdtempSync(join(tmpdir(), "pagefind-pages-"));
  for (const path of pages) {
    const to = join(staged, path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, pagefindHtml(readFileSync(join(outDir, path), "utf8")));
  }
  return { staged, pages };
}

/**
 * Indexes the built pages under `outDir` with the index `opening` and writes `pagefind/`;
 * the line to log when done. The pages are read before this returns its promise, so before
 * the next build steps rewrite them (their styles, not their text).
 */
async function writeIndex(
  root: string,
  outDir: string,
  opening: Promise<pagefind.PagefindIndex>,
): Promise<string> {
  const started = performance.now();
  // Pagefind reads the staged folder itself and parses its files in parallel, where pages sent
  // one by one through its Node API (`addHTMLFile`, each base64-encoded JSON) are parsed one
  // at a time.
  const { staged, pages } = stagePages(outDir);
  const records = [
    ...readYamlFolder(root, "content/glossary").map((t) => glossaryRecord(t.id, t.data)),
    ...readYamlFolder(root, "content/timeline").map((e) => timelineRecord(e.id, e.data)),
  ];
  // Once Pagefind has read the staged pages, they are removed on libuv's threads while it writes
  // the index (removed synchronously at the end, they held this process 0.4 s at 1,000 explainers).
  let removal: Promise<void> | undefined;
  try {
    const index = await opening;
    // Every request at once: Pagefind's service handles them in the order sent, so it indexes
    // and writes while this process runs the next build steps, which leave its event loop no
    // turn to send the next request in between.
    const adding = index.addDirectory({ path: staged });
    removal = adding.then(
      () => rm(staged, { recursive: true, force: true }),
      () => {},
    );
    const [added, recorded, written] = await Promise.all([
      adding,
      Promise.all(records.map((record) => index.addCustomRecord(record))),
      index.writeFiles({ outputPath: join(outDir, "pagefind") }),
    ]);
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    if (added.page_count !== pages.length)
      throw new Error(`Pagefind indexed ${added.page_count} of ${pages.length} pages`);
    for (const [i, result] of recorded.entries()) {
      if (result.errors.length) throw new Error(`Pagefind: ${records[i]?.url}: ${result.errors}`);
    }
    if (written.errors.length)
      throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
  } finally {
    await removal;
    rmSync(staged, { recursive: true, force: true }); // anything left if adding failed
  }
  await pagefind.close();
  const ms = Math.round(performance.now() - started);
  return `indexed ${pages.length} pages and ${records.length} glossary and timeline records in ${ms} ms`;
}

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of every
 * `astro build`, through Pagefind's Node API (as Starlight does), so tests and
 * deploys always have a working search without a second command. Glossary
 * terms and timeline events are added as results of their own.
 *
 * Pagefind indexes in a process of its own, started with the build; `start` (first of the
 * build steps) hands it the pages and returns, the next steps run on the other core while
 * Pagefind indexes and writes, and `finish` (last) waits for the index to be written.
 */
export function pagefindIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let root = "";
  let opening: Promise<pagefind.PagefindIndex> | undefined;
  let indexing: Promise<string> | undefined;
  return {
    start: {
      name: "local:pagefind-index",
      hooks: {
        "astro:config:setup": ({ config }) => {
          root = fileURLToPath(config.root);
        },
        "astro:build:start": () => {
          opening = openIndex();
          opening.catch(() => {}); // awaited, and so reported, by `finish`
        },
        "astro:build:done": ({ dir, logger }) => {
          indexing = writeIndex(root, fileURLToPath(dir), opening ?? openIndex()).then((line) => {
            logger.info(line);
            return line;
          });
          indexing.catch(() => {}); // awaited, and so reported, by `finish`
        },
      },
    },
    finish: {
      name: "local:pagefind-index-written",
      hooks: {
        "astro:build:done": async () => {
          await indexing;
        },
      },
    },
  };
}
