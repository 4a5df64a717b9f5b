/**
 * The preview server of the built site (`npm run serve`, the browser tests, the bench): a thin layer
 * on `sirv` (the static-file middleware of Vite's and Astro's preview) that behaves like a static
 * host. sirv sends the file, with ETag/304, Range, MIME types and the precompressed `.br`/`.gz`
 * written by the build beside each text file; this layer decides which path is asked for and what
 * headers it gets:
 *
 * - only GET and HEAD (others: 405);
 * - the path is percent-decoded and normalised once (malformed encoding or control characters: 400),
 *   and `_headers` rules are matched against that normalised path, the one whose file is served;
 * - under a base path, `/` and the base without its slash redirect to the base; other paths outside
 *   it are 404;
 * - a directory without its trailing slash redirects to it, with an encoded, same-site `Location`;
 * - `Accept-Encoding` is honoured with its q-values (`br;q=0` gets no brotli);
 * - dotfiles, `_headers` and files reached through a symlink out of the root are 404;
 * - a missing file gets `404.html` with status 404.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, posix, resolve, sep } from "node:path";
import sirv from "sirv";
import { parseHeadersFile, resolveHeaders, type HeaderRule } from "../lib/headers-file.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

/** Files never served, even though they are in the built folder. */
const hidden = /(^|\/)(\.(?!well-known\/)|_headers$|_headers\.nginx\.conf$|_redirects$)/;

/** The codings of an `Accept-Encoding` header this server can send, as sirv reads them ("br, gzip"). */
export function acceptedEncodings(header: string | undefined): string {
  const q = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith("q="));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get("*") ?? 0) > 0;
  return ["br", "gzip"].filter(accepts).join(", ");
}

/** A single `bytes=start-[end]` range sirv can answer; anything else is ignored (a 200 is allowed). */
export function isSimpleRange(header: string): boolean {
  const m = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(header.trim());
  return !!m && (m[2] === "" || Number(m[1]) <= Number(m[2]));
}

/** The request path, percent-decoded and normalised (`/a/../b//c` → `/b/c`); undefined when malformed. */
export function normalisePath(rawPath: string): string | undefined {
  if (!rawPath.startsWith("/")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return undefined;
  const normal = posix.normalize(decoded.replace(/\/{2,}/g, "/"));
  return normal.startsWith("/") ? normal : undefined;
}

/** A path as it may go in a `Location` header or a request line: percent-encoded, ASCII only. */
export function encodePath(path: string): string {
  return encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

/** The query string as sent, made safe for a header (bytes outside printable ASCII encoded). */
function safeSearch(search: string): string {
  if (/[^\u0000-\u00ff]/.test(search)) return "";
  return search.replace(
    /[^\u0021-\u007e]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** The files sirv tries for a path, in its order (see its `toAssume`), with the accepted codings first. */
function candidates(path: string, encodings: string): string[] {
  const stem = path.endsWith("/") ? path.slice(0, -1) : path;
  const exts = [
    ...(encodings.includes("br") ? [".html.br", ".br"] : []),
    ...(encodings.includes("gzip") ? [".html.gz", ".gz"] : []),
    "",
    ".html",
  ];
  return exts.flatMap((ext) => [...(stem ? [stem + ext] : []), `${stem}/index${ext}`]);
}

function isInside(root: string, file: string): boolean {
  try {
    const real = realpathSync(file);
    return real === root || real.startsWith(root + sep);
  } catch {
    return false;
  }
}

/**
 * Serves a built site the way a static host does (see the module comment). `root` is the built
 * folder; `base` the site's base path (`/` or `/japan-cyber/`).
 */
export function createStaticServer(root: string, base = "/"): Server {
  const realRoot = realpathSync(resolve(root));
  const headersPath = join(realRoot, "_headers");
  const rules: HeaderRule[] = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, "utf8"))
    : [];
  const serveFile = sirv(realRoot, {
    dev: true, // look files up per request, so a rebuilt dist/ is served as it is now
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ["html"],
  });

  function send(res: ServerResponse, status: number, headers: Record<string, string>, body = "") {
    res.writeHead(status, { "Content-Length": String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  }

  function applyRules(res: ServerResponse, path: string) {
    for (const [name, value] of resolveHeaders(rules, path)) res.setHeader(name, value);
  }

  function notFound(req: IncomingMessage, res: ServerResponse) {
    const page = join(realRoot, "404.html");
    const body = existsSync(page) ? readFileSync(page) : Buffer.from("Not found\n");
    applyRules(res, `${base}404.html`);
    res.writeHead(404, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(body.length),
      "Cache-Control": "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return;
    }
    const raw = req.url ?? "/";
    const cut = raw.search(/[?#]/);
    const rawPath = cut < 0 ? raw : raw.slice(0, cut);
    const search = cut >= 0 && raw[cut] === "?" ? safeSearch(raw.slice(cut).split("#")[0]!) : "";
    const path = normalisePath(rawPath);
    if (path === undefined) {
      send(res, 400, { "Content-Type": "text/plain; charset=utf-8" }, "Bad request\n");
      return;
    }
    const redirect = (status: number, to: string) =>
      send(res, status, { Location: encodePath(to) + search });
    if (base !== "/" && (path === "/" || path === base.slice(0, -1))) return redirect(302, base);
    if (!path.startsWith(base)) return notFound(req, res);
    const relative = path.slice(base.length - 1);
    if (hidden.test(relative)) return notFound(req, res);

    const direct = join(realRoot, relative);
    if (!relative.endsWith("/") && existsSync(direct) && statSync(direct).isDirectory()) {
      return redirect(301, `${path}/`);
    }
    const encodings = acceptedEncodings(req.headers["accept-encoding"]);
    const file = candidates(relative, encodings)
      .map((name) => join(realRoot, name))
      .find((abs) => existsSync(abs) && statSync(abs).isFile());
    if (!file || !isInside(realRoot, file)) return notFound(req, res);

    // What sirv reads: the normalised path, the codings accepted, a range it can answer.
    req.url = encodePath(relative) + search;
    req.headers["accept-encoding"] = encodings;
    const range = req.headers.range;
    if (range !== undefined && !isSimpleRange(range)) delete req.headers.range;
    applyRules(res, path);
    const type = types[extname(file.replace(/\.(br|gz)$/, ""))];
    res.setHeader("Content-Type", type ?? "application/octet-stream");
    serveFile(req, res, () => notFound(req, res));
  }

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { "Content-Type": "text/plain; charset=utf-8" });
      else res.destroy();
    }
  });
}
