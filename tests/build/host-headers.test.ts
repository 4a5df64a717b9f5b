// The headers of public/_headers, as the build writes them to dist/_headers, mean the same on
// Cloudflare Pages and on Netlify, at the root and under a base path (issue 11). Each host is
// asked through its own published code: Cloudflare through `wrangler pages dev` (the Pages asset
// server, run locally by workerd; it works offline), Netlify through `@netlify/headers` (the
// headers engine of `netlify dev`). The preview server's resolver must agree with both.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { HeadersHandler } from "@netlify/headers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatHeadersFile, parseHeadersFile, resolveHeaders, withBase } from "@/lib/headers-file";

const repo = new URL("../..", import.meta.url).pathname;
const source = parseHeadersFile(readFileSync(join(repo, "public/_headers"), "utf8"));
/** Header names the file sets, lower case. */
const names = [...new Set(source.flatMap((r) => r.set.map(([n]) => n.toLowerCase())))];
// `wrangler pages dev` adds Access-Control-Allow-Origin: * to every response (a dev-server
// convenience, not Pages' behaviour), so that header is compared between Netlify and the file.
const notFromWrangler = new Set(["access-control-allow-origin"]);

/** Paths under the base: pages, copies for other sites, assets, and names that look alike. */
const paths = [
  "",
  "strategy/",
  "email-security/",
  "embedded/",
  "embed/strategy/",
  "embed/strategy/in-short/",
  "email/strategy.html",
  "email/strategy/in-short.txt",
  "oembed/strategy.json",
  "oembed/strategy/in-short.json",
  "og/home.png",
  "og/strategy/in-short.png",
  "_astro/site.css",
  "pagefind/pagefind.js",
  "rss.xml",
  "404.html",
];

interface Host {
  base: string;
  publish: string;
  port: number;
  wrangler?: ChildProcess;
}

/** A publish folder as each host wants it: the site under the base, `_headers` at the top. */
function publishFolder(base: string): string {
  const publish = mkdtempSync(join(tmpdir(), "host-headers-"));
  for (const path of paths) {
    const file = join(publish, base, path.endsWith("/") || !path ? `${path}index.html` : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path.endsWith(".json") ? "{}" : "<!doctype html><title>x</title>x");
  }
  writeFileSync(join(publish, "_headers"), formatHeadersFile(withBase(source, base)));
  return publish;
}

function startWrangler(host: Host): Promise<void> {
  host.wrangler = spawn(
    join(repo, "node_modules/.bin/wrangler"),
    [
      ...["pages", "dev", host.publish, "--ip", "127.0.0.1", "--port", String(host.port)],
      ...["--inspector-port", String(host.port + 2), "--compatibility-date", "2026-11-17"],
    ],
    {
      cwd: host.publish,
      env: {
        ...process.env,
        ...{ WRANGLER_SEND_METRICS: "false", CI: "1", NO_COLOR: "1" },
        WRANGLER_LOG_PATH: join(host.publish, ".wrangler-logs"), // not in the user's home
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler did not start:\n${log}`)), 90_000);
    const read = (chunk: Buffer) => {
      log += chunk;
      if (log.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    host.wrangler!.stdout!.on("data", read);
    host.wrangler!.stderr!.on("data", read);
    host.wrangler!.on("exit", (code) => reject(new Error(`wrangler exited ${code}:\n${log}`)));
  });
}

/** The response headers `wrangler pages dev` sends for a path (HEAD), lower-case names. */
function cloudflareHeaders(port: number, path: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "HEAD" }, (res) => {
      res.resume();
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers))
        if (names.includes(name) && !notFromWrangler.has(name)) out[name] = String(value);
      resolve(out);
    });
    req.on("error", reject);
    req.end();
  });
}

async function netlifyHeaders(publish: string, path: string): Promise<Record<string, string>> {
  const logger = { error: (m: string) => void console.error(m) };
  const handler = new HeadersHandler({
    projectDir: publish,
    logger: logger as unknown as ConstructorParameters<typeof HeadersHandler>[0]["logger"],
  });
  const values = await handler.apply(new Request(`http://example.org${path}`));
  return Object.fromEntries(Object.entries(values).map(([n, v]) => [n.toLowerCase(), v]));
}

const hosts: Host[] = [
  // Ports 4425 and 4426 for the sites, 4427 and 4428 for wrangler's inspector.
  { base: "/", publish: "", port: 4425 },
  { base: "/japan-cyber/", publish: "", port: 4426 },
];

beforeAll(async () => {
  for (const host of hosts) host.publish = publishFolder(host.base);
  await Promise.all(hosts.map(startWrangler));
}, 120_000);

afterAll(async () => {
  await Promise.all(
    hosts.map(async (host) => {
      const child = host.wrangler;
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
      rmSync(host.publish, { recursive: true, force: true });
    }),
  );
});

describe.each(hosts)("under the base path $base", (host) => {
  test.each(paths)(
    "%s gets the same headers on Cloudflare, Netlify and the preview server",
    async (path) => {
      const url = host.base + path;
      const netlify = await netlifyHeaders(host.publish, url);
      const cloudflare = await cloudflareHeaders(host.port, url);
      const preview = Object.fromEntries(
        resolveHeaders(parseHeadersFile(readFileSync(join(host.publish, "_headers"), "utf8")), url),
      );
      const without = (h: Record<string, string>) =>
        Object.fromEntries(Object.entries(h).filter(([n]) => !notFromWrangler.has(n)));
      expect(cloudflare).toEqual(without(netlify));
      expect(preview).toEqual(netlify);
      // And what they agree on is what the site needs.
      const csp = netlify["content-security-policy"];
      if (path.startsWith("embed/")) {
        expect(csp).toMatch(/^frame-ancestors \*;/);
        expect(netlify["x-robots-tag"]).toBe("noindex");
      } else {
        expect(csp).toMatch(/^frame-ancestors 'none';/);
        expect(netlify["x-frame-options"]).toBe("DENY");
      }
      expect(netlify["access-control-allow-origin"]).toBe(
        path.startsWith("oembed/") ? "*" : undefined,
      );
      expect(netlify["x-content-type-options"]).toBe("nosniff");
    },
  );
});
