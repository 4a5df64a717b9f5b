// The README's nginx recipe, run as written in Debian's nginx (skipped where nginx is not
// installed; .ci/run installs it): every kind of path gets the headers of _headers from the
// generated dist/_headers.nginx.conf, folders redirect to their slash, a missing page is the 404
// page, and gzip comes from the .gz file the build wrote.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseHeadersFile, resolveHeaders, toNginx } from "@/lib/headers-file";

const repo = new URL("../..", import.meta.url).pathname;
const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => {
  try {
    execFileSync(path, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
const port = 4429;
const rules = parseHeadersFile(readFileSync(join(repo, "public/_headers"), "utf8"));
const names = [...new Set(rules.flatMap((r) => r.set.map(([n]) => n.toLowerCase())))];

/** The `server { }` block of the README's nginx recipe. */
function readmeServerBlock(): string {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const block = /### nginx[\s\S]*?```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md: no nginx block under ### nginx");
  return block;
}

const pages = ["", "strategy/", "embed/strategy/", "embed/strategy/in-short/", "404.html"];
const files = [
  "email/strategy.html",
  "oembed/strategy.json",
  "oembed/strategy/in-short.json",
  "og/home.png",
  "_astro/site.css",
];

let dir = "";
let server: ChildProcess | undefined;

function head(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string> }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([n, v]) => [n, String(v)])),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe.skipIf(!nginx)("the README's nginx recipe", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nginx-recipe-"));
    chmodSync(dir, 0o755); // nginx's workers run as another user when started by root
    const site = join(dir, "site");
    for (const path of [
      ...pages.map((p) => (p.endsWith(".html") ? p : `${p}index.html`)),
      ...files,
    ]) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), `<!doctype html><title>${path}</title>${"text ".repeat(50)}`);
    }
    writeFileSync(
      join(site, "strategy/index.html.gz"),
      gzipSync(readFileSync(join(site, "strategy/index.html"))),
    );
    writeFileSync(join(site, "_headers.nginx.conf"), toNginx(rules));
    writeFileSync(join(site, "_headers"), "/*\n");
    const serverBlock = readmeServerBlock()
      .replace("listen 80;", `listen 127.0.0.1:${port};`)
      .replaceAll("/var/www/japan-cyber", site);
    writeFileSync(
      join(dir, "nginx.conf"),
      [
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        "events {}",
        "http {",
        "  include /etc/nginx/mime.types;",
        `  access_log off;`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
          (t) => `  ${t}_temp_path ${dir}/${t};`,
        ),
        serverBlock,
        "}",
      ].join("\n"),
    );
    server = spawn(nginx!, ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    server.stderr!.on("data", (c) => (stderr += c));
    for (let i = 0; i < 50; i++) {
      if (server.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
      try {
        await head("/");
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not answer: ${stderr}`);
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGQUIT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([...pages, ...files])("/%s gets the headers of _headers", async (path) => {
    const answer = await head(`/${path}`);
    expect(answer.status).toBe(200);
    const sent = Object.fromEntries(
      Object.entries(answer.headers).filter(([n]) => names.includes(n)),
    );
    expect(sent).toEqual(Object.fromEntries(resolveHeaders(rules, `/${path}`)));
  });

  test("a folder without its slash redirects to it, on the same site", async () => {
    const answer = await head("/strategy");
    expect(answer.status).toBe(301);
    expect(answer.headers["location"]).toBe("/strategy/");
  });

  test("a missing page is the 404 page, with the site's headers", async () => {
    const answer = await head("/no-such-page/");
    expect(answer.status).toBe(404);
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  });

  test("gzip comes from the file the build wrote; _headers is not served", async () => {
    const answer = await head("/strategy/", { "Accept-Encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect((await head("/_headers")).status).toBe(404);
    expect((await head("/_headers.nginx.conf")).status).toBe(404);
  });
});
