import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parseHeadersFile, resolveHeaders } from "./headers-file.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

const compressible = /\.(html|css|js|json|xml|txt|svg)$/;
const compressed = new Map<string, Buffer>();

/** The body as a host would send it: brotli or gzip for text when the browser accepts it. */
function encode(file: string, accept: string): { body: Buffer; encoding?: string } {
  const body = readFileSync(file);
  if (!compressible.test(file)) return { body };
  const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : undefined;
  if (!encoding) return { body };
  const key = `${encoding}:${file}:${body.length}`;
  if (!compressed.has(key)) {
    const packed =
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, packed);
  }
  return { body: compressed.get(key) ?? body, encoding };
}

/**
 * Serves a built site the way a static host does: `dir/index.html` for `dir/`,
 * `404.html` with status 404, text compressed (brotli or gzip), and the headers
 * of `_headers` applied.
 */
export function createStaticServer(root: string, base = "/"): Server {
  const headersPath = join(root, "_headers");
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = "/__missing__";
    const relative = normalize(path.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    let status = 200;
    if (!existsSync(file) || relative.endsWith("_headers")) {
      status = 404;
      file = join(root, "404.html");
    }
    const headers = Object.fromEntries(resolveHeaders(rules, status === 200 ? path : "/404.html"));
    const { body, encoding } = encode(file, String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(status, {
      ...headers,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
}
