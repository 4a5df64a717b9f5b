import { constants, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  foldOffset,
  gzipBytes,
  gzipPrefixBytes,
  headerBytes,
  markStartTags,
  startTagOffsets,
} from "@/scripts/bench/fold";

const page = Buffer.from(
  '<!doctype html><html lang="en"><head><title>a <b> c</title><style>p>a{color:red}</style>' +
    '<script>if (1 < 2) document.write("<p>")</script></head><body><!-- <p> -->' +
    '<p title="x > y">Tōkyō 東京</p><p>two</p></body></html>',
);

describe("startTagOffsets", () => {
  test("finds every start tag, skipping comments, raw text and quoted >", () => {
    const tags = startTagOffsets(page).map(
      (o) => /^<([a-z]+)/.exec(page.subarray(o, o + 12).toString("latin1"))![1],
    );
    expect(tags).toEqual(["html", "head", "title", "style", "script", "body", "p", "p"]);
  });

  test("offsets are bytes, past multi-byte text", () => {
    const offsets = startTagOffsets(page);
    const second = offsets.at(-1)!;
    expect(page.subarray(second, second + 3).toString()).toBe("<p>");
    expect(second).toBe(page.indexOf("<p>two"));
  });
});

describe("markStartTags", () => {
  test("numbers each start tag in order and leaves the rest byte for byte", () => {
    const marked = markStartTags(page).toString();
    expect(marked).toContain('<p data-fold-n="6" title="x > y">Tōkyō 東京</p><p data-fold-n="7">');
    expect(marked.replace(/ data-fold-n="\d+"/g, "")).toBe(page.toString());
  });
});

describe("the fold in bytes", () => {
  test("is where the tag after the last one drawn starts, or the end", () => {
    const offsets = startTagOffsets(page);
    expect(foldOffset(offsets, 7, page.length)).toBe(page.indexOf("<p>two"));
    expect(foldOffset(offsets, 8, page.length)).toBe(page.length);
    expect(foldOffset(offsets, -1, page.length)).toBe(page.length);
  });

  test("the flushed gzip prefix decodes to exactly the HTML up to the fold", () => {
    const body = Buffer.from("<p>word</p>\n".repeat(2000));
    const fold = 6000;
    const size = gzipPrefixBytes(body, fold);
    const prefix = gzipSync(body.subarray(0, fold), {
      level: 6,
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    expect(size).toBe(prefix.length);
    expect(gunzipSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH }).length).toBe(fold);
    expect(size).toBeLessThan(gzipBytes(body));
  });

  test("the response head counts status line, headers and the blank line", () => {
    expect(headerBytes(200, [["Content-Type", "text/html"]])).toBe(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".length,
    );
  });
});
