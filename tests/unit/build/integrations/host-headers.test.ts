import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, expect, test } from "vitest";
import { hostHeaders } from "@/build/integrations/host-headers";
import { parseHeadersFile } from "@/lib/headers-file";

const repo = pathToFileURL(new URL("../../../..", import.meta.url).pathname);
let out = "";
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Runs the integration's hooks as `astro build` would, for a site under `base`. */
function build(base: string): string[] {
  out = mkdtempSync(join(tmpdir(), "host-headers-"));
  const said: string[] = [];
  const logger = {
    info: (m: string) => said.push(m),
    warn: (m: string) => said.push(`warn: ${m}`),
  };
  const hooks = hostHeaders().hooks as Record<string, (options: unknown) => void>;
  hooks["astro:config:setup"]!({ config: { root: repo, base } });
  hooks["astro:build:done"]!({ dir: pathToFileURL(`${out}/`), logger });
  return said;
}

test("at the root: _headers as written, and its nginx version, without a robots.txt warning", () => {
  const said = build("/");
  const rules = parseHeadersFile(readFileSync(join(out, "_headers"), "utf8"));
  expect(rules[0]?.pattern).toBe("/*");
  expect(readFileSync(join(out, "_headers.nginx.conf"), "utf8")).toContain("location /embed/ {");
  expect(said.some((line) => line.startsWith("warn:"))).toBe(false);
});

test("under a base path: every rule carries the base, and robots.txt gets a warning", () => {
  const said = build("/japan-cyber/");
  const rules = parseHeadersFile(readFileSync(join(out, "_headers"), "utf8"));
  expect(rules.map((r) => r.pattern)).toContain("/japan-cyber/embed/:page/*");
  expect(rules.every((r) => r.pattern.startsWith("/japan-cyber/"))).toBe(true);
  expect(readFileSync(join(out, "_headers.nginx.conf"), "utf8")).toContain(
    "location /japan-cyber/embed/ {",
  );
  expect(said).toContain(
    'warn: robots.txt is written to /japan-cyber/robots.txt, but crawlers read only /robots.txt at the root of the host: copy its lines there (README "Deploying")',
  );
});
