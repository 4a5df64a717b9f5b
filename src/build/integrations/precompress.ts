import type { AstroIntegration } from "astro";
import { statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { builtFiles } from "../built-files.ts";
import { compressPagefindFile, pagefindQuality } from "../search/pagefind-compression.ts";
import { isCopyPath, siteConfig } from "../../site.config.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are not. Pagefind's own files are gzipped
 * already, and get a `.br` of their own (pagefind-compression.ts). */
export const compressibleFile = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

/**
 * Whether a built file (path relative to the base path, size in bytes) gets compressed
 * copies (`.br`, and `.gz` beside the site's own files). A response that fits in one TCP
 * packet (about 1,460 bytes with its headers) gains no round trip from compression, so
 * smaller files are left as they are. The copies for other
 * sites are fetched rarely and are most of the files (56 an explainer): they are compressed
 * only when that saves a round trip, when larger than a first window (10 packets, 14,600
 * bytes) less its headers. Most email files, paste copies and share links are not.
 */
export function worthCompressing(path: string, size: number): boolean {
  return size >= (isCopyPath(path) ? 14_000 : 1_400);
}

/** Scripts and stylesheets of the site, Pagefind's script and the search's vocabulary files. */
const reusedAsset = /^(_astro\/[^/]+\.(js|css)|pagefind\/pagefind\.js|search-[\w-]+\.json)$/;

/** Brotli quality and gzip level for a built file (path relative to the base path); no gzip
 * level for a file that gets no `.gz`. */
export function compressionFor(path: string): { quality: number; level?: number } {
  // The site's bundles and what its search loads are few files, each fetched on many pages:
  // quality 11, 2–3% smaller than 10 (0.7 KiB of a first search) for about 0.3 s of build.
  if (reusedAsset.test(path)) return { quality: 11, level: 9 };
  // The site's pages, one per explainer and so most of the work at scale: quality 6. Quality
  // 10 (brotli's slow optimal parsing) was 8–10% smaller, 1.0–1.5 KB an explainer page, but
  // about 20 times the time: 20 ms of CPU a page, 20 s of a build at 1,008 explainers, against
  // 1 ms. Bytes before interaction stay far within their budget (about 20 KB of 43.8 KB).
  if (!isCopyPath(path)) return { quality: path.endsWith(".html") ? 6 : 10, level: 9 };
  // Embeds load in other sites' pages; the other copies (email files, paste copies, oEmbed
  // JSON, share links) are fetched rarely. On the built copies, quality 5 is as small as 6
  // (within 0.3%) and quality 4 about 6% larger but quicker still. The copies get no `.gz`:
  // browsers fetch them (an embed's frame, the share panel's fetch of an email or paste file)
  // and every browser takes brotli over HTTPS. A client that takes gzip alone gets them
  // uncompressed; their `.gz` files were 40% of this step's work on copies (about 4 s of CPU
  // and 10,000 files at 1,008 explainers).
  return { quality: path.startsWith("embed/") ? 5 : 4 };
}

/** Writes `file.br` and `file.gz` beside one file (at {@link compressionFor}), when smaller;
 * for Pagefind's own gzipped files, a `.br` only (see pagefind-compression.ts). */
async function compressOne(dir: string, path: string): Promise<number> {
  const abs = join(dir, path);
  const pagefind = pagefindQuality(path);
  if (pagefind !== undefined) return compressPagefindFile(abs, pagefind);
  const body = await readFile(abs);
  const { quality, level } = compressionFor(path);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    level === undefined ? undefined : gzipAsync(body, { level }),
  ]);
  const writes = [];
  if (br.length < body.length) writes.push(writeFile(`${abs}.br`, br));
  if (gz && gz.length < body.length) writes.push(writeFile(`${abs}.gz`, gz));
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
        const cpu = process.cpuUsage(); // all the process's threads: zlib works on libuv's pool
        const outDir = fileURLToPath(dir);
        // The site's own files first (quality 10 and 11 are the slow ones), largest first, so the step does not end on one long
        // file on one core while the other waits.
        const files = builtFiles(outDir, "")
          .filter((path) => compressibleFile.test(path) || pagefindQuality(path) !== undefined)
          .map((path) => ({
            path,
            copy: isCopyPath(path),
            size: statSync(join(outDir, path)).size,
          }))
          .filter(({ path, size }) => worthCompressing(path, size))
          .sort((a, b) => Number(a.copy) - Number(b.copy) || b.size - a.size)
          .map(({ path }) => path);
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
        const { user, system } = process.cpuUsage(cpu);
        const cpuMs = Math.round((user + system) / 1000);
        logger.info(
          `wrote ${written} .br and .gz files for ${files.length} text files in ${ms} ms (${cpuMs} ms CPU)`,
        );
      },
    },
  };
}
