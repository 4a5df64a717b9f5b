// The preview server under hostile and careless requests (issue 11): the real CLI is started on a
// tiny built folder, sent raw requests (as `curl --path-as-is` would send them), and must answer
// each sanely and keep answering.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acceptedEncodings, normalisePath } from "@/scripts/static-server";

const repo = new URL("../../..", import.meta.url).pathname;
const headersFile = `/*
  X-Frame-Options: DENY
  Content-Security-Policy: frame-ancestors 'none'

/embed/*
  ! X-Frame-Options
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *
`;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends one raw HTTP/1.1 request (the path exactly as given) and reads the whole answer. */
function raw(port: number, path: string, lines: string[] = [], method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`timeout on ${path}`)));
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", reject);
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf("\r\n\r\n");
      const head = all.subarray(0, split).toString("latin1").split("\r\n");
      const status = Number(head[0]?.split(" ")[1]);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers, body: all.subarray(split + 4) });
    });
    socket.write(
      [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close", ...lines, "", ""].join(
        "\r\n",
      ),
      "latin1",
    );
  });
}

function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "serve-test-"));
  const page = (path: string, text: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "index.html"), `<!doctype html><title>${text}</title>${text}`);
  };
  page("", "home");
  page("strategy", "strategy ".repeat(200));
  page("embed/strategy", "embed");
  page("日本", "japan");
  writeFileSync(join(dir, "404.html"), "<!doctype html><title>Not found</title>missing");
  writeFileSync(join(dir, "_headers"), headersFile);
  writeFileSync(join(dir, "_headers.nginx.conf"), "location / {}");
  writeFileSync(join(dir, ".secret"), "secret");
  const text = readFileSync(join(dir, "strategy", "index.html"));
  writeFileSync(join(dir, "strategy", "index.html.br"), brotliCompressSync(text));
  writeFileSync(join(dir, "strategy", "index.html.gz"), gzipSync(text));
  const outside = mkdtempSync(join(tmpdir(), "serve-outside-"));
  writeFileSync(join(outside, "passwd"), "root:x:0:0");
  symlinkSync(join(outside, "passwd"), join(dir, "passwd.txt"));
  symlinkSync(outside, join(dir, "outside"));
  return dir;
}

/** Starts `src/scripts/serve.ts dir port` and resolves once it listens. */
function startServer(dir: string, port: number, siteUrl = "http://localhost:4321/") {
  const child = spawn(process.execPath, ["src/scripts/serve.ts", dir, String(port)], {
    cwd: repo,
    env: { ...process.env, SITE_URL: siteUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (c) => (stderr += c));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c) => String(c).includes("Serving") && resolve());
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  return { child, ready, stderr: () => stderr };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

const port = 4420;
let site = "";
let server: ReturnType<typeof startServer>;

beforeAll(async () => {
  site = makeSite();
  server = startServer(site, port);
  await server.ready;
});

afterAll(() => {
  server?.child.kill();
  rmSync(site, { recursive: true, force: true });
});

describe("hostile requests", () => {
  test.each(["/%", "/%ZZ", "/%E0%A4%A", "/strategy%0D%0ASet-Cookie:%20a=b", "/%00", "/a%5Cb"])(
    "%s is a 400",
    async (path) => {
      const answer = await raw(port, path);
      expect(answer.status).toBe(400);
      expect(answer.headers["set-cookie"]).toBeUndefined();
    },
  );

  test("a directory with a non-Latin-1 name redirects with an encoded Location", async () => {
    const answer = await raw(port, "/%E6%97%A5%E6%9C%AC");
    expect(answer.status).toBe(301);
    expect(answer.headers["location"]).toBe("/%E6%97%A5%E6%9C%AC/");
    expect((await raw(port, "/%E6%97%A5%E6%9C%AC/")).status).toBe(200);
  });

  test.each([
    ["/%2Fevil.example%2F..%2Fstrategy", "/strategy/"],
    ["//evil.example/../strategy", "/strategy/"],
    ["/strategy?next=//evil.example", "/strategy/?next=//evil.example"],
  ])("%s redirects only inside the site", async (path, location) => {
    const answer = await raw(port, path);
    expect(answer.status).toBe(301);
    expect(answer.headers["location"]).toBe(location);
  });

  test("header rules apply to the normalised path: no framing of pages through /embed/..", async () => {
    for (const path of [
      "/embed/..%2fstrategy/",
      "/embed/../strategy/",
      "/embed/%2e%2e/strategy/",
    ]) {
      const answer = await raw(port, path);
      expect(answer.status).toBe(200);
      expect(answer.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
    }
    const embed = await raw(port, "/embed/strategy/");
    expect(embed.headers["content-security-policy"]).toBe("frame-ancestors *");
    expect(embed.headers["x-frame-options"]).toBeUndefined();
  });

  test.each(["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"])(
    "%s is a 405",
    async (method) => {
      const answer = await raw(port, "/strategy/", [], method);
      expect(answer.status).toBe(405);
      expect(answer.headers["allow"]).toBe("GET, HEAD");
    },
  );

  test.each([
    "/passwd.txt",
    "/outside/passwd",
    "/.secret",
    "/_headers",
    "/_headers.nginx.conf",
    "/../../etc/passwd",
  ])("%s is not served (symlink out of the root, dotfile, _headers, traversal)", async (path) => {
    const answer = await raw(port, path);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain("missing");
    expect(answer.body.toString()).not.toContain("root:");
  });
});

describe("what a static host does", () => {
  test("ETag and Last-Modified; a matching If-None-Match is a 304", async () => {
    const first = await raw(port, "/strategy/");
    expect(first.headers["etag"]).toBeTruthy();
    expect(first.headers["last-modified"]).toBeTruthy();
    const again = await raw(port, "/strategy/", [`If-None-Match: ${first.headers["etag"]}`]);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test("Range gets a 206 with the bytes asked for; a range it cannot answer gets the file", async () => {
    const part = await raw(port, "/strategy/", ["Range: bytes=10-19"]);
    expect(part.status).toBe(206);
    expect(part.headers["content-range"]).toMatch(/^bytes 10-19\/\d+$/);
    expect(part.body.length).toBe(10);
    const backwards = await raw(port, "/strategy/", ["Range: bytes=19-10"]);
    expect(backwards.status).toBe(200);
    const beyond = await raw(port, "/strategy/", ["Range: bytes=99999-"]);
    expect(beyond.status).toBe(416);
  });

  test.each([
    ["br", "br"],
    ["gzip, deflate, br", "br"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0", undefined],
    ["*", "br"],
    ["*;q=0", undefined],
    ["identity", undefined],
  ])("Accept-Encoding: %s gets %s, from the file written at build time", async (accept, coding) => {
    const answer = await raw(port, "/strategy/", [`Accept-Encoding: ${accept}`]);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe(coding);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["vary"]).toBe("Accept-Encoding");
  });

  test("HEAD answers headers without a body", async () => {
    const answer = await raw(port, "/strategy/", [], "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(0);
  });

  test("a missing page is the 404 page with status 404", async () => {
    const answer = await raw(port, "/nowhere/");
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toContain("missing");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  });

  test("the server is still up after all of the above", async () => {
    const answer = await raw(port, "/");
    expect(answer.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});

describe("the command", () => {
  test("a port in use gets one line naming it and how to choose another, and exit 1", async () => {
    const second = spawn(process.execPath, ["src/scripts/serve.ts", site, String(port)], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    second.stderr.on("data", (c) => (stderr += c));
    expect(await exited(second)).toBe(1);
    expect(stderr.trim()).toBe(
      `serve: port ${port} is already in use; choose another, e.g. npm run serve -- ${port + 1}`,
    );
  });

  test("under a base path, / and the bare base redirect to the base; other paths are 404", async () => {
    const based = startServer(site, port + 1, "https://example.org/japan-cyber/");
    try {
      await based.ready;
      for (const path of ["/", "/japan-cyber"]) {
        const answer = await raw(port + 1, path);
        expect(answer.status).toBe(302);
        expect(answer.headers["location"]).toBe("/japan-cyber/");
      }
      expect((await raw(port + 1, "/japan-cyber/strategy/")).status).toBe(200);
      expect((await raw(port + 1, "/strategy/")).status).toBe(404);
      expect((await raw(port + 1, "/japan-cyber/../strategy/")).status).toBe(404);
    } finally {
      based.child.kill();
    }
  });
});

describe("helpers", () => {
  test.each([
    ["/a/../b//c", "/b/c"],
    ["/%2e%2e/%2e%2e/etc", "/etc"],
    ["/x/", "/x/"],
    ["/%", undefined],
    ["x", undefined],
  ])("normalisePath(%s) is %s", (input, expected) => {
    expect(normalisePath(input)).toBe(expected);
  });

  test.each([
    [undefined, ""],
    ["gzip;q=0.5, br;q=1.0", "br, gzip"],
    ["BR;Q=0, GZIP", "gzip"],
    ["deflate", ""],
  ])("acceptedEncodings(%s) is %s", (header, expected) => {
    expect(acceptedEncodings(header)).toBe(expected);
  });
});
