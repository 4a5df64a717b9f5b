import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
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

/**
 * Serves a built site the way a static host does: `dir/index.html` for `dir/`,
 * `404.html` with status 404, and the headers of `_headers` applied.
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
    res.writeHead(status, {
      ...headers,
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
}
