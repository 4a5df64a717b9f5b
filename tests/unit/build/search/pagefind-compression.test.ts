import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import { compressPagefindFile, pagefindQuality } from "@/build/search/pagefind-compression";

describe("pagefindQuality", () => {
  test.each([
    ["pagefind/wasm.en.pagefind", 11],
    ["pagefind/pagefind.en_8ad8c85156.pf_meta", 11],
    ["pagefind/index/en_975d67e.pf_index", undefined],
    ["pagefind/fragment/en_efa2bde.pf_fragment", 5],
    ["pagefind/pagefind.js", undefined],
    ["pagefind/pagefind-entry.json", undefined],
    ["history/index.html", undefined],
    ["downloads/wasm.en.pagefind", undefined],
  ])("%s: %s", (path, quality) => {
    expect(pagefindQuality(path)).toBe(quality);
  });
});

describe("compressPagefindFile", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const words = Array.from({ length: 400 }, (_, i) => `word${i % 37} cyber defense`).join(" ");

  test("writes a .br of the gunzipped file, which starts with Pagefind's signature", async () => {
    dir = mkdtempSync(join(tmpdir(), "pagefind-br-"));
    const file = join(dir, "en_1.pf_fragment");
    const raw = Buffer.from(`pagefind_dcd${words}`);
    writeFileSync(file, gzipSync(raw, { level: 6 }));
    expect(await compressPagefindFile(file, 5)).toBe(1);
    const br = readFileSync(`${file}.br`);
    expect(brotliDecompressSync(br).equals(raw)).toBe(true);
    expect(br.length).toBeLessThan(readFileSync(file).length);
  });

  test("stops with the file's name when the signature is missing", async () => {
    dir = mkdtempSync(join(tmpdir(), "pagefind-br-"));
    const file = join(dir, "en_2.pf_index");
    writeFileSync(file, gzipSync(Buffer.from(words)));
    await expect(compressPagefindFile(file, 10)).rejects.toThrow(/en_2\.pf_index.*signature/);
    expect(existsSync(`${file}.br`)).toBe(false);
  });
});
