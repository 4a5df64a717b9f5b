/**
 * Builds of this site and the anchor, alternating, and how the bench prints them: each build's
 * wall and CPU time, where this site's build spends it (set-up and bundling, rendering per kind of
 * output, each integration's step), and the ratios to the anchor's build in the same run.
 */
import { buildAnchor, removeAnchor, type AnchorBuild } from "./anchor/build.ts";
import { buildCopy, outputKinds, removeCopy, type BuildReport } from "./build.ts";
import { kib, machineLoad, mib, print, ratio, secs, table } from "./report.ts";

/** Pages + index of both sites at one size, `rounds` times each, alternating. */
export interface BuildRounds {
  explainers: number;
  site: BuildReport[];
  anchor: AnchorBuild[];
}

/**
 * Builds the anchor and this site's pages + index (`PAGES_ONLY=1`) with `synthetic` copies,
 * alternating, `rounds` times each, cold every time; keeps the last builds' output only when asked.
 */
export async function pagesAndIndexRounds(options: {
  synthetic: number;
  explainers: number;
  rounds: number;
  siteUrl: string;
  anchorUrl: string;
}): Promise<BuildRounds> {
  const site: BuildReport[] = [];
  const anchor: AnchorBuild[] = [];
  for (let i = 0; i < options.rounds; i++) {
    const a = await buildAnchor({ synthetic: options.synthetic, siteUrl: options.anchorUrl });
    anchor.push(a);
    if (i < options.rounds - 1) removeAnchor(a);
    const s = await buildCopy({
      synthetic: options.synthetic,
      siteUrl: options.siteUrl,
      pagesOnly: true,
    });
    site.push(s);
    removeCopy(s);
  }
  return { explainers: options.explainers, site, anchor };
}

const cpu = (ms: number | undefined) => (ms === undefined ? "n/a" : secs(ms));

/** Prints the rounds of pages + index builds of both sites, with the ratio of the best of each. */
export function printRounds(rounds: BuildRounds): { site: number; anchor: number } {
  const rows = [["build (cold)", "wall", "CPU", "HTML files"]];
  rounds.anchor.forEach((a, i) => {
    rows.push([
      `anchor (Starlight), round ${i + 1}`,
      secs(a.wallMs),
      cpu(a.cpuMs),
      String(a.htmlPages),
    ]);
    const s = rounds.site[i]!;
    rows.push([
      `this site, pages + index, round ${i + 1}`,
      secs(s.wallMs),
      cpu(s.cpuMs),
      String(s.htmlPages),
    ]);
  });
  table(rows);
  const best = {
    site: Math.min(...rounds.site.map((s) => s.wallMs)),
    anchor: Math.min(...rounds.anchor.map((a) => a.wallMs)),
  };
  const index = rounds.anchor.map((a) => (a.indexMs === undefined ? "?" : secs(a.indexMs)));
  print(`  anchor's Pagefind step: ${index.join(", ")}; ${machineLoad()}`);
  // CPU time moves less than wall time when other work shares the machine: printed beside it.
  const cpuBest = (list: { cpuMs: number | undefined }[]) =>
    Math.min(...list.map((b) => b.cpuMs ?? Number.POSITIVE_INFINITY));
  const cpus = { site: cpuBest(rounds.site), anchor: cpuBest(rounds.anchor) };
  print(
    `  best of each: this site ${secs(best.site)}, anchor ${secs(best.anchor)} (wall ${ratio(best.site, best.anchor)}); ` +
      `CPU ${secs(cpus.site)} and ${secs(cpus.anchor)} (${ratio(cpus.site, cpus.anchor)})`,
  );
  const last = rounds.site.at(-1)!;
  printPagesOnly(last, rounds.explainers);
  return best;
}

/** Where a pages-only build's time went. */
export function printPagesOnly(report: BuildReport, explainers: number): void {
  print(
    `  this site's last pages + index build: ${secs(report.wallMs)} wall for ${report.htmlPages} ` +
      `pages — ${(report.wallMs / explainers).toFixed(1)} ms per explainer; set-up and bundling ` +
      `${secs(report.setupMs)} (Vite ${secs(report.bundleMs)}), rendering ${secs(report.renderMs)}; then:`,
  );
  for (const step of report.steps) print(`    [${step.name}] ${step.message} — ${secs(step.ms)}`);
}

/** Where a whole build's time went, per kind of output and per integration step. */
export function printBuild(report: BuildReport, explainers: number): void {
  const perHtml = report.wallMs / report.htmlPages;
  print(
    `  astro build, cold: ${secs(report.wallMs)} wall for ${report.htmlPages} HTML files ` +
      `(${explainers} explainers) — ${perHtml.toFixed(1)} ms per HTML file`,
  );
  print(`  CPU time ${cpu(report.cpuMs)} (${machineLoad()}: wall time grows with it)`);
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
  for (const step of report.steps) print(`    [${step.name}] ${step.message} — ${secs(step.ms)}`);
  print(
    `  output ${mib(report.outputBytes)}; search index ${mib(report.files["search index"]?.amount ?? 0)} ` +
      `in ${report.files["search index"]?.count ?? 0} files; largest page ${report.largest.path} ` +
      `${kib(report.largest.bytes)}`,
  );
}
