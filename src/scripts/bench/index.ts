/**
 * `npm run bench`: the quality bench of issue 6. Builds a copy of the site, measures every
 * page in Chromium against the budgets (HTML size, render-blocking requests, JavaScript,
 * requests, layout shift), runs Lighthouse on the home page and one explainer, runs the search
 * bench, then builds a copy with N synthetic explainers and reports how each part of the build
 * scales. Prints every figure beside its budget; exits 1 when one is over.
 *
 *   npm run bench                          # everything, 1,000 synthetic explainers
 *   npm run bench -- --pages 200           # a smaller scale run
 *   npm run bench -- --no-scale --no-lighthouse
 *   npm run bench -- --keep                # keep the built copies (their paths are printed)
 *   npm run bench -- --port 4424           # serve the built site on this port
 */
import { createServer, type AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createStaticServer } from "../static-server.ts";
import { budgets, formatJudged, judge, type Judged } from "./budgets.ts";
import { buildCopy, outputKinds, removeCopy, type BuildReport } from "./build.ts";
import { lighthouseCategories, runLighthouse } from "./lighthouse.ts";
import { htmlBreakdown, launchBrowser, measurePage, type PageMetrics } from "./page-metrics.ts";
import { benchSearch } from "./search.ts";
import { benchLoad, formatLoad, loadErrorsBudget } from "./load.ts";

const { values: args } = parseArgs({
  options: {
    pages: { type: "string", default: "1000" },
    explainer: { type: "string", default: "strategy" },
    "no-scale": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    port: { type: "string" }, // where the built site is served (default: any free port)
  },
});
const syntheticCount = Number(args.pages);
const repo = new URL("../../..", import.meta.url).pathname;
const judged: Judged[] = [];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const print = (line = "") => console.log(line);
const heading = (text: string) =>
  print(`\n== ${text} ${"=".repeat(Math.max(0, 76 - text.length))}`);

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows) {
    print(
      `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Slugs of the real explainers, from content/explainers/. */
const explainerSlugs = readdirSync(join(repo, "content/explainers"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));

/**
 * What Starlight's reference build also does, timed as a build of its own: `PAGES_ONLY=1 astro
 * build` makes the pages (with their own CSS), feed, sitemap and search index, and checks the
 * links, without the copies for other sites (embeds, email, oEmbed, share images).
 */
function printPagesOnly(report: BuildReport, explainers: number): void {
  print(
    `  pages + index (PAGES_ONLY=1 astro build, cold): ${secs(report.wallMs)} wall for ` +
      `${report.htmlPages} pages — ${(report.wallMs / explainers).toFixed(1)} ms per explainer`,
  );
  print(
    `  of which set-up and bundling ${secs(report.setupMs)} (Vite ${secs(report.bundleMs)}), ` +
      `rendering ${secs(report.renderMs)}; then, with Pagefind indexing on the other core:`,
  );
  for (const step of report.steps) print(`    [${step.name}] ${step.message}`);
}

function printBuild(report: BuildReport, explainers: number): void {
  const perHtml = report.wallMs / report.htmlPages;
  print(
    `  astro build, cold: ${secs(report.wallMs)} wall for ${report.htmlPages} HTML files ` +
      `(${explainers} explainers) — ${perHtml.toFixed(1)} ms per HTML file`,
  );
  print(
    `  CPU time ${report.cpuMs === undefined ? "n/a" : secs(report.cpuMs)} ` +
      `(machine load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores: wall time grows with it)`,
  );
  print(
    `  set-up and bundling ${secs(report.setupMs)} (Vite ${secs(report.bundleMs)}); ` +
      `rendering all routes ${secs(report.renderMs)}`,
  );
  // Routes render two at a time, so their own times add up to more than the rendering took:
  // each kind is given its share of the rendering's wall time.
  const summed = Object.values(report.routes).reduce((sum, r) => sum + r.amount, 0);
  const wallShare = (amount: number) => (summed ? (amount / summed) * report.renderMs : 0);
  const rows = [["part", "files", "output", "render time", "time per file"]];
  for (const kind of outputKinds) {
    const files = report.files[kind];
    const routes = report.routes[kind];
    if (!files && !routes) continue;
    rows.push([
      kind,
      String(files?.count ?? 0),
      kib(files?.amount ?? 0),
      routes ? secs(wallShare(routes.amount)) : "–",
      routes ? `${(wallShare(routes.amount) / routes.count).toFixed(1)} ms` : "–",
    ]);
  }
  table(rows);
  print("  integration steps (their own timing, or the time since the previous log line):");
  for (const step of report.steps) {
    print(`    [${step.name}] ${step.message} — ${secs(step.ms)}`);
  }
  for (const kind of ["share images", "email files"] as const) {
    if (!report.files[kind] && !report.routes[kind]) print(`  ${kind}: none in this build yet`);
  }
  print(
    `  output ${mib(report.outputBytes)}; search index ${mib(report.files["search index"]?.amount ?? 0)} ` +
      `in ${report.files["search index"]?.count ?? 0} files; largest page ${report.largest.path} ` +
      `${kib(report.largest.bytes)}`,
  );
}

/**
 * Search figures of a build. The quality suite's expected results are the real pages, so its
 * top-1 budget is judged on the real site; on the synthetic site (whose pages reuse the real
 * vocabulary, as noise) accuracy is printed, not judged.
 */
async function printSearch(dist: string, label: string, judgeQuality = true): Promise<void> {
  if (args["no-search"]) return;
  const result = await benchSearch(dist, label);
  if (!result) {
    print(`  search bench (${label}): no figures (src/scripts/bench/search.ts returned none)`);
    return;
  }
  print(
    `  search (${label}): mean reciprocal rank ${result.mrr.toFixed(3)}, index ${kib(result.indexBytes)}`,
  );
  if (!judgeQuality)
    print(`  search (${label}): top-1 ${(result.top1 * 100).toFixed(1)}% (not judged: see above)`);
  const lines = [
    ...(judgeQuality
      ? [judge(label, budgets.searchTop1, result.top1), judge(label, budgets.searchMrr, result.mrr)]
      : []),
    judge(label, budgets.firstSearch, result.firstSearchMs),
    judge(label, budgets.warmSearch, result.warmSearchMs),
    judge(label, budgets.firstSearchBytes, result.firstSearchBytes),
  ];
  for (const line of formatJudged(lines)) print(`  ${line}`);
  judged.push(...lines);
}

function pageRow(m: PageMetrics): string[] {
  return [
    m.path,
    kib(m.htmlBytes),
    kib(m.htmlBrotli),
    kib(m.cssBrotli),
    String(m.requests.length),
    String(m.renderBlocking.length),
    kib(m.jsBrotli),
    m.cls.toFixed(4),
  ];
}

async function main(): Promise<number> {
  const started = performance.now();
  const port = args.port ? Number(args.port) : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  print(
    `Quality bench: Node ${process.version}, site served at ${origin}/ by src/scripts/static-server.ts`,
  );

  heading("The site: build");
  const real = await buildCopy({ synthetic: 0, siteUrl: `${origin}/` });
  printBuild(real, explainerSlugs.length);

  const server = createStaticServer(real.dist).listen(port, "127.0.0.1");
  try {
    heading("Pages before interaction (Chromium, phone 412 px and desktop 1350 px, empty cache)");
    const htmlPaths = real.files.pages ? listPages(real.dist) : [];
    const embeds = listPages(real.dist, "embed/").slice(0, 3);
    const browser = await launchBrowser();
    const metrics: PageMetrics[] = [];
    try {
      for (const path of [...htmlPaths, ...embeds])
        metrics.push(await measurePage(browser, origin, path));
    } finally {
      await browser.close();
    }
    table([
      ["page", "HTML", "HTML br", "CSS br", "requests", "blocking", "JS br", "CLS"],
      ...metrics.map(pageRow),
    ]);
    print(
      "  (brotli at quality 11; CSS br is the inlined stylesheet alone; the budgets apply to explainers)",
    );
    const explainerMetrics = metrics.filter((m) => explainerSlugs.some((s) => m.path === `/${s}/`));
    const pageJudged: Judged[] = [];
    for (const m of explainerMetrics) {
      pageJudged.push(
        judge(m.path, budgets.htmlBrotli, m.htmlBrotli),
        judge(m.path, budgets.renderBlocking, m.renderBlocking.length),
        judge(m.path, budgets.jsBrotli, m.jsBrotli),
        judge(m.path, budgets.requests, m.requests.length),
        judge(m.path, budgets.cls, m.cls),
      );
    }
    print();
    for (const line of formatJudged(pageJudged)) print(`  ${line}`);
    judged.push(...pageJudged);
    const sample = explainerMetrics[0];
    if (sample) {
      print(`  requests on ${sample.path}: ${sample.requests.join(", ")}`);
      if (sample.renderBlocking.length)
        print(`  render-blocking: ${sample.renderBlocking.join(", ")}`);
    }
    for (const m of explainerMetrics.filter((x) => x.htmlBrotli > budgets.htmlBrotli.limit)) {
      const parts = htmlBreakdown(m.html).map((p) => `${p.part} ${kib(p.brotli)}`);
      print(`  ${m.path} HTML ${kib(m.htmlBrotli)} brotli is made of: ${parts.join(", ")}`);
    }
    for (const m of explainerMetrics.filter((x) => x.shifted.length)) {
      print(`  moved on ${m.path}: ${m.shifted.join("; ")}`);
    }

    if (!args["no-lighthouse"]) {
      heading("Lighthouse 12.2.3, mobile");
      for (const path of ["/", `/${args.explainer}/`]) {
        const result = await runLighthouse(origin + path);
        const lines = lighthouseCategories.map((c) =>
          judge(`${path} ${c}`, budgets.lighthouse, result.scores[c]),
        );
        for (const line of formatJudged(lines)) print(`  ${line}`);
        for (const lost of result.lost) print(`    lost points: ${lost}`);
        judged.push(...lines);
      }
    }
  } finally {
    server.close();
  }

  heading("Preview server under load");
  const load = await benchLoad(real.dist, port);
  print(`  ${formatLoad(load)}`);
  for (const sample of load.samples) print(`    ${sample}`);
  const loadJudged = judge("preview server", loadErrorsBudget, load.errors);
  for (const line of formatJudged([loadJudged])) print(`  ${line}`);
  judged.push(loadJudged);

  heading("Search");
  await printSearch(real.dist, "the site");

  if (!args["no-scale"]) {
    heading(`Scale: the site plus ${syntheticCount.toLocaleString("en")} synthetic explainers`);
    const explainers = explainerSlugs.length + syntheticCount;
    const pagesOnly = await buildCopy({
      synthetic: syntheticCount,
      siteUrl: `${origin}/`,
      pagesOnly: true,
    });
    printPagesOnly(pagesOnly, explainers);
    const line = judge(`${explainers} explainers`, { ...budgets.scaleBuild }, pagesOnly.wallMs);
    if (syntheticCount >= 1000) {
      judged.push(line);
      for (const l of formatJudged([line])) print(`  ${l}`);
    } else {
      print(
        `  (the 15.8 s budget is judged at 1,000 synthetic explainers; this run had ${syntheticCount})`,
      );
    }
    if (args.keep) print(`  kept: ${pagesOnly.dist}`);
    else removeCopy(pagesOnly);
    print();
    print("  The whole build, with the copies for other sites:");
    const scaled = await buildCopy({ synthetic: syntheticCount, siteUrl: `${origin}/` });
    printBuild(scaled, explainers);
    const grow = (a: number, b: number) => `${(((b - a) / syntheticCount) * 1000).toFixed(0)} ms`;
    const cpuGrowth =
      real.cpuMs !== undefined && scaled.cpuMs !== undefined
        ? `, CPU +${grow(real.cpuMs, scaled.cpuMs)}`
        : "";
    print(
      `  growth per 1,000 explainers: wall +${grow(real.wallMs, scaled.wallMs)}${cpuGrowth}, ` +
        `index ${mib((((scaled.files["search index"]?.amount ?? 0) - (real.files["search index"]?.amount ?? 0)) / syntheticCount) * 1000)}`,
    );
    await printSearch(
      scaled.dist,
      `${syntheticCount.toLocaleString("en")} synthetic explainers`,
      false,
    );
    if (args.keep) print(`  kept: ${scaled.dist}`);
    else removeCopy(scaled);
  }
  if (args.keep) print(`  kept: ${real.dist}`);
  else removeCopy(real);

  heading("Budgets");
  const over = judged.filter((j) => !j.ok);
  print(`  ${judged.length - over.length} of ${judged.length} figures within budget.`);
  for (const line of formatJudged(over)) print(`  ${line}`);
  print(`  bench took ${secs(performance.now() - started)}`);
  return over.length ? 1 : 0;
}

/** URL paths of the built HTML pages under `prefix` (pages only by default, no embeds/emails). */
function listPages(dist: string, prefix = ""): string[] {
  return readdirSync(join(dist, prefix), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => join(d.parentPath, d.name).slice(dist.length))
    .filter((p) => (prefix ? true : !/^\/(embed|email|pagefind)\//.test(p)))
    .filter((p) => !readFileSync(join(dist, p), "utf8").includes('http-equiv="refresh"'))
    .map((p) => (p === "/404.html" ? "/404.html" : p.replace(/index\.html$/, "")))
    .sort();
}

process.exitCode = await main();
