import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../..", import.meta.url));

// Astro imports astro.config.mjs with Node first and, when that fails, starts a Vite server to
// load it (about 0.2 s of CPU a build). Lazy imports in the integrations (share images) also
// need Node's loader: Vite's module runner is closed by the time `astro:build:done` runs. So the
// config and every module it reaches use relative imports with their `.ts` extension.
describe("astro.config.mjs", () => {
  test("loads with Node's own module loader, not Vite's fallback", () => {
    const script = `const c = (await import(${JSON.stringify(`${root}astro.config.mjs`)})).default;
      console.log(c.integrations.length);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      env: { ...process.env, PAGES_ONLY: "" },
      encoding: "utf8",
    });
    expect(Number(out.trim())).toBeGreaterThan(5);
  });

  test("reaches the modules imported lazily with Node too", () => {
    const script = `await import(${JSON.stringify(`${root}src/build/copies/share-image.ts`)});`;
    expect(() =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        cwd: root,
        stdio: "pipe",
      }),
    ).not.toThrow();
  });
});
