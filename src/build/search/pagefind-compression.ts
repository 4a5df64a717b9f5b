import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants, gunzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);

/** What Pagefind puts at the start of each of its files once decompressed. */
const signature = "pagefind_dcd";

/**
 * Brotli quality for one of Pagefind's gzipped files (path relative to the base path), or
 * undefined for any other file. Pagefind writes its WASM, metadata, word index and fragments
 * gzipped and gunzips them in the browser, unless they arrive already decompressed (its
 * `decompress` looks for the signature first). So a `.br` copy of the decompressed file, sent
 * with `Content-Encoding: br`, reaches Pagefind decompressed by the browser, and smaller:
 * - the WASM and metadata, one file each and fetched by every search: quality 11 (the WASM
 *   goes from 58.4 to 49.6 KiB, 0.2 s of build);
 * - the fragments, one per page and record: quality 5, about 10% smaller than Pagefind's gzip
 *   at under 0.3 ms a file (10 would give 22% at 3 ms, a minute of CPU at 1,000 explainers).
 * The word index is left as Pagefind wrote it: its files (one per 1,500 word positions) grow
 * with the site's text, 23 now and some 2,900 at 1,000 explainers, and brotli gains 2% on
 * them at quality 5, 7% only at quality 10 (7 ms a file, 20 s of CPU at that scale).
 */
export function pagefindQuality(path: string): number | undefined {
  if (!path.startsWith("pagefind/")) return undefined;
  if (/\.(pagefind|pf_meta)$/.test(path)) return 11;
  if (path.endsWith(".pf_fragment")) return 5;
  return undefined;
}

/**
 * Writes `file.br` beside one of Pagefind's files (absolute path) at `quality`: the file
 * decompressed and compressed again with brotli, when that is smaller. Returns the files
 * written (0 or 1). A file without Pagefind's signature inside stops the build: Pagefind's
 * format has changed, and the browser would be sent what Pagefind cannot read.
 */
export async function compressPagefindFile(abs: string, quality: number): Promise<number> {
  const gzipped = await readFile(abs);
  const raw = await gunzipAsync(gzipped);
  if (raw.subarray(0, signature.length).toString("latin1") !== signature)
    throw new Error(
      `${abs}: no "${signature}" signature once gunzipped; is Pagefind's format new?`,
    );
  const br = await brotli(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  if (br.length >= gzipped.length) return 0;
  await writeFile(`${abs}.br`, br);
  return 1;
}
