/**
 * `npm run test:timing`: runs the parts of `npm test` one by one, as package.json's `test`
 * script lists them, and prints each part's wall time, the total beside its budget and the ten
 * slowest browser tests. Exits 1 when a part fails or the total is over budget. The budget is
 * checked here, never asserted in a test: a timing depends on the machine.
 *
 *   npm run test:timing
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDuration, testParts, testTimes } from "./test-timing-report.ts";

/** The whole of `npm test` on a 2-core machine of this project. */
const budgetMs = 15 * 60 * 1000;
const browserPart = "test:e2e";

const repo = new URL("../..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};
const parts = testParts(pkg.scripts["test"] ?? "");
const scratch = mkdtempSync(join(tmpdir(), "test-timing-"));
const report = join(scratch, "playwright.json");

const times: [string, number][] = [];
let failed: string | undefined;
for (const part of parts) {
  const args = ["run", part];
  // The browser part also writes a JSON report, for the slowest tests.
  if (part === browserPart) args.push("--", "--reporter=list,json");
  const start = performance.now();
  const run = spawnSync("npm", args, {
    cwd: repo,
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
  });
  times.push([part, performance.now() - start]);
  if (run.status !== 0) {
    failed = part;
    break;
  }
}

const total = times.reduce((sum, [, ms]) => sum + ms, 0);
console.log("\n== npm test, part by part ==");
for (const [part, ms] of times)
  console.log(`  ${part.padEnd(14)} ${formatDuration(ms).padStart(10)}`);
console.log(
  `  ${"total".padEnd(14)} ${formatDuration(total).padStart(10)}   budget ${formatDuration(budgetMs)}` +
    `${total > budgetMs ? "  OVER BUDGET" : ""}`,
);
try {
  const slowest = testTimes(JSON.parse(readFileSync(report, "utf8"))).slice(0, 10);
  console.log("\n== the ten slowest browser tests ==");
  for (const { title, ms } of slowest) console.log(`  ${formatDuration(ms).padStart(8)}  ${title}`);
} catch {
  console.log("\n(no browser report: the browser tests did not run)");
}
rmSync(scratch, { recursive: true, force: true });
if (failed) console.log(`\n${failed} failed: the parts after it did not run.`);
process.exit(failed || total > budgetMs ? 1 : 0);
