/**
 * The performance budgets (issues 6 and 16), and how a measured figure is judged against one.
 * Budgets that compare with a peer are ratios to the anchor (a Starlight site with the same
 * explainers) measured in the same run, never a figure from another day.
 * `npm run bench` prints every figure beside its budget and exits non-zero when one is over.
 */
import { foldMargin, initialWindow } from "./fold.ts";

/** One budgeted figure. */
export interface Budget {
  /** What is measured, as printed. */
  name: string;
  /** The limit; a figure passes when it is at or under it (or, for `min`, at or over). */
  limit: number;
  /** `max`: the figure must not exceed the limit; `min`: it must reach it. */
  kind: "max" | "min";
  /** Formats a figure or the limit for the report. */
  format: (value: number) => string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const count = (n: number) => String(n);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const bytes = (n: number) => `${Math.round(n).toLocaleString("en")} B`;
const ratio = (r: number) => `${r.toFixed(2)}×`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The budgets, by key. */
export const budgets = {
  /** What a phone (412×823) needs for its first screen — the head with its CSS and the HTML up to
   * the last element drawn — at gzip level 6 with the response headers: within a TCP initial window
   * (10 packets ≈ 14,600 bytes) with 1.5 KiB to spare, on every page. */
  firstScreen: {
    name: "first screen, gzip 6 + headers",
    limit: initialWindow - foldMargin,
    kind: "max",
    format: bytes,
  },
  /** Everything before interaction, as served (compressed, headers included), on an explainer:
   * what two round trips of TCP slow start deliver (14,600 + 29,200 bytes), so a long explainer
   * is whole one round trip after its first screen. */
  wholePage: { name: "bytes before interaction", limit: 43_800, kind: "max", format: bytes },
  /** Requests that hold up first paint, besides the HTML itself. */
  renderBlocking: { name: "render-blocking requests", limit: 0, kind: "max", format: count },
  /** JavaScript loaded before the reader interacts, inline and external, brotli. */
  jsBrotli: { name: "JS before interaction, brotli", limit: 3 * 1024, kind: "max", format: kib },
  /** Requests before interaction, the HTML included. */
  requests: { name: "requests before interaction", limit: 3, kind: "max", format: count },
  /** Cumulative layout shift: none at all. */
  cls: { name: "layout shift (CLS)", limit: 0, kind: "max", format: (v) => v.toFixed(4) },
  /** Each Lighthouse category (mobile), out of 100. */
  lighthouse: { name: "Lighthouse score", limit: 100, kind: "min", format: count },
  /** Lighthouse's total blocking time (mobile), the worst of its runs on a page. */
  tbt: { name: "Lighthouse TBT, worst run", limit: 30, kind: "max", format: ms },
  /** Pages + search index (`PAGES_ONLY=1 astro build`), cold, ÷ the anchor's build, same run. */
  buildRatio: { name: "pages + index ÷ anchor's build", limit: 1, kind: "max", format: ratio },
  /** The whole build from a cold cache (share images and all) ÷ the anchor's build, same run. */
  fullColdRatio: {
    name: "full cold build ÷ anchor's build",
    limit: 4,
    kind: "max",
    format: ratio,
  },
  /** Search (issues 4, 14): the held-out query set's share with the right page and section first. */
  searchTop1: { name: "search top-1, held-out set", limit: 0.9, kind: "min", format: percent },
  /** Search: the held-out set's mean reciprocal rank. */
  searchMrr: {
    name: "search MRR, held-out set",
    limit: 0.9,
    kind: "min",
    format: (v) => v.toFixed(3),
  },
  /** From the last keystroke to the top result on screen, first search of a page (median). */
  firstSearch: { name: "first search, keystroke to result", limit: 200, kind: "max", format: ms },
  /** The same for a search after the first (index loaded). */
  warmSearch: { name: "warm search, keystroke to result", limit: 60, kind: "max", format: ms },
  /** Every byte the browser context fetches for the first search (workers included): issue 14's
   * absolute budget, whatever the anchor fetches. */
  firstSearchBytesMax: {
    name: "first-search bytes",
    limit: 110 * 1024,
    kind: "max",
    format: kib,
  },
  /** Every byte the browser context fetches for the first search (workers included) ÷ the
   * anchor's, same page and query (issue 16). */
  firstSearchBytes: {
    name: "first-search bytes ÷ anchor's",
    limit: 1,
    kind: "max",
    format: ratio,
  },
} satisfies Record<string, Budget>;

/** One line of the budget report. */
export interface Judged {
  subject: string;
  budget: Budget;
  value: number;
  ok: boolean;
  /** The figures a ratio was made of, as printed ("12.1 s / 13.4 s"). */
  detail?: string;
}

/** Judges `value` against `budget` for `subject` (a page, a URL, a build). */
export function judge(subject: string, budget: Budget, value: number): Judged {
  const ok = budget.kind === "max" ? value <= budget.limit : value >= budget.limit;
  return { subject, budget, value, ok };
}

/**
 * Judges this site's figure as a ratio to the anchor's (`site / anchor`) against a ratio budget;
 * `show` formats the two figures for the report.
 */
export function judgeRatio(
  subject: string,
  budget: Budget,
  site: number,
  anchor: number,
  show: (value: number) => string,
): Judged {
  const value = anchor > 0 ? site / anchor : Number.POSITIVE_INFINITY;
  return { ...judge(subject, budget, value), detail: `${show(site)} / ${show(anchor)}` };
}

/** The amount by which a figure misses its budget, as printed (empty when within it). */
export function overBy(j: Judged): string {
  if (j.ok) return "";
  const gap = Math.abs(j.value - j.budget.limit);
  return `by ${j.budget.format(gap)}`;
}

/** Formats judged figures as aligned lines: subject, figure, value, budget, verdict. */
export function formatJudged(lines: Judged[]): string[] {
  const width = (f: (j: Judged) => string) => Math.max(0, ...lines.map((j) => f(j).length));
  const subjectWidth = width((j) => j.subject);
  const nameWidth = width((j) => j.budget.name);
  const valueWidth = width((j) => j.budget.format(j.value));
  return lines.map((j) => {
    const sign = j.budget.kind === "max" ? "≤" : "≥";
    return [
      j.subject.padEnd(subjectWidth),
      j.budget.name.padEnd(nameWidth),
      j.budget.format(j.value).padStart(valueWidth),
      `(budget ${sign} ${j.budget.format(j.budget.limit)})`,
      j.ok ? "ok" : `OVER ${overBy(j)}`,
      j.detail ? `(${j.detail})` : "",
    ]
      .join("  ")
      .trimEnd();
  });
}
