/**
 * Builds a throwaway copy of the site (optionally with synthetic explainers added) and
 * measures the build: wall time, time per kind of route, what each integration reported,
 * and the size of each kind of output. The copy links the repo's packages but has no Astro
 * or integration cache of its own yet, so every build is a cold build.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { syntheticExplainer, type RealExplainer } from "./synthetic.ts";

/** Kinds of built output, in report order. */
export const outputKinds = [
  "pages",
  "embeds",
  "email files",
  "oEmbed",
  "share images",
  "feeds and sitemap",
  "search index",
  "other",
] as const;
export type OutputKind = (typeof outputKinds)[number];

/** Which kind of output a built file or route is, from its path under the site root. */
export function kindOf(path: string): OutputKind {
  const p = path.replace(/^\/+/, "");
  if (p.startsWith("pagefind/")) return "search index";
  if (p.startsWith("embed/")) return "embeds";
  if (p.startsWith("email/")) return "email files";
  if (p.startsWith("oembed/")) return "oEmbed";
  if (p.startsWith("og/") || /\.(png|jpe?g|webp|avif)$/.test(p)) return "share images";
  if (/\.xml$/.test(p)) return "feeds and sitemap";
  if (/\.html$/.test(p)) return "pages";
  return "other";
}

/** Count and time (ms), or count and bytes, per kind of output. */
export type PerKind = Partial<Record<OutputKind, { count: number; amount: number }>>;

/** What one build did and made. */
export interface BuildReport {
  /** Synthetic explainers added to the real content. */
  synthetic: number;
  /** Wall time of `astro build`, ms. */
  wallMs: number;
  /** CPU time (user + system, all its processes) of `astro build`, ms; steadier than wall
   * time on a busy machine. Undefined where bash's `times` is not available. */
  cpuMs: number | undefined;
  /** Route rendering time per kind, summed from Astro's "(+N ms)" route lines. */
  routes: PerKind;
  /** From the start until routes begin to render: content sync, types, bundling, ms. */
  setupMs: number;
  /** Astro's own "generating static routes … Completed in" time, ms. */
  renderMs: number;
  /** Bundling time (Vite), ms. */
  bundleMs: number;
  /** Lines the site's integrations logged (index, share images, link check, …) with how long
   * the step took, ms: its own "in N ms" when it says, else the time since the previous line
   * (integrations run one after another and log when they finish). */
  steps: { name: string; message: string; ms: number }[];
  /** Astro's own progress lines (not per-route) with the time each appeared, ms from start. */
  timeline: { at: number; text: string }[];
  /** Pagefind's own timing from its log line, ms (undefined when it did not log one). */
  indexMs: number | undefined;
  /** Built files per kind: count and bytes. */
  files: PerKind;
  /** HTML pages built (all kinds). */
  htmlPages: number;
  /** Largest HTML file: path and bytes. */
  largest: { path: string; bytes: number };
  outputBytes: number;
  dist: string;
}

const repo = new URL("../../..", import.meta.url).pathname;

/** The real explainers, by slug: what the scale run's copies are made from. */
export function realExplainers(root = repo): RealExplainer[] {
  const explainers = join(root, "content/explainers");
  return readdirSync(explainers)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => ({
      slug: f.replace(/\.mdx$/, ""),
      mdx: readFileSync(join(explainers, f), "utf8"),
    }));
}

function sizeOf(
  dir: string,
): PerKind & { total: number; html: number; largest: BuildReport["largest"] } {
  const files: PerKind = {};
  let total = 0;
  let html = 0;
  let largest = { path: "", bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/");
    const bytes = statSync(join(dir, path)).size;
    const kind = kindOf(path);
    const slot = (files[kind] ??= { count: 0, amount: 0 });
    slot.count += 1;
    slot.amount += bytes;
    total += bytes;
    if (path.endsWith(".html")) {
      html += 1;
      if (bytes > largest.bytes && !path.startsWith("email/")) largest = { path, bytes };
    }
  }
  return { ...files, total, html, largest };
}

/** Milliseconds in Astro's and Vite's durations: "812ms", "4.89s", "1m 13s". */
export const seconds = (text: string) => {
  const m = text.match(/(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/);
  return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === "s" ? 1000 : 1) : 0;
};

/** The CPU time (user + system) in the last line, as bash's `times` prints it, ms. */
export function cpuFromTimes(line: string | undefined): number | undefined {
  const t = line?.match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  return t
    ? (Number(t[1]) * 60 + Number(t[2]) + Number(t[3]) * 60 + Number(t[4])) * 1000
    : undefined;
}

/**
 * Runs `astro build` in `dir` with Astro's entry `astro` (this site's or the anchor's) under this
 * Node (the pinned one under npm run), timing it: its output lines, each with the time it appeared
 * (ms from the start), and the wall time. The last line is bash's `times` (CPU time). Throws with
 * the last lines of output when the build fails.
 */
export async function timedBuild(
  dir: string,
  astro: string,
  env: Record<string, string>,
  what: string,
): Promise<{ lines: { at: number; text: string }[]; wallMs: number }> {
  const lines: { at: number; text: string }[] = [];
  const startMark = "@@bench-build-start";
  let started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    // bash's `times` adds the CPU time of the build (all its processes) to the report.
    // BENCH_LOCK names a lock file to hold during the build (flock), where builds are shared.
    // The clock starts when the build does, not while it waits for the lock.
    const run = `bash -c 'echo ${startMark}; exec "$0" "$1" build' "$0" "$1"`;
    const build = process.env["BENCH_LOCK"] ? `flock "$2" ${run}` : run;
    const script = `${build}; status=$?; times >&2; exit $status`;
    const child = spawn(
      "bash",
      ["-c", script, process.execPath, astro, process.env["BENCH_LOCK"] ?? ""],
      {
        cwd: dir,
        env: {
          ...process.env,
          ...env,
          ASTRO_TELEMETRY_DISABLED: "1",
          FORCE_COLOR: "0",
          NO_COLOR: "1",
        },
      },
    );
    let pending = "";
    const take = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      for (const text of parts) {
        if (text === startMark) started = performance.now();
        else lines.push({ at: performance.now() - started, text });
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  if (status !== 0) {
    const tail = lines
      .slice(-30)
      .map((l) => l.text)
      .join("\n");
    throw new Error(`${what} failed:\n${tail}`);
  }
  return { lines, wallMs };
}

/** Folders in node_modules that builds write: left out of a bench copy's node_modules. */
const buildCaches = new Set([".cache", ".astro", ".vite", ".vite-temp"]);

/**
 * Copies the site, adds `synthetic` generated explainers, builds it, and measures. With
 * `pagesOnly`, the build leaves out the copies made for other sites (`PAGES_ONLY=1`).
 */
export async function buildCopy(options: {
  synthetic: number;
  siteUrl: string;
  pagesOnly?: boolean;
}): Promise<BuildReport> {
  const dir = mkdtempSync(join(tmpdir(), `bench-site-${options.synthetic}-`));
  for (const part of [
    "src",
    "public",
    "seeds",
    "content",
    "astro.config.mjs",
    "package.json",
    "tsconfig.json",
  ]) {
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  }
  // The copy's node_modules links every installed package, but not the build caches: ours
  // (share images, …), Astro's content data store and Vite's must neither leak synthetic pages
  // into the repo's nor start warm, as the anchor's copy starts cold.
  mkdirSync(join(dir, "node_modules"));
  for (const entry of readdirSync(join(repo, "node_modules"))) {
    if (buildCaches.has(entry)) continue;
    symlinkSync(join(repo, "node_modules", entry), join(dir, "node_modules", entry));
  }
  if (options.synthetic > 0) {
    const real = realExplainers(dir);
    for (let i = 0; i < options.synthetic; i++) {
      const page = syntheticExplainer(i, real);
      writeFileSync(join(dir, "content/explainers", `${page.slug}.mdx`), page.mdx);
    }
  }
  const dist = join(dir, "dist");
  const { lines, wallMs } = await timedBuild(
    dir,
    realpathSync(join(repo, "node_modules/.bin/astro")),
    { SITE_URL: options.siteUrl, PAGES_ONLY: options.pagesOnly ? "1" : "" },
    `astro build of the bench copy (${options.synthetic} synthetic pages)`,
  );

  const cpuMs = cpuFromTimes(lines.at(-1)?.text);
  const routes: PerKind = {};
  let renderMs = 0;
  let bundleMs = 0;
  let indexMs: number | undefined;
  const steps: BuildReport["steps"] = [];
  const timeline: BuildReport["timeline"] = [];
  let rendering = false;
  let setupMs = 0;
  for (const [i, { at, text }] of lines.entries()) {
    const route = text.match(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/);
    if (/^\d\d:\d\d:\d\d \[(?!WARN)/.test(text)) timeline.push({ at, text: text.slice(9) });
    if (route) {
      const slot = (routes[kindOf(route[1]!)] ??= { count: 0, amount: 0 });
      slot.count += 1;
      slot.amount += Number(route[2]) * (route[3] === "s" ? 1000 : 1);
    }
    if (text.includes("generating static routes")) {
      rendering = true;
      setupMs = at;
    } else if (rendering && /✓ Completed in/.test(text)) {
      renderMs = seconds(text.split("Completed in")[1] ?? "");
      rendering = false;
    }
    if (/\[vite\] ✓ built in/.test(text)) bundleMs += seconds(text.split("built in")[1] ?? "");
    const step = text.match(/^\S+ \[((?:local:|@)[^\]]+)\] (.*)$/);
    if (step) {
      // The step's own "in N ms" when it reports one; else the gap since the previous line.
      const own = step[2]!.match(/ in ([\d.]+ ?m?s)\b/);
      const ms = own ? seconds(own[1]!) : at - (lines[i - 1]?.at ?? at);
      steps.push({ name: step[1]!, message: step[2]!, ms });
      if (step[1] === "local:pagefind-index") indexMs = own ? ms : undefined;
    }
  }
  const sizes = sizeOf(dist);
  const { total, html, largest, ...files } = sizes;
  return {
    synthetic: options.synthetic,
    wallMs,
    cpuMs,
    routes,
    setupMs,
    renderMs,
    bundleMs,
    steps,
    timeline,
    indexMs,
    files,
    htmlPages: html,
    largest,
    outputBytes: total,
    dist,
  };
}

/** Removes the copy a {@link buildCopy} report came from. */
export function removeCopy(report: BuildReport): void {
  rmSync(join(report.dist, ".."), { recursive: true, force: true });
}
