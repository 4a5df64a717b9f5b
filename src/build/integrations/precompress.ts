import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { builtFiles } from "../built-files";
import { isCopyPath, siteConfig } from "../../site.config";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images, fonts and Pagefind's own (already gzipped) files are not. */
export const compressibleFile = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

/**
 * Writes `file.br` and `file.gz` (gzip, level 9) beside one file, when smaller. Brotli is at
 * quality 11 for the site's own pages and assets; the copies for other sites (embeds, email
 * files, oEmbed JSON: six times as many files) get quality 6, over 30 times quicker and about
 * 13% larger, so a site of 1,000 explainers is not held up for minutes.
 */
async function compressOne(dir: string, path: string): Promise<number> {
  const abs = join(dir, path);
  const body = await readFile(abs);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: isCopyPath(path) ? 6 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  const writes = [];
  if (br.length < body.length) writes.push(writeFile(`${abs}.br`, br));
  if (gz.length < body.length) writes.push(writeFile(`${abs}.gz`, gz));
  await Promise.all(writes);
  return writes.length;
}

/**
 * Compresses every text file of the build once, as static hosts do, so the preview server
 * (src/scripts/static-server.ts) sends the `.br`/`.gz` beside a file and never compresses per
 * request. Runs last, after every step that writes or rewrites files. zlib works on libuv's
 * thread pool, so several files compress at once. Pages-only builds (`PAGES_ONLY=1`) skip it.
 */
export function precompress(): AstroIntegration {
  return {
    name: "local:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (siteConfig.pagesOnly) return logger.info("skipped in a pages-only build");
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir, "").filter((path) => compressibleFile.test(path));
        let next = 0;
        let written = 0;
        const worker = async () => {
          while (next < files.length) {
            const count = await compressOne(outDir, files[next++]!);
            written += count; // after the await, so no other worker's count is lost
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `wrote ${written} .br and .gz files for ${files.length} text files in ${ms} ms`,
        );
      },
    },
  };
}
