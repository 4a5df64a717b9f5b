/**
 * The first screen in bytes (issue 16), the pure part: where each element starts in the HTML as
 * served, the HTML marked so a browser can say which elements it drew on the first screen, and
 * how many bytes of a gzip (level 6) response carry the HTML up to a given offset, response
 * headers included. first-screen.ts finds the fold in Chromium; this module does the arithmetic.
 */
import { constants, gzipSync } from "node:zlib";

/** The compression hosts use on the fly (nginx's and most CDNs' gzip default is 1–6). */
export const foldGzipLevel = 6;

/** What must arrive in the first round trip: a TCP initial window of 10 packets of 1,460 bytes. */
export const initialWindow = 14_600;
/** The margin the budget keeps under it (1.5 KiB). */
export const foldMargin = 1_536;

/** Elements whose content is raw text: their insides hold no tags. */
const rawText = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);

/**
 * The byte offset of every start tag in the HTML `body`, in document order. Comments, doctype and
 * the insides of raw-text elements are skipped; attribute values may hold `>`. The bytes are read
 * as Latin-1, so a character index is a byte offset (tag syntax is ASCII; UTF-8 text never is).
 */
export function startTagOffsets(body: Buffer): number[] {
  const html = body.toString("latin1");
  const lower = html.toLowerCase();
  const offsets: number[] = [];
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      i = html.indexOf("-->", i + 4);
      if (i === -1) break;
      i += 3;
      continue;
    }
    const name = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(i + 1, i + 40))?.[0];
    if (!name) {
      i += 1;
      continue;
    }
    offsets.push(i);
    const end = tagEnd(html, i);
    if (rawText.has(name.toLowerCase())) {
      const close = lower.indexOf(`</${name.toLowerCase()}`, end);
      i = close === -1 ? html.length : close;
    } else {
      i = end;
    }
  }
  return offsets;
}

/** The index just past the `>` that ends the tag starting at `start`, quotes respected. */
function tagEnd(html: string, start: number): number {
  let quote = "";
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return html.length;
}

/**
 * The HTML with `data-fold-n="<i>"` added to the i-th start tag (0-based, the order of
 * {@link startTagOffsets}), so the browser can name the source tag of each element it draws.
 * Data attributes change neither layout nor the page's CSP.
 */
export function markStartTags(body: Buffer): Buffer {
  const html = body.toString("latin1");
  const parts: string[] = [];
  let last = 0;
  for (const [n, offset] of startTagOffsets(body).entries()) {
    const name = /^<[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(offset, offset + 40))![0];
    const at = offset + name.length;
    parts.push(html.slice(last, at), ` data-fold-n="${n}"`);
    last = at;
  }
  parts.push(html.slice(last));
  return Buffer.from(parts.join(""), "latin1");
}

/** The bytes of an HTTP/1.1 response head: status line, header lines, blank line. */
export function headerBytes(status: number, headers: [string, string][]): number {
  const lines = [`HTTP/1.1 ${status} OK`, ...headers.map(([n, v]) => `${n}: ${v}`), "", ""];
  return Buffer.byteLength(lines.join("\r\n"));
}

/**
 * The gzip bytes (level 6 by default) a server streaming `body` has sent once the first `offset`
 * bytes can be decoded: the prefix compressed and flushed (Z_SYNC_FLUSH), gzip header included.
 */
export function gzipPrefixBytes(body: Buffer, offset: number, level = foldGzipLevel): number {
  const prefix = body.subarray(0, Math.min(offset, body.length));
  return gzipSync(prefix, { level, finishFlush: constants.Z_SYNC_FLUSH }).length;
}

/** The gzip bytes of a whole body (level 6 by default). */
export function gzipBytes(body: Buffer, level = foldGzipLevel): number {
  return gzipSync(body, { level }).length;
}

/**
 * The fold as a byte offset: where the source tag of the first element after the last element
 * drawn on the first screen starts (so the drawn element's end tag is in), or the end of the HTML
 * when nothing follows. `nextTag` is that tag's index in {@link startTagOffsets}, or -1.
 */
export function foldOffset(offsets: number[], nextTag: number, htmlBytes: number): number {
  return nextTag >= 0 && nextTag < offsets.length ? offsets[nextTag]! : htmlBytes;
}
