/**
 * Lighthouse (the pinned 12.2.3 devDependency, mobile, its default) on one URL, through
 * its own CLI, in Debian's Chromium with the flags this machine's closed network needs.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromiumArgs, chromiumPath } from "../../../tests/support/chromium.ts";

const run = promisify(execFile);
const repo = new URL("../../..", import.meta.url).pathname;

/** The four categories the budget covers, as Lighthouse names them. */
export const lighthouseCategories = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

/** Scores (0–100) per category, and the audits that cost points, for the report. */
export interface LighthouseResult {
  url: string;
  /** Scores of the categories run (those not run are 0). */
  scores: Record<LighthouseCategory, number>;
  /** Largest contentful paint and total blocking time (ms), layout shift, as simulated (mobile). */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Runs retried after Lighthouse's NO_NAVSTART trace flake. */
  retries: number;
  /** `category: audit title (score)` for each weighted audit below a full score. */
  lost: string[];
}

interface LighthouseJson {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }
  >;
}

/** Lighthouse's flake: the trace of a run now and then has no navigation start. */
const flake = /NO_NAVSTART/;

/**
 * Runs Lighthouse on `url` (the `categories` given, all four by default) and returns its scores
 * and metrics; a run that fails with NO_NAVSTART is run again, up to twice.
 */
export async function runLighthouse(
  url: string,
  categories: readonly LighthouseCategory[] = lighthouseCategories,
): Promise<LighthouseResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { ...(await runOnce(url, categories)), retries: attempt };
    } catch (error) {
      if (attempt >= 2 || !flake.test(String(error))) throw error;
    }
  }
}

async function runOnce(
  url: string,
  categories: readonly LighthouseCategory[],
): Promise<Omit<LighthouseResult, "retries">> {
  const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const out = join(dir, "report.json");
  const flags = ["--headless", "--no-sandbox", ...chromiumArgs];
  try {
    await run(
      process.execPath,
      [
        realpathSync(join(repo, "node_modules/.bin/lighthouse")),
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        `--only-categories=${categories.join(",")}`,
        `--chrome-flags=${flags.join(" ")}`,
      ],
      {
        env: { ...process.env, ...(chromiumPath ? { CHROME_PATH: chromiumPath } : {}) },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      },
    );
    const report = JSON.parse(readFileSync(out, "utf8")) as LighthouseJson;
    if (report.runtimeError) {
      throw new Error(
        `Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`,
      );
    }
    const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const scores = Object.fromEntries(
      lighthouseCategories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    ) as Record<LighthouseCategory, number>;
    const lost = lighthouseCategories.flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => report.audits[ref.id])
        .filter(
          (a) => a && a.scoreDisplayMode !== "notApplicable" && a.score !== null && a.score < 1,
        )
        .map((a) => `${c}: ${a!.title} (${a!.score})`),
    );
    return {
      url,
      scores,
      lost,
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
