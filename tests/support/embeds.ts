import { existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The built site under test: dist/, or SITE_DIST as in playwright.config.ts. */
export const distDir = resolve(repoRoot, process.env["SITE_DIST"] ?? "dist");

/** Every file under `dir` (relative paths, `/` separated) whose name ends with `suffix`. */
export function builtFiles(dir: string, suffix: string): string[] {
  const root = join(distDir, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(suffix))
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(root.length + 1)
        .split("\\")
        .join("/"),
    )
    .sort();
}

/** Every embed page of the build: `/embed/strategy/`, `/embed/strategy/in-short/`, … */
export const embedPaths: string[] = builtFiles("embed", "index.html").map(
  (f) => `/embed/${f.replace(/index\.html$/, "")}`,
);

/**
 * A second origin for framing tests: a tiny server on 127.0.0.2 whose pages are
 * whatever HTML the test registers, so embeds are framed cross-origin as on a
 * reader's blog.
 */
export async function startHostServer(): Promise<{
  origin: string;
  host: (html: string) => string;
  close: () => Promise<void>;
}> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get(req.url ?? "");
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let n = 0;
  return {
    origin: `http://127.0.0.2:${port}`,
    host: (html) => {
      const path = `/host-${++n}.html`;
      pages.set(path, html);
      return `http://127.0.0.2:${port}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
